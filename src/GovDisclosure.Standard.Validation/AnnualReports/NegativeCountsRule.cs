using System.Collections.Generic;
using System.Globalization;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>GD-AR-003: counts and amounts are not negative (only 本年增/减 may be).</summary>
    internal sealed class NegativeCountsRule : DocumentRule<AnnualReport>
    {
        public static readonly NegativeCountsRule Instance = new NegativeCountsRule();

        private NegativeCountsRule()
            : base(RuleDescriptors.NegativeCounts)
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            // Not an iterator: the walk over every cell stays on the stack, and a report with no negative count makes nothing.
            List<Finding>? found = null;
            foreach (ReportCells.Entry cell in ReportCells.Negatives(document))
            {
                if (cell.Value is decimal value)
                {
                    string shown = value.ToString(CultureInfo.InvariantCulture);
                    (found ??= new List<Finding>()).Add(Report(context, cell.Pointer, "default", shown,
                        new FindingArgument("cell", cell.Chinese, cell.English),
                        new FindingArgument("cellZh", cell.Chinese),
                        new FindingArgument("value", shown)));
                }
            }

            return found ?? (IEnumerable<Finding>)System.Array.Empty<Finding>();
        }
    }
}
