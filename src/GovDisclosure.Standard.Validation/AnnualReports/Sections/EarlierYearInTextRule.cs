using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports.Sections
{
    /// <summary>
    /// GD-AR-016: a sentence of section 一 (总体情况) opens with an earlier year as its subject — "2022年，…", "2022年度，…",
    /// "2022年全年，…" in the 2023 report — the mark of a summary carried over from last year's report. Only a sentence (or
    /// a numbered paragraph, "（一）主动公开情况。2022年，…") that opens with the year followed by a comma counts: a year
    /// named inside a sentence (同比、较2022年、2022年以来) is a comparison, and a later year (2025年我们将…) names plans.
    /// </summary>
    internal sealed partial class EarlierYearInTextRule : DocumentRule<AnnualReport>
    {
        public static readonly EarlierYearInTextRule Instance = new EarlierYearInTextRule();

        private static readonly string OverallSituationPointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.OverallSituation)).Pointer;

        private EarlierYearInTextRule()
            : base(RuleDescriptors.EarlierYearInText)
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            if (!(document.Year is int year) || string.IsNullOrEmpty(document.OverallSituation))
            {
                yield break;
            }

            for (Match match = Patterns.OpeningYear().Match(document.OverallSituation); match.Success; match = match.NextMatch())
            {
                int said = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                if (said < year && said >= 2000)
                {
                    string sentence = match.Value.TrimStart('。', '！', '？', '；', '\n', ' ');
                    yield return Report(
                        context,
                        OverallSituationPointer,
                        "default",
                        sentence,
                        new FindingArgument("said", said.ToString(CultureInfo.InvariantCulture)),
                        new FindingArgument("year", year.ToString(CultureInfo.InvariantCulture)),
                        new FindingArgument("text", sentence));
                    yield break;
                }
            }
        }

        /// <summary>
        /// The rule's patterns. Where the target has the regex source generator (.NET 7 on) each is code made at build time
        /// from its text (<c>…Pattern</c>), compiled ahead of time with the tool, so a run neither parses it nor interprets
        /// it; elsewhere it is parsed the first time a report is checked, and a run of other records never parses it.
        /// </summary>
        internal static partial class Patterns
        {
            /// <summary>The text of <see cref="OpeningYear"/>.</summary>
            internal const string OpeningYearPattern = @"(?:^|[。！？；\n])\s*(?:[（(][一二三四五六七八九十]+[）)])?\s*(?<year>[0-9]{4})\s*年(?:度)?(?:全年)?\s*[，,](?<after>[^。！？；\n]{0,20})";

#if NET7_0_OR_GREATER
            /// <summary>A sentence of section 一 that opens with a year and a comma (perhaps after an item number): the year and up to 20 characters after.</summary>
            [GeneratedRegex(OpeningYearPattern, RegexOptions.CultureInvariant)]
            internal static partial Regex OpeningYear();
#else
            private static readonly Regex openingYear = new Regex(OpeningYearPattern, RegexOptions.CultureInvariant);

            /// <summary>A sentence of section 一 that opens with a year and a comma (perhaps after an item number): the year and up to 20 characters after.</summary>
            internal static Regex OpeningYear() => openingYear;
#endif
        }
    }
}
