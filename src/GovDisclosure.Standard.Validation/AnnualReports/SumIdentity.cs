using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports
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

            bool leftHasBlank = HasBlank(identity.Left);
            bool rightHasBlank = HasBlank(identity.Right);
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
            var arguments = new List<FindingArgument>
            {
                new FindingArgument("identity", identity.Name.Chinese, identity.Name.English),
                new FindingArgument("sums", $"{Zh(identity.Left)} = {N(left)}，{Zh(identity.Right)} = {N(right)}", $"{En(identity.Left)} = {N(left)}, {En(identity.Right)} = {N(right)}"),
                new FindingArgument("cells", pointers),
            };
            string messageId;
            switch (outcome)
            {
                case SumOutcome.Broken:
                    bool blanks = identity.Left.Concat(identity.Right).Any(c => c.Value is null);
                    messageId = blanks ? "brokenDespiteBlanks" : "broken";
                    arguments.Add(new FindingArgument("difference", N(left - right)));
                    break;
                case SumOutcome.TotalBlank:
                    messageId = "totalBlank";
                    arguments.Add(new FindingArgument("difference", N(difference)));
                    arguments.Add(new FindingArgument("total", identity.Total!.Chinese, identity.Total!.English));
                    break;
                default:
                    messageId = "unconfirmed";
                    arguments.Add(new FindingArgument("difference", N(difference)));
                    arguments.Add(new FindingArgument("blanks", string.Join("、", Blanks(identity).Select(c => c.Chinese)), string.Join(", ", Blanks(identity).Select(c => c.English))));
                    break;
            }

            string? value = identity.Anchor.Value is int v ? N(v) : null;
            return RuleFindings.Create(rule, context, identity.Anchor.Pointer, messageId, value, arguments) with
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

        /// <summary>The sum of the written cells (a loop, not a query: every rule evaluates every identity of every report).</summary>
        private static long Written(IReadOnlyList<Cell> cells)
        {
            long sum = 0;
            for (int i = 0; i < cells.Count; i++)
            {
                sum += cells[i].Value ?? 0;
            }

            return sum;
        }

        private static bool HasBlank(IReadOnlyList<Cell> cells)
        {
            for (int i = 0; i < cells.Count; i++)
            {
                if (cells[i].Value is null)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Zh(IReadOnlyList<Cell> cells) => string.Join(" + ", cells.Select(c => $"{c.Chinese}（{Shown(c, "空白")}）"));

        private static string En(IReadOnlyList<Cell> cells) => string.Join(" + ", cells.Select(c => $"{c.English} ({Shown(c, "blank")})"));

        private static string Shown(Cell cell, string blank) => cell.Value is int v ? N(v) : blank;

        private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
