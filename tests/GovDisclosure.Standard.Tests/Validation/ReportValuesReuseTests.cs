using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation.AnnualReports;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// A thread reads each report's values into the one <see cref="ReportValues"/> it keeps: whatever reports of either
    /// format, with or without their tables, were read before, a report's cells, rows, groups, sign and identity outcomes
    /// are those it has when read first.
    /// </summary>
    public class ReportValuesReuseTests
    {
        [Property(MaxTest = 200)]
        public Property A_report_read_after_others_has_the_values_it_has_when_read_first()
        {
            Gen<AnnualReport[]> runs = ReportLayoutTests.Reports.ArrayOf().Where(r => r.Length > 0);
            return Prop.ForAll(runs.ToArbitrary(), reports =>
            {
                // Each report read after the last one, then each again in the opposite order (after every other one).
                string[] first = reports.Select(r => Snapshot(ReportValues.Of(r))).ToArray();
                string[] again = reports.Reverse().Select(r => Snapshot(ReportValues.Of(r))).Reverse().ToArray();
                return first.SequenceEqual(again).Label(string.Join("\n", first.Zip(again, (a, b) => a + "\n" + b)));
            });
        }

        /// <summary>Everything the rules read of the values, as one text.</summary>
        internal static string Snapshot(ReportValues values)
        {
            ReportLayout layout = values.Layout;
            var parts = new List<string> { layout.CellCount.ToString(System.Globalization.CultureInfo.InvariantCulture), values.HasNegative.ToString() };
            for (int cell = 0; cell < layout.CellCount; cell++)
            {
                parts.Add(values[cell]?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "_");
                parts.Add(values.ValueOrZero(cell).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            for (int flag = 0; flag < layout.PresenceCount; flag++)
            {
                parts.Add(values.IsPresent(flag) ? "P" : "A");
            }

            parts.AddRange(layout.All.Select(identity => values.OutcomeOf(identity).ToString()));
            return string.Join(",", parts);
        }
    }
}
