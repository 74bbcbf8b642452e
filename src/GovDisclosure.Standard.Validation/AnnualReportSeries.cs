using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Validation.AnnualReports;
using GovDisclosure.Standard.Validation.AnnualReports.Sections;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// GD-AR-009 and GD-AR-015 across the files of a batch (一批文件中的年度衔接): an agency's reports for consecutive years that come
    /// from different files — a folder holding 2023.html and 2024.pdf of the same 机关 — are compared as
    /// <see cref="AnnualReportContinuity"/> compares a pair (四、结转下年度继续办理 of year N against 二、上年结转 of N+1, per
    /// column; GD-AR-015: 现行有效件数 of table 二 continuing from last year's), whatever order the files come in. Reports are
    /// matched by the agency's name folded as <see cref="Text.ChineseText.Fold"/> folds it, a name that differs only by a
    /// leading province or city (洪泽区人民政府 and 淮安市洪泽区人民政府) counting as the same when it matches exactly one
    /// agency of the batch; each finding is located in the report just added and names the
    /// cell of the other file as its related location. Pairs within one file are left to
    /// <see cref="DisclosureValidator.Validate(DocumentKind, IEnumerable{SourceRecord})"/>, which checks them as the
    /// stream goes. Per agency and year it keeps the two carried rows, the two rows of 第二十条第（一）项, the text of sections 一 and 五 compressed (GD-AR-017, <see cref="AnnualReportCarriedOverText"/>, only while that rule is on; <see cref="CompressedText"/>) and their places (the cells' pointers shared by every report, each location once per batch: <see cref="LocationPool"/>), not the report.
    /// </summary>
    public sealed class AnnualReportSeries
    {
        private static readonly string CarriedForward = ReportTable.CarriedForwardPointer;
        private static readonly string CarriedOver = ReportTable.CarriedOverPointer;
        private static readonly string[] PlacePointers = PlacePointersOf();
        private static readonly IReadOnlyDictionary<string, int> PlaceSlots = SlotsOf(PlacePointers);
        private readonly RuleSet rules;
        private readonly Dictionary<string, Dictionary<int, Entry>> byAgency = new Dictionary<string, Dictionary<int, Entry>>(StringComparer.Ordinal);
        private readonly LocationPool locations = new LocationPool();

        /// <summary>Whether GD-AR-009, GD-AR-015 and GD-AR-017 are on, asked of the rule set once, not per record.</summary>
        private readonly bool carried;
        private readonly bool inForce;
        private readonly bool text;

        /// <summary>A series checked under <paramref name="rules"/> (GD-AR-009 off there: nothing is compared; re-graded: its findings take that severity).</summary>
        /// <param name="rules">The rule set; <see cref="RuleSet.Standard"/> when <c>null</c>.</param>
        public AnnualReportSeries(RuleSet? rules = null)
        {
            this.rules = rules ?? RuleSet.Standard;
            carried = this.rules.Contains(AnnualReportContinuity.Descriptor.Id);
            inForce = this.rules.Contains(AnnualReportInForceContinuity.Descriptor.Id);
            text = this.rules.Contains(AnnualReportCarriedOverText.Descriptor.Id);
        }

        /// <summary>
        /// Adds a checked record read from <paramref name="source"/> and returns it with the GD-AR-009 findings against the
        /// same agency's reports of the year before and the year after that earlier sources held; other records come back as they were.
        /// </summary>
        /// <param name="result">The record as <see cref="DisclosureValidator"/> checked it.</param>
        /// <param name="source">The file (or stream name) it was read from.</param>
        /// <returns>The record, with any new findings after its own and its status brought up to date.</returns>
        public RecordValidation Add(RecordValidation result, string source) => Check(result, source, keep: true);

        /// <summary>
        /// Returns <paramref name="result"/> with the GD-AR-009 findings against the same agency's reports of the year before
        /// and the year after that earlier sources held, as <see cref="Add(RecordValidation, string)"/> does, but keeps nothing of it: for the last
        /// source of a batch, whose reports no later source can be compared with (比对而不保留). A run of one file then keeps
        /// nothing here at all.
        /// </summary>
        /// <param name="result">The record as <see cref="DisclosureValidator"/> checked it.</param>
        /// <param name="source">The file (or stream name) it was read from.</param>
        /// <returns>The record, with any new findings after its own and its status brought up to date.</returns>
        public RecordValidation Compare(RecordValidation result, string source) => Check(result, source, keep: false);

        private RecordValidation Check(RecordValidation result, string source, bool keep)
        {
            if (result is null)
            {
                throw new ArgumentNullException(nameof(result));
            }

            if (source is null)
            {
                throw new ArgumentNullException(nameof(source));
            }

            // A run of one file compares every report with nothing kept: it returns before the agency's name is folded.
            if (!(result.Document is AnnualReport report) || !(carried || inForce || text) || (!keep && byAgency.Count == 0)
                || !(ContinuityRule.Instance.KeyOf(report) is string folded))
            {
                return result;
            }

            string id = AnnualReportContinuity.Descriptor.Id;
            string inForceId = AnnualReportInForceContinuity.Descriptor.Id;
            string textId = AnnualReportCarriedOverText.Descriptor.Id;

            string key = AgencyNames.SameAgencyKey(folded, byAgency.Keys) ?? folded;
            if (!byAgency.TryGetValue(key, out Dictionary<int, Entry>? years))
            {
                if (!keep)
                {
                    return result;
                }

                years = new Dictionary<int, Entry>();
                byAgency[key] = years;
            }

            int year = report.Year!.Value;
            var context = new RuleContext(WorkingDayCalendar.Empty, result.Record);
            var found = new List<Finding>();
            if (years.TryGetValue(year - 1, out Entry? earlier) && earlier.Source != source)
            {
                if (carried)
                {
                    found.AddRange(Graded(Related(AnnualReportContinuity.Check(earlier.Report, report, ReportSide.Later, context), earlier, CarriedForward), id));
                }

                if (inForce)
                {
                    found.AddRange(Graded(RelatedInForce(AnnualReportInForceContinuity.Check(earlier.Report, report, ReportSide.Later, context), earlier), inForceId));
                }

                if (text)
                {
                    found.AddRange(Graded(RelatedText(AnnualReportCarriedOverText.Check(earlier.WithSections(), report, context), earlier), textId));
                }
            }

            if (years.TryGetValue(year + 1, out Entry? later) && later.Source != source)
            {
                if (carried)
                {
                    found.AddRange(Graded(Related(AnnualReportContinuity.Check(report, later.Report, ReportSide.Earlier, context), later, CarriedOver), id));
                }

                if (inForce)
                {
                    found.AddRange(Graded(RelatedInForce(AnnualReportInForceContinuity.Check(report, later.Report, ReportSide.Earlier, context), later), inForceId));
                }

                if (text)
                {
                    found.AddRange(Graded(RelatedText(AnnualReportCarriedOverText.Check(report, later.WithSections(), context), later), textId));
                }
            }

            if (keep && !years.ContainsKey(year))
            {
                AnnualReport kept = ContinuityRule.Instance.Remembered(report) with
                {
                    ProactiveDisclosure2021 = AnnualReportInForceContinuity.Remembered(report),
                };
                years[year] = new Entry(source, kept, new RememberedPlaces(result.Record, PlacePointers, PlaceSlots, locations))
                {
                    OverallSituation = text ? CompressedText.Of(report.OverallSituation) : null,
                    ProblemsAndImprovements = text ? CompressedText.Of(report.ProblemsAndImprovements) : null,
                };
            }

            if (found.Count == 0)
            {
                return result;
            }

            List<Finding> findings = result.Findings.Concat(found).ToList();
            RecordStatus status = result.Status == RecordStatus.Unreadable ? result.Status
                : findings.Any(f => f.Severity >= FindingSeverity.Warning) ? RecordStatus.WithFindings : RecordStatus.Valid;
            return new RecordValidation(result.Record, result.Document, status, findings);
        }

        /// <summary>How many agencies the series keeps reports of, for tests.</summary>
        internal int Agencies => byAgency.Count;

        /// <summary>The findings, each naming the other report's cell of its column as related location.</summary>
        /// <summary>
        /// <paramref name="findings"/> with the severity the rule set gives rule <paramref name="id"/>. A method of its own so
        /// that <see cref="Check"/> captures nothing: its closure was made for every record checked, annual report or not.
        /// </summary>
        private IEnumerable<Finding> Graded(IEnumerable<Finding> findings, string id)
        {
            FindingSeverity severity = rules.SeverityOf(id);
            return findings.Select(f => f.WithSeverity(severity));
        }

        private static IEnumerable<Finding> Related(IReadOnlyList<Finding> findings, Entry other, string otherRow) =>
            findings.Select(finding =>
            {
                string? column = finding.Arguments.FirstOrDefault(a => a.Name == "columnKey")?.Value.Chinese;
                return column != null && other.Places.TryGetValue(JsonPointer.Append(otherRow, column), out SourceLocation? place)
                    ? finding with { RelatedLocations = new[] { place } }
                    : finding;
            });

        /// <summary>The GD-AR-015 findings, each naming the other report's 现行有效件数 cell of its row as related location.</summary>
        private static IEnumerable<Finding> RelatedInForce(IReadOnlyList<Finding> findings, Entry other) =>
            findings.Select(finding => other.Places.TryGetValue(finding.Location.JsonPointer, out SourceLocation? place)
                ? finding with { RelatedLocations = new[] { place } }
                : finding);

        /// <summary>The GD-AR-017 findings, each naming the other report's section as related location.</summary>
        private static IEnumerable<Finding> RelatedText(IReadOnlyList<Finding> findings, Entry other) =>
            findings.Select(finding => other.Places.TryGetValue(finding.Location.JsonPointer, out SourceLocation? place)
                ? finding with { RelatedLocations = new[] { place } }
                : finding);

        /// <summary>Each pointer's index in <paramref name="pointers"/> (a loop, not a query over (pointer, slot) tuples, which is compiled at the first report).</summary>
        private static Dictionary<string, int> SlotsOf(string[] pointers)
        {
            var slots = new Dictionary<string, int>(pointers.Length, StringComparer.Ordinal);
            for (int slot = 0; slot < pointers.Length; slot++)
            {
                slots.Add(pointers[slot], slot);
            }

            return slots;
        }

        /// <summary>The pointers of each carried cell, each 现行有效件数 cell and each section compared (the pointers GD-AR-009, GD-AR-015 and GD-AR-017 report at), once for every report.</summary>
        private static string[] PlacePointersOf()
        {
            var pointers = new List<string>();
            foreach (ReportTable.Column column in ReportTable.Columns)
            {
                foreach (string row in new[] { CarriedForward, CarriedOver })
                {
                    pointers.Add(JsonPointer.Append(row, column.Key));
                }
            }

            pointers.AddRange(AnnualReportInForceContinuity.InForcePointers());
            pointers.AddRange(AnnualReportCarriedOverText.SectionPointers());
            return pointers.ToArray();
        }

        private sealed class Entry
        {
            public Entry(string source, AnnualReport report, RememberedPlaces places)
            {
                Source = source;
                Report = report;
                Places = places;
            }

            public string Source { get; }

            public AnnualReport Report { get; }

            public RememberedPlaces Places { get; }

            /// <summary>Section 一's text, compressed (only while GD-AR-017 is on).</summary>
            public CompressedText? OverallSituation { get; init; }

            /// <summary>Section 五's text, compressed (only while GD-AR-017 is on).</summary>
            public CompressedText? ProblemsAndImprovements { get; init; }

            /// <summary>The report kept, with the texts of sections 一 and 五 as written.</summary>
            public AnnualReport WithSections() => Report with
            {
                OverallSituation = OverallSituation?.Text(),
                ProblemsAndImprovements = ProblemsAndImprovements?.Text(),
            };
        }
    }
}
