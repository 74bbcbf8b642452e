using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace GovDisclosure.Standard.Validation.Reports
{
    /// <summary>
    /// Checks an identity of the tables as far as its written cells allow. Neither form
    /// (国办公开办函〔2019〕60号, 国办公开办函〔2021〕30号) forbids a blank cell, and official reports leave
    /// a cell blank where the value is 0; blanks are counts, so never negative. An identity is
    /// <see cref="SumOutcome.Broken"/> only when no values of the blanks could make it hold.
    /// </summary>
    internal static class SumIdentity
    {
        public static SumOutcome Evaluate(ReportIdentity identity)
        {
            long left = Written(identity.Left);
            long right = Written(identity.Right);
            if (left == right)
            {
                return SumOutcome.Holds;
            }

            bool leftHasBlank = identity.Left.Any(c => c.Value is null);
            bool rightHasBlank = identity.Right.Any(c => c.Value is null);
            if ((left < right && !leftHasBlank) || (right < left && !rightHasBlank))
            {
                return SumOutcome.Broken;
            }

            return identity.Total is { Value: null } ? SumOutcome.TotalBlank : SumOutcome.Unconfirmed;
        }

        /// <summary>The finding of <paramref name="rule"/> when the identity's outcome is <paramref name="reported"/>, else <c>null</c>.</summary>
        public static Finding? Check(RuleDescriptor rule, RuleContext context, ReportIdentity identity, SumOutcome reported)
        {
            SumOutcome outcome = Evaluate(identity);
            if (outcome != reported)
            {
                return null;
            }

            long left = Written(identity.Left);
            long right = Written(identity.Right);
            long difference = System.Math.Abs(left - right);
            string pointers = string.Join(", ", identity.Left.Concat(identity.Right).Select(c => c.Pointer));
            string sums = $"{Zh(identity.Left)} = {N(left)}，{Zh(identity.Right)} = {N(right)}";
            string sumsEn = $"{En(identity.Left)} = {N(left)}, {En(identity.Right)} = {N(right)}";
            BilingualText message;
            switch (outcome)
            {
                case SumOutcome.Broken:
                    bool blanks = identity.Left.Concat(identity.Right).Any(c => c.Value is null);
                    message = new BilingualText(
                        $"{identity.Name.Chinese}不成立：{sums}，相差 {N(left - right)}{(blanks ? "；已填写的数字已超出另一边，空白格无论填什么都不能补足" : string.Empty)}。",
                        $"{identity.Name.English} does not hold: {sumsEn}, a difference of {N(left - right)}{(blanks ? "; the written cells already exceed the other side, which no value of the blank cells can make up" : string.Empty)} (cells {pointers}).");
                    break;
                case SumOutcome.TotalBlank:
                    message = new BilingualText(
                        $"{identity.Name.Chinese}无法核对：“{identity.Total!.Chinese}”为空白，而已填写的各项合计 {N(difference)}（{sums}）。",
                        $"{identity.Name.English} cannot be checked: the total '{identity.Total!.English}' is blank, while the written parts come to {N(difference)} ({sumsEn}; cells {pointers}).");
                    break;
                default:
                    string blankZh = string.Join("、", Blanks(identity).Select(c => c.Chinese));
                    string blankEn = string.Join(", ", Blanks(identity).Select(c => c.English));
                    message = new BilingualText(
                        $"{identity.Name.Chinese}无法确认：{sums}，相差 {N(difference)}，须由空白格（{blankZh}）合计填 {N(difference)} 才成立，而空白按 0 读。",
                        $"{identity.Name.English} cannot be confirmed: {sumsEn}; it holds only if the blank cells ({blankEn}) hold {N(difference)} between them, but a blank reads as 0 (cells {pointers}).");
                    break;
            }

            string? value = identity.Anchor.Value is int v ? N(v) : null;
            return RuleFindings.Create(rule, context, identity.Anchor.Pointer, message, value) with
            {
                RelatedLocations = identity.Left.Concat(identity.Right).Where(c => c.Pointer != identity.Anchor.Pointer).Select(c => context.Locate(c.Pointer)).ToArray(),
            };
        }

        private static IEnumerable<Cell> Blanks(ReportIdentity identity)
        {
            long left = Written(identity.Left);
            long right = Written(identity.Right);
            return (left < right ? identity.Left : identity.Right).Where(c => c.Value is null);
        }

        private static long Written(IReadOnlyList<Cell> cells) => cells.Sum(c => (long)(c.Value ?? 0));

        private static string Zh(IReadOnlyList<Cell> cells) => string.Join(" + ", cells.Select(c => $"{c.Chinese}（{Shown(c, "空白")}）"));

        private static string En(IReadOnlyList<Cell> cells) => string.Join(" + ", cells.Select(c => $"{c.English} ({Shown(c, "blank")})"));

        private static string Shown(Cell cell, string blank) => cell.Value is int v ? N(v) : blank;

        private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
