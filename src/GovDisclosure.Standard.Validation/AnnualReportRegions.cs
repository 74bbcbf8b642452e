using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Validation.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// GD-AR-018 and GD-AR-019 across a batch (汇总报告与所属机关报告): a region's summary annual report against the reports
    /// of its members in the same batch, whatever order they come in (国办公开办函〔2021〕30号: 县级以上地方人民政府年度报告，
    /// 应当逐级汇总相关情况和数据). Which report is a summary and which are its members is <see cref="RegionSummary"/>'s;
    /// the cells compared are those of tables 三 and 四, which add up from agency to region. Each report is kept as its
    /// name, year, file and the numbers of those two tables (under two kilobytes); a summary also keeps its record, to
    /// locate its cells. <see cref="Findings"/>, after the last report, gives the findings, located at the summary's
    /// cells, with the member reports as related locations.
    /// </summary>
    public sealed class AnnualReportRegions
    {
        /// <summary>The most member reports named in one finding; the rest are counted.</summary>
        private const int MembersNamed = 10;

        private readonly RuleSet rules;
        private readonly Dictionary<string, int[]> rowSlots = new Dictionary<string, int[]>(StringComparer.Ordinal);

        /// <summary>The row slots of each layout met so far (a few: <see cref="ReportLayout"/>), by the layout itself.</summary>
        private readonly Dictionary<ReportLayout, int[][]> layoutSlots = new Dictionary<ReportLayout, int[][]>();
        private readonly List<(string Pointer, string Chinese, string English)> cells = new List<(string, string, string)>();
        private readonly List<Entry> entries = new List<Entry>();

        /// <summary>
        /// The folded names of the reports added, by year: a report of a name and year already added is ignored. A set of
        /// strings a year, not one set of (year, name) pairs: a <see cref="string"/> set hashes ordinally without the
        /// randomised hash a pair's string gets, the same equality.
        /// </summary>
        private readonly Dictionary<int, HashSet<string>> added = new Dictionary<int, HashSet<string>>();

        /// <summary>
        /// The written cells of the report being added, by slot, the first <see cref="reportValueCount"/> (reused: a report has
        /// some 200; grown when a report has more). An array, not a list: packed as a span, with no interface call a cell.
        /// </summary>
        private (int Slot, int Value)[] reportValues = new (int Slot, int Value)[256];

        /// <summary>How many of <see cref="reportValues"/> the report being added has written.</summary>
        private int reportValueCount;

        /// <summary>A batch checked under <paramref name="rules"/> (both rules off there: nothing is kept).</summary>
        /// <param name="rules">The rule set; <see cref="RuleSet.Standard"/> when <c>null</c>.</param>
        public AnnualReportRegions(RuleSet? rules = null)
        {
            this.rules = rules ?? RuleSet.Standard;
        }

        private static RuleDescriptor Exceeded => RuleDescriptors.RegionSummary;

        private static RuleDescriptor Unconfirmed => RuleDescriptors.RegionSummaryUnconfirmed;

        /// <summary>Keeps what the comparison needs of a checked annual report read from <paramref name="source"/>; other records are ignored.</summary>
        /// <param name="result">The record as <see cref="DisclosureValidator"/> checked it.</param>
        /// <param name="source">The file (or stream name) it was read from.</param>
        public void Add(RecordValidation result, string source)
        {
            if (result is null)
            {
                throw new ArgumentNullException(nameof(result));
            }

            if (source is null)
            {
                throw new ArgumentNullException(nameof(source));
            }

            if (!(result.Document is AnnualReport report) || report.Year is null || !TextChecks.HasText(report.AgencyName)
                || !(rules.Contains(Exceeded.Id) || rules.Contains(Unconfirmed.Id)))
            {
                return;
            }

            string name = ChineseText.Fold(report.AgencyName);
            int year = report.Year.Value;
            if (!added.TryGetValue(year, out HashSet<string>? names))
            {
                names = new HashSet<string>(StringComparer.Ordinal);
                added.Add(year, names);
            }

            if (!names.Add(name))
            {
                return;
            }

            // One array for every report (Add runs on one thread, a report at a time): only the packed values are kept.
            reportValueCount = 0;
            AddValues(report);

            (string Full, string Short)? region = RegionSummary.RegionOf(name, report.AgencyKind);
            (IReadOnlyList<string> statements, int? units) = region is null ? (Array.Empty<string>(), null) : RegionSummary.StatementsOf(report);
            bool summary = statements.Count > 0;
            SourceLocation place = result.Record.Locate(string.Empty);
            entries.Add(new Entry(
                name,
                report.AgencyName!.Trim(),
                year,
                place with { File = place.File ?? source },
                CellValues.Pack(new ReadOnlySpan<(int Slot, int Value)>(reportValues, 0, reportValueCount)),
                region,
                summary ? statements[0] : null,
                units,
                summary ? result.Record : null));
        }

        /// <summary>
        /// The written cells of tables 三 and 四, by slot, in table order. A cell gets its slot (and its pointer and labels are
        /// kept) the first time a report writes it; the slots of a row are found by the row's pointer, once a row, so a report
        /// costs a look-up a row, not a list of its cells.
        /// </summary>
        private void AddValues(AnnualReport report)
        {
            if (report.Applications is null && report.ReviewAndLitigation is null)
            {
                return;
            }

            ReportValues cells = ReportValues.Of(report);
            ReportLayout layout = cells.Layout;
            int[][] slots = SlotsOf(layout);

            // The counts once: each is an interface call a row otherwise.
            int rows = layout.Rows.Count;
            int groups = ReportTable.RemedyGroups.Count;
            for (int r = 0; r < rows; r++)
            {
                if (cells.IsPresent(r))
                {
                    AddRow(layout, cells, slots[r], ReportLayout.CellOf(r, 0));
                }
            }

            for (int g = 0; g < groups; g++)
            {
                if (cells.IsPresent(layout.RemedyGroup(g)))
                {
                    AddRow(layout, cells, slots[rows + g], layout.RemedyCell(g, 0));
                }
            }
        }

        /// <summary>
        /// The slots of every row of <paramref name="layout"/>, then of every group of table 四 (the arrays of
        /// <see cref="SlotsOf(string, int)"/>, shared by every layout with the row): found by the rows' pointers once a layout.
        /// </summary>
        private int[][] SlotsOf(ReportLayout layout)
        {
            if (!layoutSlots.TryGetValue(layout, out int[][]? slots))
            {
                int groups = ReportTable.RemedyGroups.Count;
                slots = new int[layout.Rows.Count + groups][];
                for (int r = 0; r < layout.Rows.Count; r++)
                {
                    slots[r] = SlotsOf(layout.Rows[r].Pointer, ReportTable.Columns.Count);
                }

                for (int g = 0; g < groups; g++)
                {
                    slots[layout.Rows.Count + g] = SlotsOf(ReportCells.RemedyGroupPointer(g), ReportTable.RemedyCells.Count);
                }

                layoutSlots.Add(layout, slots);
            }

            return slots;
        }

        /// <summary>The written cells of one row (or remedy group), whose cells are the layout's from <paramref name="first"/> on.</summary>
        private void AddRow(ReportLayout layout, ReportValues cells, int[] rowSlots, int first)
        {
            for (int i = 0; i < rowSlots.Length; i++)
            {
                if (cells[first + i] is int value)
                {
                    if (rowSlots[i] < 0)
                    {
                        (string pointer, string chinese, string english) = layout.Names[first + i];
                        rowSlots[i] = NewSlot(pointer, chinese, english);
                    }

                    if (reportValueCount == reportValues.Length)
                    {
                        Array.Resize(ref reportValues, reportValues.Length * 2);
                    }

                    reportValues[reportValueCount++] = (rowSlots[i], value);
                }
            }
        }

        /// <summary>The slots of a row's (or a remedy group's) cells, -1 for a cell no report has written yet.</summary>
        private int[] SlotsOf(string rowPointer, int width)
        {
            if (!rowSlots.TryGetValue(rowPointer, out int[]? kept))
            {
                kept = new int[width];
                for (int i = 0; i < width; i++)
                {
                    kept[i] = -1;
                }

                rowSlots.Add(rowPointer, kept);
            }

            return kept;
        }

        private int NewSlot(string pointer, string chinese, string english)
        {
            cells.Add((pointer, chinese, english));
            return cells.Count - 1;
        }

        /// <summary>
        /// The findings over every report added: for each summary with at least one member in the batch, GD-AR-018 for each
        /// cell of tables 三 and 四 below its members' sum (or, when the summary states how many units it covers and the
        /// batch holds that many, different from it), and GD-AR-019 once when its members cannot be known to be complete.
        /// </summary>
        public IReadOnlyList<Finding> Findings()
        {
            var findings = new List<Finding>();
            var governed = entries.Where(e => e.Region != null).GroupBy(e => e.Year)
                .ToDictionary(g => g.Key, g => g.SelectMany(e => new[] { e.Region!.Value.Full, e.Region!.Value.Short }).Distinct().ToArray());
            foreach (Entry summary in entries.Where(e => e.Statement != null))
            {
                string[] lowerRegions = governed[summary.Year];
                Entry[] members = entries.Where(e => e.Year == summary.Year && e != summary && RegionSummary.IsMember(e.Name, summary.Region!.Value, lowerRegions)).ToArray();
                if (members.Length == 0)
                {
                    continue;
                }

                int?[] own = CellValues.Unpack(summary.Values);
                int?[][] memberValues = Array.ConvertAll(members, m => CellValues.Unpack(m.Values));
                bool complete = summary.Units is int units && members.Length >= units;
                var statement = new FindingArgument("statement", summary.Statement!);
                if (rules.Contains(Exceeded.Id))
                {
                    for (int slot = 0; slot < own.Length; slot++)
                    {
                        if (!(own[slot] is int value) || (complete && Array.Exists(memberValues, m => ValueAt(m, slot) is null)))
                        {
                            continue;
                        }

                        (string pointer, string chinese, string english) = cells[slot];
                        long sum = memberValues.Sum(m => (long)(ValueAt(m, slot) ?? 0));
                        if (complete ? sum == value : sum <= value)
                        {
                            continue;
                        }

                        var arguments = new List<FindingArgument>
                        {
                            new FindingArgument("cell", chinese, english),
                            new FindingArgument("value", Text(value)),
                            new FindingArgument("sum", Text(sum)),
                            new FindingArgument("count", Text(members.Length)),
                            Listed(members, i => ValueAt(memberValues[i], slot) is int v ? Text(v) : "—"),
                            statement,
                        };
                        if (complete)
                        {
                            arguments.Add(new FindingArgument("units", Text(summary.Units!.Value)));
                        }

                        findings.Add(RuleFindings.Create(Exceeded, rules.SeverityOf(Exceeded.Id), summary.Record!.Locate(pointer), complete ? "differs" : "belowMembers", Text(value), arguments)
                            with { RelatedLocations = members.Select(m => m.Place).ToArray() });
                    }
                }

                if (!complete && rules.Contains(Unconfirmed.Id))
                {
                    FindingArgument why = summary.Units is int stated
                        ? new FindingArgument("units", $"汇总报告称汇总 {Text(stated)} 个单位，本批只有 {Text(members.Length)} 份", $"the summary says it covers {Text(stated)} units, the run holds {Text(members.Length)}")
                        : new FindingArgument("units", "汇总报告没有写明汇总了多少个单位", "the summary does not say how many units it covers");
                    findings.Add(RuleFindings.Create(Unconfirmed, rules.SeverityOf(Unconfirmed.Id), summary.Record!.Locate(ReportCells.Applications), "default", null, new[]
                    {
                        new FindingArgument("count", Text(members.Length)),
                        Listed(members, null),
                        why,
                        statement,
                    }) with { RelatedLocations = members.Select(m => m.Place).ToArray() });
                }
            }

            return findings;
        }

        /// <summary>The member reports by name (and the cell's value in each), the first <see cref="MembersNamed"/>, then how many more.</summary>
        private static FindingArgument Listed(IReadOnlyList<Entry> members, Func<int, string>? value)
        {
            IEnumerable<string> named = members.Take(MembersNamed).Select((m, i) => value is null ? m.Written : m.Written + " " + value(i));
            string list = string.Join("、", named);
            string english = string.Join(", ", members.Take(MembersNamed).Select((m, i) => value is null ? m.Written : m.Written + " " + value(i)));
            return members.Count > MembersNamed
                ? new FindingArgument("members", list + $"等，另 {Text(members.Count - MembersNamed)} 份", english + $" and {Text(members.Count - MembersNamed)} more")
                : new FindingArgument("members", list, english);
        }

        private static string Text(long n) => n.ToString(CultureInfo.InvariantCulture);

        /// <summary>The value at <paramref name="slot"/>; a slot past the end, like a <c>null</c>, is a blank cell.</summary>
        private static int? ValueAt(int?[] values, int slot) => slot < values.Length ? values[slot] : null;

        private sealed class Entry
        {
            public Entry(string name, string written, int year, SourceLocation place, byte[] values, (string Full, string Short)? region, string? statement, int? units, SourceRecord? record)
            {
                Name = name;
                Written = written;
                Year = year;
                Place = place;
                Values = values;
                Region = region;
                Statement = statement;
                Units = units;
                Record = record;
            }

            public string Name { get; }

            public string Written { get; }

            public int Year { get; }

            public SourceLocation Place { get; }

            /// <summary>The cells of tables 三 and 四 by slot, packed (<see cref="CellValues"/>): about a byte a cell.</summary>
            public byte[] Values { get; }

            public (string Full, string Short)? Region { get; }

            public string? Statement { get; }

            public int? Units { get; }

            public SourceRecord? Record { get; }
        }
    }
}
