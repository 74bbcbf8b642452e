using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Codelists;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Enforcement;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.ServiceGuides;

namespace GovDisclosure.Standard.Schema
{
    /// <summary>How binding reads the value of one closed code list: its names, parsing and the closest-value suggestion.</summary>
    internal sealed class CodelistReader
    {
        private static readonly Dictionary<Type, CodelistReader> ByType = new Dictionary<Type, CodelistReader>
        {
            [typeof(PilotDomain)] = Of<PilotDomain>("试点领域", "pilot domain"),
            [typeof(ElementRequirement)] = Of<ElementRequirement>("要素要求", "element requirement"),
            [typeof(DisclosureAudience)] = Of<DisclosureAudience>("公开对象", "disclosure audience"),
            [typeof(DisclosureMode)] = Of<DisclosureMode>("公开方式", "disclosure mode"),
            [typeof(AdministrativeLevel)] = Of<AdministrativeLevel>("公开层级", "administrative level"),
            [typeof(AgencyKind)] = Of<AgencyKind>("机关类型", "agency kind"),
            [typeof(TimeUnit)] = Of<TimeUnit>("时间单位", "time unit"),
            [typeof(MaterialNecessity)] = Of<MaterialNecessity>("材料必要性", "material necessity"),
            [typeof(EnforcementCategory)] = Of<EnforcementCategory>("执法类别", "enforcement category"),
            [typeof(AnnualReportFormat)] = Of<AnnualReportFormat>("年度报告格式", "annual report format"),
            [typeof(DisclosureCategory)] = Of<DisclosureCategory>("第二十条公开事项", "Article 20 item"),
        };

        private readonly Func<string, CodelistEntry?> parse;
        private readonly Func<string, CodelistEntry?> closest;
        private readonly CodeOfText codeOf;
        private readonly Func<IReadOnlyList<CodelistEntry>> values;
        private IReadOnlyList<CodelistEntry>? listed;

        private CodelistReader(string chineseName, string englishName, Func<string, CodelistEntry?> parse, Func<string, CodelistEntry?> closest, CodeOfText codeOf, Func<IReadOnlyList<CodelistEntry>> values)
        {
            ChineseName = chineseName;
            EnglishName = englishName;
            this.parse = parse;
            this.closest = closest;
            this.codeOf = codeOf;
            this.values = values;
        }

        /// <summary>The code a text names, or <c>null</c>.</summary>
        private delegate string? CodeOfText(ReadOnlySpan<char> text);

        /// <summary>Every code list binding knows, by type.</summary>
        public static IReadOnlyDictionary<Type, CodelistReader> All => ByType;

        public string ChineseName { get; }

        public string EnglishName { get; }

        /// <summary>The list's values, listed when first asked for: a run that reads no value of a code list never indexes it.</summary>
        public IReadOnlyList<CodelistEntry> Values => listed ??= values();

        public static CodelistReader? For(Type type) => ByType.TryGetValue(type, out CodelistReader? reader) ? reader : null;

        public CodelistEntry? Parse(string text) => parse(text);

        public CodelistEntry? Closest(string text) => closest(text);

        /// <summary>The code of the value a text names (<c>Parse(text)?.Code</c>), with no string made for a text that is its own fold.</summary>
        public string? CodeOf(ReadOnlySpan<char> text) => codeOf(text);

        private static CodelistReader Of<T>(string chineseName, string englishName)
            where T : CodelistValue<T> =>
            new CodelistReader(
                chineseName,
                englishName,
                text => CodelistValue<T>.TryParse(text, out T? value) ? Entry(value) : null,
                text => CodelistValue<T>.Closest(text) is T value ? Entry(value) : null,
                text => CodelistValue<T>.TryParse(text, out T? value) ? value.Code : null,
                () => CodelistValue<T>.Declared.Select(Entry).ToArray());

        private static CodelistEntry Entry<T>(T value)
            where T : CodelistValue<T> =>
            new CodelistEntry(value.Code, value.ChineseName, value.EnglishName, value.Value);
    }
}
