using System.Collections.Generic;
using System.Globalization;
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
    /// A finding about an identity of tables 三 and 四 quotes its sums, its cells and its blank cells with the texts the
    /// string-per-side construction gave (written now into one builder a thread keeps; its cells' pointers and the related
    /// locations' pointers made once as the identity is laid in its layout), for every identity, whatever its outcome, in
    /// either language.
    /// </summary>
    public class SumIdentityTextTests
    {
        [Property(MaxTest = 200)]
        public Property An_identity_finding_quotes_the_texts_each_side_built_alone_gave()
        {
            return Prop.ForAll(ReportLayoutTests.Reports.ToArbitrary(), report =>
            {
                ReportValues values = ReportValues.Of(report);
                foreach ((RuleDescriptor rule, ReportIdentity identity) in Identities(values.Layout))
                {
                    SumOutcome outcome = SumIdentity.Evaluate(identity, values);
                    if (outcome == SumOutcome.Holds)
                    {
                        continue;
                    }

                    RuleDescriptor reporting = outcome switch
                    {
                        SumOutcome.TotalBlank => RuleDescriptors.BlankTotal,
                        SumOutcome.Unconfirmed => RuleDescriptors.UnconfirmedSum,
                        _ => rule,
                    };
                    var context = new RuleContext(WorkingDayCalendar.China);
                    Finding finding = SumIdentity.Check(reporting, context, identity, values, outcome)!;
                    if (!Same(finding, "sums", Sums(identity, values, zh: true), Sums(identity, values, zh: false))
                        || !Same(finding, "cells", Pointers(identity, values.Layout), Pointers(identity, values.Layout))
                        || !finding.RelatedLocations.Select(l => l.JsonPointer).SequenceEqual(Related(identity, values.Layout)))
                    {
                        return false;
                    }

                    if (outcome == SumOutcome.Unconfirmed)
                    {
                        IReadOnlyList<int> side = Written(identity.Left, values) < Written(identity.Right, values) ? identity.Left : identity.Right;
                        if (!Same(finding, "blanks", Blanks(side, values, "、", zh: true), Blanks(side, values, ", ", zh: false)))
                        {
                            return false;
                        }
                    }
                }

                return true;
            });
        }

        /// <summary>Every identity of the layout with the rule that reports it broken.</summary>
        private static IEnumerable<(RuleDescriptor Rule, ReportIdentity Identity)> Identities(ReportLayout layout) =>
            layout.ColumnBalances.Select(i => (RuleDescriptors.ColumnBalance, i))
                .Concat(layout.RowTotals.Select(i => (RuleDescriptors.RowTotals, i)))
                .Concat(layout.OutcomeTotals.Select(i => (RuleDescriptors.OutcomeTotal, i)))
                .Concat(layout.RemedyTotals.Select(i => (RuleDescriptors.RemedyTotals, i)));

        private static bool Same(Finding finding, string name, string chinese, string english)
        {
            FindingArgument argument = finding.Arguments.Single(a => a.Name == name);
            return argument.Value.Chinese == chinese && argument.Value.English == english;
        }

        private static string Sums(ReportIdentity identity, ReportValues values, bool zh)
        {
            string left = N(Written(identity.Left, values));
            string right = N(Written(identity.Right, values));
            return zh
                ? $"{Side(identity.Left, values, true)} = {left}，{Side(identity.Right, values, true)} = {right}"
                : $"{Side(identity.Left, values, false)} = {left}, {Side(identity.Right, values, false)} = {right}";
        }

        private static string Side(IReadOnlyList<int> cells, ReportValues values, bool zh) =>
            string.Join(" + ", cells.Select(c =>
            {
                (_, string chinese, string english) = values.Layout.Names[c];
                string shown = values[c] is int v ? N(v) : zh ? "空白" : "blank";
                return zh ? chinese + "（" + shown + "）" : english + " (" + shown + ")";
            }));

        private static string Pointers(ReportIdentity identity, ReportLayout layout) =>
            string.Join(", ", identity.Left.Concat(identity.Right).Select(c => layout.Names[c].Pointer));

        /// <summary>The pointers of the identity's cells other than its anchor, left side then right side, as each finding once listed them.</summary>
        private static IEnumerable<string> Related(ReportIdentity identity, ReportLayout layout)
        {
            string anchor = layout.Names[identity.Anchor].Pointer;
            return identity.Left.Concat(identity.Right).Select(c => layout.Names[c].Pointer).Where(p => p != anchor);
        }

        private static string Blanks(IReadOnlyList<int> side, ReportValues values, string separator, bool zh) =>
            string.Join(separator, side.Where(c => values[c] is null).Select(c => zh ? values.Layout.Names[c].Chinese : values.Layout.Names[c].English));

        private static long Written(IReadOnlyList<int> cells, ReportValues values) => cells.Sum(c => (long)(values[c] ?? 0));

        private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
