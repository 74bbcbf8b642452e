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
    /// <c>CoverageNote</c>, <c>SourceFile</c> and <c>FirstLevelItems</c>. The entries' values are
    /// compact data (<see cref="EntryData"/>: two string constants) read once, on first use, by a
    /// small nested reader, so the code the compiler works through hardly grows with the number of
    /// entries; each entry property returns its element of that array.
    /// </summary>
    internal static class CatalogueEmitter
    {
        private const string Entry = "global::GovDisclosure.Standard.Catalogue.CatalogueEntry";
        private const string PilotDomain = "global::GovDisclosure.Standard.Catalogue.PilotDomain";
        private const string ContentElement = "global::GovDisclosure.Standard.Catalogue.ContentElement";
        private const string TimeLimit = "global::GovDisclosure.Standard.Catalogue.DisclosureTimeLimit";
        private const string PublicationChannel = "global::GovDisclosure.Standard.Disclosure.PublicationChannel";
        private const string Category = "global::GovDisclosure.Standard.Disclosure.DisclosureCategory";

        /// <summary>The nested class holding the entries' data (see <see cref="WriteData"/>); its underscore keeps it apart from every entry property (codes are ASCII letters and digits).</summary>
        private const string Data = "Entries_";

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

            for (int i = 0; i < model.Entries.Count; i++)
            {
                w.Line();
                WriteEntry(w, model.Entries[i], i);
            }

            w.Line();
            w.Doc("<summary>Every entry of the catalogue, in file order.</summary>");
            w.Line(model.Entries.Count == 0
                ? $"public static global::System.Collections.Generic.IReadOnlyList<{Entry}> All {{ get; }} = global::System.Array.Empty<{Entry}>();"
                : $"public static global::System.Collections.Generic.IReadOnlyList<{Entry}> All => {Data}.Entries;");
            w.Line();
            w.Doc("<summary>The entry with the given code, or <c>null</c> when the catalogue has none.</summary>\n<param name=\"code\">The entry's code, e.g. <c>" + CSharpText.Xml(model.Entries.FirstOrDefault()?.Code ?? "someEntry") + "</c>; compared ordinally.</param>");
            w.Line(model.Entries.Count == 0
                ? $"public static {Entry}? Find(string code) => null;"
                : $"public static {Entry}? Find(string code) => code != null && {Data}.ByCode.TryGetValue(code, out {Entry}? entry) ? entry : null;");
            if (model.Entries.Count > 0)
            {
                w.Line();
                WriteData(w, model);
            }

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

        private static void WriteEntry(SourceWriter w, EntryModel entry, int index)
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

            w.Line($"public static {Entry} {entry.PropertyName} => {Data}.Entries[{index.ToString(CultureInfo.InvariantCulture)}];");
        }

        /// <summary>
        /// The nested class that reads the entries from <see cref="EntryData"/> on first use: its type
        /// initialiser runs once, so every caller sees the same instances, and the compiler sees two
        /// string constants instead of an object initialiser per entry.
        /// </summary>
        private static void WriteData(SourceWriter w, CatalogueModel model)
        {
            EntryData data = EntryData.Of(model.Entries);
            string count = model.Entries.Count.ToString(CultureInfo.InvariantCulture);
            w.Doc("<summary>The entries, read from <c>Text</c> and <c>Layout</c> on first use (the format is described on the generator's <c>EntryData</c>).</summary>");
            w.Open("private static class " + Data);
            w.Line($"private static readonly {ValueSet.Requirements.TypeName}[] Requirements = {{ {Members(ValueSet.Requirements)} }};");
            w.Line();
            w.Line($"private static readonly {ValueSet.Channels.TypeName}[] Channels = {{ {Members(ValueSet.Channels)} }};");
            w.Line();
            w.Line($"private static readonly {ValueSet.Audiences.TypeName}[] Audiences = {{ {Members(ValueSet.Audiences)} }};");
            w.Line();
            w.Line($"private static readonly {ValueSet.Modes.TypeName}[] Modes = {{ {Members(ValueSet.Modes)} }};");
            w.Line();
            w.Line($"private static readonly {ValueSet.Levels.TypeName}[] Levels = {{ {Members(ValueSet.Levels)} }};");
            w.Line();
            w.Line("private const string Text = " + CSharpText.Literal(data.Text) + ";");
            w.Line();
            w.Line("private const string Layout = \"" + data.Layout + "\";");
            w.Line();
            w.Line("private static string?[] strings = global::System.Array.Empty<string?>();");
            w.Line();
            w.Line("private static int position;");
            w.Line();
            w.Line("// Static fields are initialised in the order they are written: the tables above are ready before Read() runs.");
            w.Line($"internal static readonly {Entry}[] Entries = Read();");
            w.Line();
            w.Line($"internal static readonly global::System.Collections.Generic.Dictionary<string, {Entry}> ByCode = Index(Entries);");
            w.Line();
            w.Open($"private static {Entry}[] Read()");
            w.Line("strings = new string?[Next() + 1];");
            w.Open("for (int i = 1, offset = 0; i < strings.Length; i++)");
            w.Line("int length = Next();");
            w.Line("strings[i] = Text.Substring(offset, length);");
            w.Line("offset += length;");
            w.Close();
            w.Line();
            w.Line($"var entries = new {Entry}[{count}];");
            w.Open("for (int i = 0; i < entries.Length; i++)");
            w.Line($"entries[i] = new {Entry}");
            w.Line("{");
            w.Line("    Code = String(),");
            w.Line($"    Domain = {PilotDomain}.{model.DomainMember},");
            w.Line("    FirstLevelItem = String(),");
            w.Line("    SecondLevelItem = String(),");
            w.Line("    ThirdLevelItem = String(),");
            w.Line($"    ContentElements = Many(() => new {ContentElement}(String()!, Requirements[Next()])),");
            w.Line("    LegalBasis = Many(() => String()!),");
            w.Line($"    TimeLimit = {TimeLimit}.Parse(String()!),");
            w.Line("    ResponsibleBody = String(),");
            w.Line("    Channels = Many(Channel),");
            w.Line("    Audiences = Many(() => Audiences[Next()]),");
            w.Line("    Modes = Many(() => Modes[Next()]),");
            w.Line("    Levels = Many(() => Levels[Next()]),");
            w.Line($"    Categories = Many(() => {Category}.FromNumber(Next())),");
            w.Line("    CategoriesInferred = Flag(),");
            w.Line("    Verified = Flag(),");
            w.Line("    ConfirmedBy = Many(() => String()!),");
            w.Line("    Note = String(),");
            w.Line("};");
            w.Close();
            w.Line();
            w.Line("strings = global::System.Array.Empty<string?>();");
            w.Line("return entries;");
            w.Close();
            w.Line();
            w.Open($"private static global::System.Collections.Generic.Dictionary<string, {Entry}> Index({Entry}[] entries)");
            w.Line($"var index = new global::System.Collections.Generic.Dictionary<string, {Entry}>(entries.Length, global::System.StringComparer.Ordinal);");
            w.Open($"foreach ({Entry} entry in entries)");
            w.Line("index[entry.Code!] = entry;");
            w.Close();
            w.Line();
            w.Line("return index;");
            w.Close();
            w.Line();
            w.Open("private static int Next()");
            w.Line("int value = 0;");
            w.Open("for (char c = Layout[position++]; c != ','; c = Layout[position++])");
            w.Line("value = (value * 10) + (c - '0');");
            w.Close();
            w.Line();
            w.Line("return value;");
            w.Close();
            w.Line();
            w.Line("private static string? String() => strings[Next()];");
            w.Line();
            w.Open("private static bool? Flag()");
            w.Line("int value = Next();");
            w.Line("return value == 0 ? (bool?)null : value == 2;");
            w.Close();
            w.Line();
            w.Open($"private static {PublicationChannel} Channel()");
            w.Line("int value = Next();");
            w.Line($"return value % 2 == 0 ? {PublicationChannel}.Of(Channels[value / 2]) : {PublicationChannel}.OtherNamed(strings[value / 2]!);");
            w.Close();
            w.Line();
            w.Open("private static T[] Many<T>(global::System.Func<T> read)");
            w.Line("var items = new T[Next()];");
            w.Open("for (int i = 0; i < items.Length; i++)");
            w.Line("items[i] = read();");
            w.Close();
            w.Line();
            w.Line("return items;");
            w.Close();
            w.Close();
        }

        private static string Members(ValueSet set) => string.Join(", ", set.Values.Select(v => set.TypeName + "." + v.Member));

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
    }
}
