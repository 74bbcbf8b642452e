using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Reports;

namespace GovDisclosure.Standard.Validation.Reports
{
    /// <summary>GD-AR-008: per group of table 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
    internal sealed class RemedyTotalsRule : DocumentRule<AnnualReport>
    {
        public static readonly RemedyTotalsRule Instance = new RemedyTotalsRule();

        private RemedyTotalsRule()
            : base(new RuleDescriptor(
                "GD-AR-008",
                FindingSeverity.Error,
                FindingCategory.Consistency,
                DocumentKind.AnnualReport,
                new BilingualText("复议、诉讼总计不等于各项之和", "Reconsideration or litigation total does not add up"),
                new BilingualText(
                    "表四的行政复议、未经复议直接起诉、复议后起诉各组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。",
                    "In each group of table IV (reconsideration, litigation without reconsideration, litigation after reconsideration): total = upheld + corrected + other + pending.")))
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            if (document.ReviewAndLitigation is null)
            {
                yield break;
            }

            foreach (var group in ReportTable.RemedyGroups)
            {
                RemedyOutcomeCounts? counts = group.Get(document.ReviewAndLitigation);
                if (counts is null)
                {
                    continue;
                }

                Cell[] cells = ReportTable.RemedyCells
                    .Select(c => new Cell("/reviewAndLitigation/" + group.Key + "/" + c.Key, "四·" + group.Chinese + "·" + c.Chinese, "IV. " + group.English + ", " + c.English, c.Get(counts)))
                    .ToArray();
                Finding? finding = SumIdentity.Check(Descriptor, context, cells[4], new[] { cells[4] }, cells.Take(4).ToArray(), new BilingualText(
                    $"“{group.Chinese}”总计 = 维持 + 纠正 + 其他 + 尚未审结",
                    $"For {group.English}, total = upheld + corrected + other + pending"));
                if (finding != null)
                {
                    yield return finding;
                }
            }
        }
    }
}
