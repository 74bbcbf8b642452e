using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace GovDisclosure.Standard.Validation.Reports
{
    /// <summary>
    /// An identity of the form left₁ + left₂ + … = right₁ + right₂ + …, checked only when every
    /// operand is filled (a blank cell is reported as missing, never as a broken sum). The finding
    /// is located at the anchor cell and names every cell of the sum, by name and by pointer.
    /// </summary>
    internal static class SumIdentity
    {
        public static Finding? Check(RuleDescriptor rule, RuleContext context, Cell anchor, IReadOnlyList<Cell> left, IReadOnlyList<Cell> right, BilingualText identityName)
        {
            if (left.Concat(right).Any(c => c.Value is null))
            {
                return null;
            }

            long leftSum = left.Sum(c => (long)c.Value!.Value);
            long rightSum = right.Sum(c => (long)c.Value!.Value);
            if (leftSum == rightSum)
            {
                return null;
            }

            string Zh(IReadOnlyList<Cell> cells) => string.Join(" + ", cells.Select(c => $"{c.Chinese}（{N(c.Value!.Value)}）"));
            string En(IReadOnlyList<Cell> cells) => string.Join(" + ", cells.Select(c => $"{c.English} ({N(c.Value!.Value)})"));
            string pointers = string.Join(", ", left.Concat(right).Select(c => c.Pointer));
            return RuleFindings.Create(rule, context, anchor.Pointer, new BilingualText(
                $"{identityName.Chinese}不成立：{Zh(left)} = {N(leftSum)}，而 {Zh(right)} = {N(rightSum)}，相差 {N(leftSum - rightSum)}。",
                $"{identityName.English} does not hold: {En(left)} = {N(leftSum)}, but {En(right)} = {N(rightSum)}, a difference of {N(leftSum - rightSum)} (cells {pointers})."),
                N(anchor.Value!.Value));
        }

        private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
