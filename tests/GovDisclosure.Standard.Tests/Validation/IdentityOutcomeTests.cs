using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Validation.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// A report's identities are evaluated once for the six rules that check them (<see cref="ReportValues.OutcomeOf"/>):
    /// each kept outcome is the identity's own evaluation, and the findings of every rule are those that checking each
    /// identity alone gave; the raw reads the sums and the blank walk use say what the nullable values say.
    /// </summary>
    public class IdentityOutcomeTests
    {
        private static readonly (RuleDescriptor Rule, SumOutcome Reported, System.Func<ReportLayout, IReadOnlyList<ReportIdentity>> Identities)[] Rules =
        {
            (RuleDescriptors.ColumnBalance, SumOutcome.Broken, l => l.ColumnBalances),
            (RuleDescriptors.RowTotals, SumOutcome.Broken, l => l.RowTotals),
            (RuleDescriptors.OutcomeTotal, SumOutcome.Broken, l => l.OutcomeTotals),
            (RuleDescriptors.RemedyTotals, SumOutcome.Broken, l => l.RemedyTotals),
            (RuleDescriptors.UnconfirmedSum, SumOutcome.Unconfirmed, l => l.All),
            (RuleDescriptors.BlankTotal, SumOutcome.TotalBlank, l => l.All),
        };

        [Property(MaxTest = 300)]
        public Property Each_kept_outcome_is_the_identity_evaluated_alone()
        {
            return Prop.ForAll(ReportLayoutTests.Reports.ToArbitrary(), report =>
            {
                ReportValues values = ReportValues.Of(report);
                IReadOnlyList<ReportIdentity> all = values.Layout.All;
                return Enumerable.Range(0, all.Count).All(i => all[i].Index == i && values.OutcomeOf(all[i]) == SumIdentity.Evaluate(all[i], values));
            });
        }

        [Property(MaxTest = 200)]
        public Property Every_rule_finds_what_checking_each_identity_alone_found()
        {
            return Prop.ForAll(ReportLayoutTests.Reports.ToArbitrary(), report =>
            {
                ReportValues values = ReportValues.Of(report);
                foreach ((RuleDescriptor rule, SumOutcome reported, var identities) in Rules)
                {
                    IReadOnlyList<ReportIdentity> checkedIdentities = identities(values.Layout);
                    List<Finding> found = SumIdentity.CheckAll(rule, new RuleContext(WorkingDayCalendar.China), values, checkedIdentities, reported).ToList();
                    var alone = new List<Finding>();
                    foreach (ReportIdentity identity in checkedIdentities)
                    {
                        if ((identity.Requires < 0 || values.IsPresent(identity.Requires))
                            && SumIdentity.Check(rule, new RuleContext(WorkingDayCalendar.China), identity, values, reported) is Finding finding)
                        {
                            alone.Add(finding);
                        }
                    }

                    if (found.Count != alone.Count || found.Zip(alone, Same).Any(same => !same))
                    {
                        return false;
                    }
                }

                return true;
            });
        }

        /// <summary>Two findings with the same members, their arguments and related locations compared item by item (a record compares its lists by reference).</summary>
        private static bool Same(Finding a, Finding b) =>
            a.RuleId == b.RuleId && a.Severity == b.Severity && a.MessageId == b.MessageId && a.Message == b.Message && a.Value == b.Value
            && a.Location == b.Location && a.Arguments.SequenceEqual(b.Arguments) && a.RelatedLocations.SequenceEqual(b.RelatedLocations);

        [Property(MaxTest = 300)]
        public Property The_raw_reads_say_what_the_values_say()
        {
            Gen<(AnnualReport Report, int First, int Count)> cases =
                from report in ReportLayoutTests.Reports
                from first in Gen.Choose(0, 400)
                from count in Gen.Choose(0, 140)
                select (report, first, count);
            return Prop.ForAll(cases.ToArbitrary(), c =>
            {
                ReportValues values = ReportValues.Of(c.Report);
                int cells = values.Layout.CellCount;
                int first = cells == 0 ? 0 : c.First % cells;
                int count = System.Math.Min(c.Count, cells - first);
                bool allWritten = Enumerable.Range(first, count).All(i => values[i] != null);
                bool negative = Enumerable.Range(0, cells).Any(i => values[i] < 0);
                return values.AllWritten(first, count) == allWritten
                    && values.HasNegative == negative
                    && Enumerable.Range(0, cells).All(i => values.ValueOrZero(i) == (values[i] ?? 0));
            });
        }
    }
}
