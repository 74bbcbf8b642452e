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

        /// <summary>A blank cell among the values kept: no count of tables 三 and 四 is negative.</summary>
        private const int Blank = int.MinValue;

        private readonly RuleSet rules;
        private readonly Dictionary<string, int> slots = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly List<(string Pointer, string Chinese, string English)> cells = new List<(string, string, string)>();
        private readonly List<Entry> entries = new List<Entry>();

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
            if (entries.Exists(e => e.Year == year && e.Name == name))
            {
                return;
            }

            var values = new List<(int Slot, int Value)>();
            foreach (ReportCells.Entry cell in ReportCells.All(report))
            {
                if (cell.RowAbsent || cell.Value is null || (cell.Table != ReportCells.Applications && cell.Table != ReportCells.Remedies))
                {
                    continue;
                }

                if (!slots.TryGetValue(cell.Pointer, out int slot))
                {
                    slot = cells.Count;
                    slots.Add(cell.Pointer, slot);
                    cells.Add((cell.Pointer, cell.Chinese, cell.English));
                }

                values.Add((slot, (int)cell.Value.Value));
            }

            (string Full, string Short)? region = RegionSummary.RegionOf(name, report.AgencyKind);
            (IReadOnlyList<string> statements, int? units) = region is null ? (Array.Empty<string>(), null) : RegionSummary.StatementsOf(report);
            bool summary = statements.Count > 0;
            SourceLocation place = result.Record.Locate(string.Empty);
            entries.Add(new Entry(
                name,
                report.AgencyName!.Trim(),
                year,
                place with { File = place.File ?? source },
                Dense(values),
                region,
                summary ? statements[0] : null,
                units,
                summary ? result.Record : null));
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

                bool complete = summary.Units is int units && members.Length >= units;
                var statement = new FindingArgument("statement", summary.Statement!);
                if (rules.Contains(Exceeded.Id))
                {
                    for (int slot = 0; slot < summary.Values.Length; slot++)
                    {
                        if (!(summary.ValueAt(slot) is int value) || (complete && members.Any(m => m.ValueAt(slot) is null)))
                        {
                            continue;
                        }

                        (string pointer, string chinese, string english) = cells[slot];
                        long sum = members.Sum(m => (long)(m.ValueAt(slot) ?? 0));
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
                            Listed(members, m => m.ValueAt(slot) is int v ? Text(v) : "—"),
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
        private static FindingArgument Listed(IReadOnlyList<Entry> members, Func<Entry, string>? value)
        {
            IEnumerable<string> named = members.Take(MembersNamed).Select(m => value is null ? m.Written : m.Written + " " + value(m));
            string list = string.Join("、", named);
            string english = string.Join(", ", members.Take(MembersNamed).Select(m => value is null ? m.Written : m.Written + " " + value(m)));
            return members.Count > MembersNamed
                ? new FindingArgument("members", list + $"等，另 {Text(members.Count - MembersNamed)} 份", english + $" and {Text(members.Count - MembersNamed)} more")
                : new FindingArgument("members", list, english);
        }

        private static string Text(long n) => n.ToString(CultureInfo.InvariantCulture);

        /// <summary>The values by slot, a blank cell <see cref="Blank"/>: four bytes a cell (an <c>int?</c> takes eight), for a batch of thousands of reports.</summary>
        private static int[] Dense(List<(int Slot, int Value)> values)
        {
            var dense = new int[values.Count == 0 ? 0 : values.Max(v => v.Slot) + 1];
            for (int i = 0; i < dense.Length; i++)
            {
                dense[i] = Blank;
            }

            foreach ((int slot, int value) in values)
            {
                dense[slot] = value;
            }

            return dense;
        }

        private sealed class Entry
        {
            public Entry(string name, string written, int year, SourceLocation place, int[] values, (string Full, string Short)? region, string? statement, int? units, SourceRecord? record)
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

            /// <summary>The cells of tables 三 and 四 by slot; a slot past the end, like <see cref="Blank"/>, is a blank cell.</summary>
            public int[] Values { get; }

            public (string Full, string Short)? Region { get; }

            public string? Statement { get; }

            public int? Units { get; }

            public SourceRecord? Record { get; }

            public int? ValueAt(int slot) => slot < Values.Length && Values[slot] != Blank ? Values[slot] : null;
        }
    }
}
