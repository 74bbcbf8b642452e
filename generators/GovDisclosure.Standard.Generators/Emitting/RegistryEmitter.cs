using System.Linq;
using GovDisclosure.Standard.Generators.Model;

namespace GovDisclosure.Standard.Generators.Emitting
{
    /// <summary>
    /// Writes the registry class that lists every catalogue generated in the compilation:
    /// <c>StandardCatalogue</c> in the core library, <c>LocalCatalogue</c> (or the configured name)
    /// in any other project. Shape: <c>Version</c>, <c>Domains</c>, <c>All</c>, <c>For(domain)</c>,
    /// <c>Find(domain, code)</c>, <c>CoverageOf(domain)</c>, <c>CoverageNoteOf(domain)</c>.
    /// </summary>
    internal static class RegistryEmitter
    {
        private const string Entry = "global::GovDisclosure.Standard.Catalogue.CatalogueEntry";
        private const string PilotDomain = "global::GovDisclosure.Standard.Catalogue.PilotDomain";
        private const string EntryList = "global::System.Collections.Generic.IReadOnlyList<" + Entry + ">";

        public static string HintName(RegistryModel model) => "Registry." + model.Name + ".g.cs";

        public static string Emit(RegistryModel model)
        {
            var w = new SourceWriter();
            GeneratedCode.Header(w, model.IsStandardLibrary ? "catalog/domains/*.catalog.json" : "the project's *.catalog.json files");
            bool inNamespace = GeneratedCode.OpenNamespace(w, model.Namespace);
            w.Doc(model.IsStandardLibrary
                ? "<summary>\nThe built-in standard catalogue (标准目录) of the pilot domains of grass-roots disclosure\n(国办发〔2019〕54号), generated from <c>catalog/domains/*.catalog.json</c>: every domain's entries, by\ndomain and by code.\n</summary>"
                : "<summary>\nThe catalogues (目录) of this project, generated from its <c>*.catalog.json</c> files: every\ncatalogue's entries, by pilot domain and by code.\n</summary>");
            w.Line(GeneratedCode.Attribute);
            w.Open("public static partial class " + model.Name);

            w.Doc(model.IsStandardLibrary
                ? "<summary>The version of the catalogue definitions (<c>catalog/domains.json</c>).</summary>"
                : "<summary>The catalogue version: the highest version among the project's catalogue files.</summary>");
            w.Line($"public const string Version = {CSharpText.Literal(model.Version)};");
            w.Line();

            w.Doc("<summary>The pilot domains that have a catalogue here, in domain order.</summary>");
            w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{PilotDomain}> Domains {{ get; }} = new {PilotDomain}[]");
            w.Line("{");
            foreach (CatalogueSummary catalogue in model.Catalogues)
            {
                w.Line($"    {PilotDomain}.{catalogue.DomainMember},");
            }

            w.Line("};");
            w.Line();

            w.Doc("<summary>Every entry, domain by domain in domain order, each catalogue in file order.</summary>");
            w.Line($"public static {EntryList} All {{ get; }} = CollectAll();");
            w.Line();

            w.Doc("<summary>The entries of a pilot domain, in file order; empty when the domain has no catalogue here.</summary>\n<param name=\"domain\">The pilot domain.</param>");
            w.Open($"public static {EntryList} For({PilotDomain} domain)");
            WriteNullCheck(w);
            w.Open("switch (domain.Code)");
            foreach (CatalogueSummary catalogue in model.Catalogues)
            {
                w.Line($"case {CSharpText.Literal(catalogue.DomainCode)}: return {GeneratedCode.Qualified(model.Namespace, catalogue.ClassName)}.All;");
            }

            w.Line($"default: return global::System.Array.Empty<{Entry}>();");
            w.Close();
            w.Close();
            w.Line();

            w.Doc("<summary>The entry of a pilot domain with the given code, or <c>null</c> when there is none.</summary>\n<param name=\"domain\">The pilot domain.</param>\n<param name=\"code\">The entry's code; compared ordinally.</param>");
            w.Open($"public static {Entry}? Find({PilotDomain} domain, string code)");
            WriteNullCheck(w);
            w.Open("switch (domain.Code)");
            foreach (CatalogueSummary catalogue in model.Catalogues)
            {
                w.Line($"case {CSharpText.Literal(catalogue.DomainCode)}: return {GeneratedCode.Qualified(model.Namespace, catalogue.ClassName)}.Find(code);");
            }

            w.Line("default: return null;");
            w.Close();
            w.Close();
            w.Line();

            WriteByDomain(w, model, "string?", "CoverageOf", "Coverage",
                "<summary>How much of its guideline a pilot domain's catalogue covers: <c>complete</c>, <c>partial</c>, or <c>null</c> when the file does not say or the domain has no catalogue here.</summary>\n<param name=\"domain\">The pilot domain.</param>");
            WriteByDomain(w, model, "string?", "CoverageNoteOf", "CoverageNote",
                "<summary>Which parts of its guideline a pilot domain's catalogue covers or lacks, and why (the file's <c>coverageNote</c>); <c>null</c> when the file does not say or the domain has no catalogue here.</summary>\n<param name=\"domain\">The pilot domain.</param>");

            w.Open($"private static {EntryList} CollectAll()");
            w.Line($"var all = new global::System.Collections.Generic.List<{Entry}>();");
            foreach (CatalogueSummary catalogue in model.Catalogues)
            {
                w.Line($"all.AddRange({GeneratedCode.Qualified(model.Namespace, catalogue.ClassName)}.All);");
            }

            w.Line("return all.AsReadOnly();");
            w.Close();

            w.Close();
            if (inNamespace)
            {
                w.Close();
            }

            return w.ToString();
        }

        private static void WriteByDomain(SourceWriter w, RegistryModel model, string type, string method, string member, string doc)
        {
            w.Doc(doc);
            w.Open($"public static {type} {method}({PilotDomain} domain)");
            WriteNullCheck(w);
            w.Open("switch (domain.Code)");
            foreach (CatalogueSummary catalogue in model.Catalogues)
            {
                w.Line($"case {CSharpText.Literal(catalogue.DomainCode)}: return {GeneratedCode.Qualified(model.Namespace, catalogue.ClassName)}.{member};");
            }

            w.Line("default: return null;");
            w.Close();
            w.Close();
            w.Line();
        }

        private static void WriteNullCheck(SourceWriter w)
        {
            w.Open("if (domain is null)");
            w.Line("throw new global::System.ArgumentNullException(nameof(domain));");
            w.Close();
            w.Line();
        }
    }
}
