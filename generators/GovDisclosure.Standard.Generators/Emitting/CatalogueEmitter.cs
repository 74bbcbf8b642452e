using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.Generators.Model;
using GovDisclosure.Standard.Generators.Reading;

namespace GovDisclosure.Standard.Generators.Emitting
{
    /// <summary>
    /// Writes the static class of one catalogue file: one documented property per entry, <c>All</c>
    /// in file order, <c>Find(code)</c>, <c>Domain</c>, <c>Version</c>, <c>Coverage</c>,
    /// <c>CoverageNote</c>, <c>SourceFile</c> and <c>FirstLevelItems</c>. Entries are <c>CatalogueEntry</c> object initialisers built from the code
    /// lists' static fields, so the compiler checks every value.
    /// </summary>
    internal static class CatalogueEmitter
    {
        private const string Entry = "global::GovDisclosure.Standard.Catalogue.CatalogueEntry";
        private const string PilotDomain = "global::GovDisclosure.Standard.Catalogue.PilotDomain";
        private const string ContentElement = "global::GovDisclosure.Standard.Catalogue.ContentElement";
        private const string TimeLimit = "global::GovDisclosure.Standard.Catalogue.DisclosureTimeLimit";
        private const string PublicationChannel = "global::GovDisclosure.Standard.Disclosure.PublicationChannel";
        private const string Category = "global::GovDisclosure.Standard.Disclosure.DisclosureCategory";

        public static string HintName(CatalogueModel model) => "Catalogue." + model.ClassName + ".g.cs";

        public static string Emit(CatalogueModel model, string ns)
        {
            var w = new SourceWriter();
            GeneratedCode.Header(w, model.FileName);
            bool inNamespace = GeneratedCode.OpenNamespace(w, ns);
            WriteClassDoc(w, model);
            w.Line(GeneratedCode.Attribute);
            w.Open("public static partial class " + model.ClassName);

            w.Doc("<summary>The pilot domain (试点领域) of these entries.</summary>");
            w.Line($"public static {PilotDomain} Domain => {PilotDomain}.{model.DomainMember};");
            w.Line();
            w.Doc("<summary>The version of the catalogue file.</summary>");
            w.Line($"public const string Version = {CSharpText.Literal(model.Version)};");
            w.Line();
            w.Doc("<summary>How much of the guideline the file covers: <c>complete</c>, <c>partial</c>, or <c>null</c> when the file does not say.</summary>");
            w.Line($"public static string? Coverage => {CSharpText.Literal(model.Coverage)};");
            w.Line();
            w.Doc("<summary>Which parts of the guideline the file covers or lacks, and why (the file's <c>coverageNote</c>); <c>null</c> when the file does not say.</summary>");
            w.Line($"public static string? CoverageNote => {CSharpText.Literal(model.CoverageNote)};");
            w.Line();
            w.Doc("<summary>The name of the catalogue file the entries were generated from.</summary>");
            w.Line($"public const string SourceFile = {CSharpText.Literal(model.FileName)};");
            w.Line();
            WriteFirstLevelItems(w, model);

            foreach (EntryModel entry in model.Entries)
            {
                w.Line();
                WriteEntry(w, model, entry);
            }

            w.Line();
            w.Doc("<summary>Every entry of the catalogue, in file order.</summary>");
            if (model.Entries.Count == 0)
            {
                w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Entry}> All {{ get; }} = global::System.Array.Empty<{Entry}>();");
            }
            else
            {
                w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Entry}> All {{ get; }} = new {Entry}[]");
                w.Line("{");
                foreach (EntryModel entry in model.Entries)
                {
                    w.Line("    " + entry.PropertyName + ",");
                }

                w.Line("};");
            }

            w.Line();
            w.Doc("<summary>The entry with the given code, or <c>null</c> when the catalogue has none.</summary>\n<param name=\"code\">The entry's code, e.g. <c>" + CSharpText.Xml(model.Entries.FirstOrDefault()?.Code ?? "someEntry") + "</c>; compared ordinally.</param>");
            w.Open($"public static {Entry}? Find(string code)");
            w.Open("switch (code)");
            foreach (EntryModel entry in model.Entries)
            {
                w.Line($"case {CSharpText.Literal(entry.Code)}: return {entry.PropertyName};");
            }

            w.Line("default: return null;");
            w.Close();
            w.Close();

            w.Close();
            if (inNamespace)
            {
                w.Close();
            }

            return w.ToString();
        }

        private static void WriteFirstLevelItems(SourceWriter w, CatalogueModel model)
        {
            var doc = new List<string>
            {
                "<summary>The guideline's first-level items (一级事项), in the guideline's order (the file's <c>firstLevelItems</c>); empty when the file does not list them.</summary>",
            };
            if (model.FirstLevelItems.Count > 0)
            {
                doc.Add("<remarks>");
                doc.Add("<list type=\"table\">");
                doc.AddRange(model.FirstLevelItems.Select(item => Row(CSharpText.Xml(item.Name), item.Source)));
                doc.Add("</list>");
                doc.Add("</remarks>");
            }

            w.Doc(string.Join("\n", doc));
            if (model.FirstLevelItems.Count == 0)
            {
                w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> FirstLevelItems { get; } = global::System.Array.Empty<string>();");
                return;
            }

            w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> FirstLevelItems { get; } = new string[]");
            w.Line("{");
            foreach (FirstLevelItemModel item in model.FirstLevelItems)
            {
                w.Line("    " + CSharpText.Literal(item.Name) + ",");
            }

            w.Line("};");
        }

        private static void WriteClassDoc(SourceWriter w, CatalogueModel model)
        {
            var doc = new List<string>
            {
                "<summary>",
                $"The standard catalogue (标准目录) of the <c>{model.DomainCode}</c> pilot domain, generated from",
                $"<c>{CSharpText.Xml(model.FileName)}</c> (version {CSharpText.Xml(model.Version)}{(model.Coverage is null ? string.Empty : ", coverage " + model.Coverage)}): {model.Entries.Count} entries.",
                "</summary>",
            };
            var remarks = new List<string>();
            if (model.Provenance is ProvenanceModel p)
            {
                string source = (p.Title ?? string.Empty)
                    + (p.DocumentNumber is null ? string.Empty : "（" + p.DocumentNumber + "）")
                    + (p.IssuedOn is null ? string.Empty : ", issued " + p.IssuedOn);
                if (source.Length > 0)
                {
                    remarks.Add("<para>Guideline: " + CSharpText.Xml(source) + (p.Verified is bool v ? (v ? " (the rows were checked against published copies of its catalogue; the note says which)" : " (the rows were not checked against it)") : string.Empty) + ".</para>");
                }

                if (p.Note != null)
                {
                    remarks.Add("<para>" + CSharpText.Xml(p.Note) + "</para>");
                }
            }

            if (model.ItemCounts is GuidelineItemCountsModel counts)
            {
                string second = counts.SecondLevel is int n ? " and " + n.ToString(CultureInfo.InvariantCulture) + " second-level items" : string.Empty;
                remarks.Add("<para>The guideline has " + counts.FirstLevel.ToString(CultureInfo.InvariantCulture) + " first-level items" + second + " (" + CSharpText.Xml(counts.Source) + ").</para>");
            }

            if (model.CoverageNote != null)
            {
                remarks.Add("<para>Coverage: " + CSharpText.Xml(model.CoverageNote) + "</para>");
            }

            if (remarks.Count > 0)
            {
                doc.Add("<remarks>");
                doc.AddRange(remarks);
                doc.Add("</remarks>");
            }

            w.Doc(string.Join("\n", doc));
        }

        private static void WriteEntry(SourceWriter w, CatalogueModel model, EntryModel entry)
        {
            string items = entry.ThirdLevelItem is null
                ? entry.FirstLevelItem + " › " + entry.SecondLevelItem
                : entry.FirstLevelItem + " › " + entry.SecondLevelItem + " › " + entry.ThirdLevelItem;
            var doc = new List<string>
            {
                $"<summary>{CSharpText.Xml(items)} (<c>{entry.Code}</c>).</summary>",
                "<remarks>",
                "<list type=\"table\">",
                Row("一级事项", entry.FirstLevelItem),
                Row("二级事项", entry.SecondLevelItem),
            };
            if (entry.ThirdLevelItem != null)
            {
                doc.Add(Row("三级事项", entry.ThirdLevelItem));
            }

            doc.Add(Row("公开内容（要素）", string.Join("；", entry.ContentElements.Select(e => Mark(e.Requirement) + e.Name))));
            doc.Add(Row("公开依据", string.Join("；", entry.LegalBasis)));
            doc.Add(Row("公开时限", entry.TimeLimit));
            doc.Add(Row("公开主体", entry.ResponsibleBody));
            doc.Add(Row("公开渠道和载体", string.Join("、", entry.Channels.Select(ChannelName))));
            doc.Add(Row("公开对象", string.Join("、", entry.Audiences.Select(c => ValueSet.Audiences.Find(c)!.ChineseName))));
            doc.Add(Row("公开方式", string.Join("、", entry.Modes.Select(c => ValueSet.Modes.Find(c)!.ChineseName))));
            if (entry.Levels.Count > 0)
            {
                doc.Add(Row("公开层级", string.Join("、", entry.Levels.Select(c => ValueSet.Levels.Find(c)!.ChineseName))));
            }

            doc.Add("</list>");
            if (entry.CategoriesInferred == true)
            {
                doc.Add("<para>The Art. 20 categories are the catalogue author's reading, not stated by the source.</para>");
            }

            if (entry.ConfirmedBy.Count > 0)
            {
                doc.Add("<para>Confirmed by: " + CSharpText.Xml(string.Join("; ", entry.ConfirmedBy)) + ".</para>");
            }

            if (entry.Note != null)
            {
                doc.Add("<para>" + CSharpText.Xml(entry.Note) + "</para>");
            }

            doc.Add("</remarks>");
            w.Doc(string.Join("\n", doc));

            w.Line($"public static {Entry} {entry.PropertyName} {{ get; }} = new {Entry}");
            w.Line("{");
            string i = "    ";
            w.Line(i + $"Code = {CSharpText.Literal(entry.Code)},");
            w.Line(i + $"Domain = {PilotDomain}.{model.DomainMember},");
            w.Line(i + $"FirstLevelItem = {CSharpText.Literal(entry.FirstLevelItem)},");
            w.Line(i + $"SecondLevelItem = {CSharpText.Literal(entry.SecondLevelItem)},");
            if (entry.ThirdLevelItem != null)
            {
                w.Line(i + $"ThirdLevelItem = {CSharpText.Literal(entry.ThirdLevelItem)},");
            }

            w.Line(i + $"ContentElements = new {ContentElement}[]");
            w.Line(i + "{");
            foreach (ContentElementModel element in entry.ContentElements)
            {
                w.Line(i + i + $"new {ContentElement}({CSharpText.Literal(element.Name)}, {ValueSet.Requirements.TypeName}.{ValueSet.Requirements.Find(element.Requirement)!.Member}),");
            }

            w.Line(i + "},");
            w.Line(i + $"LegalBasis = new string[] {{ {CSharpText.Literals(entry.LegalBasis)} }},");
            w.Line(i + $"TimeLimit = {TimeLimit}.Parse({CSharpText.Literal(entry.TimeLimit)}),");
            w.Line(i + $"ResponsibleBody = {CSharpText.Literal(entry.ResponsibleBody)},");
            w.Line(i + $"Channels = new {PublicationChannel}[] {{ {string.Join(", ", entry.Channels.Select(ChannelExpression))} }},");
            w.Line(i + $"Audiences = {Values(ValueSet.Audiences, entry.Audiences)},");
            w.Line(i + $"Modes = {Values(ValueSet.Modes, entry.Modes)},");
            if (entry.Levels.Count > 0)
            {
                w.Line(i + $"Levels = {Values(ValueSet.Levels, entry.Levels)},");
            }

            w.Line(i + (entry.Categories.Count == 0
                ? $"Categories = global::System.Array.Empty<{Category}>(),"
                : $"Categories = new {Category}[] {{ {string.Join(", ", entry.Categories.Select(n => Category + ".FromNumber(" + n.ToString(CultureInfo.InvariantCulture) + ")"))} }},"));
            if (entry.CategoriesInferred is bool inferred)
            {
                w.Line(i + $"CategoriesInferred = {(inferred ? "true" : "false")},");
            }

            if (entry.Verified is bool verified)
            {
                w.Line(i + $"Verified = {(verified ? "true" : "false")},");
            }

            if (entry.ConfirmedBy.Count > 0)
            {
                w.Line(i + $"ConfirmedBy = new string[] {{ {CSharpText.Literals(entry.ConfirmedBy)} }},");
            }

            if (entry.Note != null)
            {
                w.Line(i + $"Note = {CSharpText.Literal(entry.Note)},");
            }

            w.Line("};");
        }

        private static string Row(string term, string description) =>
            $"<item><term>{term}</term><description>{CSharpText.Xml(description)}</description></item>";

        private static string Mark(string requirement) => requirement switch
        {
            "required" => "●",
            "optional" => "〇",
            _ => string.Empty,
        };

        private static string ChannelName(string channel) =>
            channel.StartsWith(ValueSet.OtherChannelPrefix, System.StringComparison.Ordinal)
                ? "其他（" + channel.Substring(ValueSet.OtherChannelPrefix.Length) + "）"
                : ValueSet.Channels.Find(channel)!.ChineseName;

        private static string ChannelExpression(string channel) =>
            channel.StartsWith(ValueSet.OtherChannelPrefix, System.StringComparison.Ordinal)
                ? $"{PublicationChannel}.OtherNamed({CSharpText.Literal(channel.Substring(ValueSet.OtherChannelPrefix.Length))})"
                : $"{PublicationChannel}.Of({ValueSet.Channels.TypeName}.{ValueSet.Channels.Find(channel)!.Member})";

        private static string Values(ValueSet set, IEnumerable<string> codes) =>
            $"new {set.TypeName}[] {{ {string.Join(", ", codes.Select(c => set.TypeName + "." + set.Find(c)!.Member))} }}";
    }
}
