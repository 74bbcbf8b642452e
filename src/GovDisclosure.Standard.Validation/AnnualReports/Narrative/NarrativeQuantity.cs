using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.AnnualReports.Narrative
{
    /// <summary>
    /// A count that section 一 of an annual report states in words and that the tables also give (新收申请,
    /// 予以公开, 行政复议…): how sentences write it, and how to find its figure in the tables.
    /// </summary>
    internal sealed class NarrativeQuantity
    {
        /// <summary>A count: Arabic digits (half- or full-width, thousands commas, 万) or Chinese numerals.</summary>
        public const string Number = @"(?<number>[0-9０-９][0-9０-９,]*(?:\.[0-9０-９]+)?万?|[零〇一二两三四五六七八九十百千万]+)";

        private const string Counter = @"\s*(?:件|宗|起|个)";

        /// <summary>
        /// The counters a count ends with (<see cref="Counter"/>): every pattern of <see cref="All"/> has one in each of its
        /// alternatives (件 where it names it alone), so a text without any of them has no match.
        /// </summary>
        public static readonly char[] Counters = { '件', '宗', '起', '个' };

        private const string Joiner = @"(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:总数|数量)?(?:共计|合计|总计|共|为|达)?\s*";

        private NarrativeQuantity(string chinese, string english, string pattern, Func<AnnualReport, TableFigure?> figure, bool speaksOfLastYear = false, bool wholeOnly = false)
        {
            Chinese = chinese;
            English = english;
            Pattern = new Regex(pattern, RegexOptions.CultureInvariant);
            Figure = figure;
            SpeaksOfLastYear = speaksOfLastYear;
            WholeOnly = wholeOnly;
        }

        /// <summary>
        /// The quantities, most specific wording first (予以公开及部分公开 before 予以公开); their patterns are parsed the first
        /// time a text with a counter is read (<see cref="Quantities"/>), not when <see cref="Counters"/> is first asked.
        /// </summary>
        public static IReadOnlyList<NarrativeQuantity> All => Quantities.All;

        /// <summary>The name in Chinese.</summary>
        public string Chinese { get; }

        /// <summary>The name in English.</summary>
        public string English { get; }

        /// <summary>How a sentence states it, with the count in the group <c>number</c>.</summary>
        public Regex Pattern { get; }

        /// <summary>The figure the tables give, or <c>null</c> when the tables do not have it.</summary>
        public Func<AnnualReport, TableFigure?> Figure { get; }

        /// <summary>Whether the quantity is itself about last year (上年结转), so that a clause naming last year still states this year's table.</summary>
        public bool SpeaksOfLastYear { get; }

        /// <summary>
        /// Whether a clause with a word of part or approximation (其中, 以上, 约…) does not state this quantity: the counts
        /// received or handled, whose sentences go on to a part of them.
        /// </summary>
        public bool WholeOnly { get; }

        private static TableFigure? Outcomes(AnnualReport report, Func<ApplicationOutcomes, IEnumerable<ReportTable.Row>> rows) =>
            report.Applications?.Outcomes is null ? null : TableFigure.OfRows(rows(report.Applications.Outcomes));

        /// <summary>A row or group of 三、本年度办理结果 whose sentences name it by its title (不予公开 …).</summary>
        private static NarrativeQuantity Outcome(FieldShape row) => Outcome(row, row.Title.Chinese + Joiner + Number + Counter);

        private static NarrativeQuantity Outcome(FieldShape row, string pattern) =>
            new NarrativeQuantity(row.Title.Chinese, row.Title.English, pattern, r => Outcomes(r, o => Group(o, r, row)));

        /// <summary>The rows of 三、本年度办理结果 that are <paramref name="row"/> or make up its group.</summary>
        private static IEnumerable<ReportTable.Row> Group(ApplicationOutcomes outcomes, AnnualReport report, FieldShape row) =>
            ReportTable.OutcomeParts(outcomes, report.Format).Where(r =>
                r.Pointer.EndsWith("/" + row.Name, StringComparison.Ordinal) || r.Pointer.Contains("/" + row.Name + "/"));

        /// <summary>
        /// The quantities and the fields they name, made the first time <see cref="All"/> is asked: a report whose texts
        /// have no counter (<see cref="Counters"/>) states no count, and its run parses none of the patterns.
        /// </summary>
        private static class Quantities
        {
            private static readonly FieldShape Disclosed = FieldPaths.Of<ApplicationOutcomes>(nameof(ApplicationOutcomes.Disclosed)).Field;

            private static readonly FieldShape PartiallyDisclosed = FieldPaths.Of<ApplicationOutcomes>(nameof(ApplicationOutcomes.PartiallyDisclosed)).Field;

            private static readonly FieldShape Reconsideration = FieldPaths.Of<ReviewAndLitigationTable>(nameof(ReviewAndLitigationTable.AdministrativeReconsideration)).Field;

            /// <summary>The quantities, most specific wording first (予以公开及部分公开 before 予以公开).</summary>
            internal static readonly IReadOnlyList<NarrativeQuantity> All = new[]
            {
                new NarrativeQuantity(
                    "予以公开及部分公开", "disclosed or partially disclosed",
                    @"(?<!主动)(?:予以公开|全部公开|同意公开)(?:及|和|与|、|或)部分公开" + Joiner + Number + Counter,
                    r => Outcomes(r, o => Group(o, r, Disclosed).Concat(Group(o, r, PartiallyDisclosed)))),
                Outcome(Disclosed, @"(?<!主动|依申请|及时|不)(?:予以公开|全部公开|同意公开)(?![及和与、或]部分公开)" + Joiner + Number + Counter),
                Outcome(PartiallyDisclosed, @"(?<![及和与、或])" + PartiallyDisclosed.Title.Chinese + Joiner + Number + Counter),
                Outcome(FieldPaths.Of<ApplicationOutcomes>(nameof(ApplicationOutcomes.Withheld)).Field),
                Outcome(FieldPaths.Of<ApplicationOutcomes>(nameof(ApplicationOutcomes.UnableToProvide)).Field),
                Outcome(FieldPaths.Of<ApplicationOutcomes>(nameof(ApplicationOutcomes.NotProcessed)).Field),
                Outcome(FieldPaths.Of<ApplicationOutcomes>(nameof(ApplicationOutcomes.OtherProcessing)).Field),
                new NarrativeQuantity(
                    "新收申请", "applications received",
                    @"(?:新收|新受理|受理|收到|接收|接到)(?:了)?(?:各类)?(?:政府信息公开|信息公开|依申请公开)(?:申请)?" + Joiner + Number + Counter
                    + @"|(?:新收|新受理|收到|接到)(?:了)?申请" + Joiner + Number + Counter,
                    r => r.Applications is null ? null : TableFigure.OfRows(new[] { ReportTable.NewlyReceived(r.Applications) }),
                    wholeOnly: true),
                new NarrativeQuantity(
                    "上年结转", "carried over from last year",
                    @"(?:上年度?|上一年度?)结转" + Joiner + Number + Counter,
                    r => r.Applications is null ? null : TableFigure.OfRows(new[] { ReportTable.CarriedOver(r.Applications) }),
                    speaksOfLastYear: true),
                new NarrativeQuantity(
                    "结转下年度", "carried forward to next year",
                    @"(?:结转|顺延)(?:至|到)?下一?年度?(?:继续办理|办理|答复)?" + Joiner + Number + Counter
                    + @"|" + Number + @"\s*件(?:申请)?[^，。；,;]{0,12}(?:结转|顺延)(?:至|到)下一?年度",
                    r => r.Applications is null ? null : TableFigure.OfRows(new[] { ReportTable.CarriedForward(r.Applications) })),
                new NarrativeQuantity(
                    "办结（答复）", "handled (answered)",
                    @"(?:办结|答复|作出答复)(?:了)?(?:政府信息公开|信息公开|依申请公开)?(?:申请)?" + Joiner + Number + Counter,
                    r => r.Applications?.Outcomes is null ? null : TableFigure.OfRows(new[] { ReportTable.OutcomeTotal(r.Applications.Outcomes) }),
                    wholeOnly: true),
                new NarrativeQuantity(
                    Reconsideration.Title.Chinese, Reconsideration.Title.English,
                    @"(?<!复议后|经)(?:" + Reconsideration.Title.Chinese + @"|复议)(?:案件|申请)?(?:共计|合计|共|为)?\s*" + Number + Counter,
                    r => TableFigure.OfRemedies(r.ReviewAndLitigation, Reconsideration.Name)),
                new NarrativeQuantity(
                    AnnualReportFields.Litigation, "administrative litigation",
                    @"(?<!复议后|直接)(?:行政诉讼|诉讼)(?:案件)?(?:共计|合计|共|为)?\s*" + Number + Counter,
                    r => TableFigure.OfRemedies(r.ReviewAndLitigation, ReportTable.RemedyGroups.Skip(1).Select(g => g.Key).ToArray())),
            };
        }
    }
}
