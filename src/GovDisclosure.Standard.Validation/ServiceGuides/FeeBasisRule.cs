using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.ServiceGuides
{
    /// <summary>GD-SG-004: a fee that is not zero names the document that sets it.</summary>
    internal sealed class FeeBasisRule : DocumentRule<ServiceGuide>
    {
        private static readonly string Fees = FieldPaths.Of<ServiceGuide>(nameof(ServiceGuide.Fees)).Pointer;

        private static readonly string FeeBasis = FieldPaths.Of<ServiceFee>(nameof(ServiceFee.Basis)).Field.Name;

        public static readonly FeeBasisRule Instance = new FeeBasisRule();

        private static readonly HashSet<string> Free = new HashSet<string>(new[] { "0", "0元", "0.0元", "0.00元", "零元", "免费", "不收费", "无", "免收" }.Select(ChineseText.Fold));

        private FeeBasisRule()
            : base(RuleDescriptors.FeeBasis)
        {
        }

        public override IEnumerable<Finding> Check(ServiceGuide document, RuleContext context)
        {
            // Most fees name their basis or are free (and most guides charge none): told without an iterator.
            for (int i = 0; i < document.Fees.Count; i++)
            {
                if (!IsFounded(document.Fees[i]))
                {
                    return Unfounded(document, context);
                }
            }

            return Array.Empty<Finding>();
        }

        /// <summary>Whether the fee names the document that sets it, or needs none.</summary>
        private static bool IsFounded(ServiceFee fee) => TextChecks.HasText(fee.Basis) || IsFree(fee.Standard);

        private IEnumerable<Finding> Unfounded(ServiceGuide document, RuleContext context)
        {
            for (int i = 0; i < document.Fees.Count; i++)
            {
                ServiceFee fee = document.Fees[i];
                if (IsFounded(fee))
                {
                    continue;
                }

                string what = TextChecks.HasText(fee.Item) ? fee.Item! : "第 " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " 项收费";
                FindingArgument rate = TextChecks.HasText(fee.Standard) ? new FindingArgument("rate", fee.Standard!) : new FindingArgument("rate", "未写明", "not given");
                yield return Report(context, JsonPointer.Append(JsonPointer.Append(Fees, i), FeeBasis), "default", fee.Standard, new FindingArgument("fee", what), rate);
            }
        }

        private static bool IsFree(string? standard) => TextChecks.HasText(standard) && Free.Contains(ChineseText.Fold(standard));
    }
}
