using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Reports;

namespace GovDisclosure.Standard.Validation.Reports
{
    /// <summary>GD-AR-010: an identity of tables 三 and 四 holds only if its blank cells held a non-zero difference.</summary>
    internal sealed class UnconfirmedSumRule : DocumentRule<AnnualReport>
    {
        public static readonly UnconfirmedSumRule Instance = new UnconfirmedSumRule();

        private UnconfirmedSumRule()
            : base(new RuleDescriptor(
                "GD-AR-010",
                FindingSeverity.Warning,
                FindingCategory.Consistency,
                DocumentKind.AnnualReport,
                new BilingualText("含空白的合计关系无法确认", "A sum with blank cells cannot be confirmed"),
                new BilingualText(
                    "表格空白按 0 读（官方报告在数值为 0 处常留空白）。某一合计关系（GD-AR-004、005、006、008）按 0 读不成立、但空白格若填入差额即可成立时，无法确认它是否成立：报告须由空白格补足的差额，请核对空白格。已填写的数字无论空白填什么都不能成立时，按原规则报错。",
                    "A blank cell reads as 0 (official reports leave a cell blank where the value is 0). When an identity of the tables (GD-AR-004, 005, 006, 008) does not hold with its blanks read as 0, but would hold if the blanks held the difference, it cannot be confirmed: the finding names the difference the blank cells would have to hold. When no values of the blanks can make it hold, the identity's own rule reports an error.")))
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context) =>
            ReportIdentities.All(document)
                .Select(identity => SumIdentity.Check(Descriptor, context, identity, SumOutcome.Unconfirmed))
                .OfType<Finding>();
    }
}
