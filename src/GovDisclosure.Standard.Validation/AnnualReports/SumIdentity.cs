using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
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
        public static SumOutcome Evaluate(ReportIdentity identity, ReportValues values)
        {
            long left = Written(identity.Left, values);
            long right = Written(identity.Right, values);
            if (left == right)
            {
                return SumOutcome.Holds;
            }

            bool leftHasBlank = HasBlank(identity.Left, values);
            bool rightHasBlank = HasBlank(identity.Right, values);
            if ((left < right && !leftHasBlank) || (right < left && !rightHasBlank))
            {
                return SumOutcome.Broken;
            }

            return identity.Total >= 0 && values[identity.Total] is null ? SumOutcome.TotalBlank : SumOutcome.Unconfirmed;
        }

        /// <summary>
        /// The findings of <paramref name="rule"/> for the identities of <paramref name="identities"/> whose outcome is
        /// <paramref name="reported"/>, in order. Found at once, not as they are enumerated: six rules ask for them on every
        /// report, and most find none, which is then the empty array (no enumerator a rule and report).
        /// </summary>
        public static IEnumerable<Finding> CheckAll(RuleDescriptor rule, RuleContext context, ReportValues values, IReadOnlyList<ReportIdentity> identities, SumOutcome reported)
        {
            List<Finding>? found = null;
            for (int i = 0; i < identities.Count; i++)
            {
                // Each identity's outcome is the report's, evaluated once for the six rules (ReportValues.OutcomeOf).
                ReportIdentity identity = identities[i];
                if ((identity.Requires < 0 || values.IsPresent(identity.Requires)) && values.OutcomeOf(identity) == reported)
                {
                    (found ??= new List<Finding>()).Add(Found(rule, context, identity, values, reported));
                }
            }

            return found ?? (IEnumerable<Finding>)Array.Empty<Finding>();
        }

        /// <summary>The finding of <paramref name="rule"/> when the identity's outcome is <paramref name="reported"/>, else <c>null</c>.</summary>
        public static Finding? Check(RuleDescriptor rule, RuleContext context, ReportIdentity identity, ReportValues values, SumOutcome reported)
        {
            SumOutcome outcome = Evaluate(identity, values);
            return outcome == reported ? Found(rule, context, identity, values, outcome) : null;
        }

        /// <summary>The finding of <paramref name="rule"/> about <paramref name="identity"/>, whose outcome is <paramref name="outcome"/> (not <see cref="SumOutcome.Holds"/>).</summary>
        private static Finding Found(RuleDescriptor rule, RuleContext context, ReportIdentity identity, ReportValues values, SumOutcome outcome)
        {
            IReadOnlyList<(string Pointer, string Chinese, string English)> names = values.Layout.Names;
            long left = Written(identity.Left, values);
            long right = Written(identity.Right, values);
            long difference = System.Math.Abs(left - right);

            // The texts are written into one builder this thread keeps (three findings of every report are identities', each
            // with two sides of seven or so cells in two languages): only the finished texts are new strings.
            // The cells' pointers are the identity's own text, made when it was laid in its layout.
            StringBuilder text = Builder();
            string sumsZh = AppendSums(text, identity, values, left, right, zh: true).ToString();
            text.Clear();
            AppendSums(text, identity, values, left, right, zh: false);
            string sumsEn = text.ToString();
            text.Clear();
            // The identity's name, its cells and its total are its own arguments, made when it was laid in its layout.
            (FindingArgument name, FindingArgument cells, FindingArgument? total) = identity.Arguments
                ?? throw new ArgumentException("The identity is not laid in a layout.", nameof(identity));
            var sums = new FindingArgument("sums", sumsZh, sumsEn);
            string messageId;
            FindingArgument[] arguments;
            switch (outcome)
            {
                case SumOutcome.Broken:
                    bool blanks = HasBlank(identity.Left, values) || HasBlank(identity.Right, values);
                    messageId = blanks ? "brokenDespiteBlanks" : "broken";
                    arguments = new[] { name, sums, cells, new FindingArgument("difference", N(left - right)) };
                    break;
                case SumOutcome.TotalBlank:
                    messageId = "totalBlank";
                    arguments = new[] { name, sums, cells, new FindingArgument("difference", N(difference)), total! };
                    break;
                default:
                    messageId = "unconfirmed";
                    int[] side = left < right ? identity.Left : identity.Right;
                    arguments = new[] { name, sums, cells, new FindingArgument("difference", N(difference)), new FindingArgument("blanks", Blanks(side, values, "、", zh: true), Blanks(side, values, ", ", zh: false)) };
                    break;
            }

            string? value = values[identity.Anchor] is int v ? N(v) : null;
            SourceLocation[] related = Related(identity, context);
            return RuleFindings.Create(rule, context, names[identity.Anchor].Pointer, messageId, value, arguments, related);
        }

        /// <summary>
        /// The locations of the identity's cells other than its anchor, left side then right side: located together with the
        /// anchor (which the finding names next), in one reading of the record. The pointers are the identity's own list,
        /// made when it was laid (locating keeps none of it).
        /// </summary>
        private static SourceLocation[] Related(ReportIdentity identity, RuleContext context) =>
            context.Locate(identity.LocatedPointers, skip: 1);

        /// <summary>The blank cells of one side, named and joined by <paramref name="separator"/>.</summary>
        private static string Blanks(int[] side, ReportValues values, string separator, bool zh)
        {
            StringBuilder text = Builder();
            bool first = true;
            for (int i = 0; i < side.Length; i++)
            {
                if (values[side[i]] is null)
                {
                    if (!first)
                    {
                        text.Append(separator);
                    }

                    first = false;
                    (_, string chinese, string english) = values.Layout.Names[side[i]];
                    text.Append(zh ? chinese : english);
                }
            }

            string blanks = text.ToString();
            text.Clear();
            return blanks;
        }

        /// <summary>The sum of the written cells (a loop, not a query: every rule evaluates every identity of every report).</summary>
        private static long Written(int[] cells, ReportValues values)
        {
            long sum = 0;
            for (int i = 0; i < cells.Length; i++)
            {
                sum += values.ValueOrZero(cells[i]);
            }

            return sum;
        }

        private static bool HasBlank(int[] cells, ReportValues values)
        {
            for (int i = 0; i < cells.Length; i++)
            {
                if (values[cells[i]] is null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Both sides of an identity with their sums, as the message prints them: 左 = 和，右 = 和 / left = sum, right = sum.</summary>
        private static StringBuilder AppendSums(StringBuilder text, ReportIdentity identity, ReportValues values, long left, long right, bool zh)
        {
            AppendSide(text, identity.Left, values, zh).Append(" = ");
            AppendNumber(text, left).Append(zh ? "，" : ", ");
            AppendSide(text, identity.Right, values, zh).Append(" = ");
            return AppendNumber(text, right);
        }

        /// <summary>One side of an identity as the message prints it: each cell's name and value (或空白 / or blank), joined by “ + ”.</summary>
        private static StringBuilder AppendSide(StringBuilder text, int[] cells, ReportValues values, bool zh)
        {
            for (int i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(" + ");
                }

                (_, string chinese, string english) = values.Layout.Names[cells[i]];
                text.Append(zh ? chinese : english).Append(zh ? "（" : " (");
                if (values[cells[i]] is int v)
                {
                    AppendNumber(text, v);
                }
                else
                {
                    text.Append(zh ? "空白" : "blank");
                }

                text.Append(zh ? '）' : ')');
            }

            return text;
        }

        /// <summary>Appends <paramref name="value"/> as <see cref="N"/> writes it (invariant digits), without a string.</summary>
        private static StringBuilder AppendNumber(StringBuilder text, long value)
        {
            if (value == long.MinValue)
            {
                return text.Append(N(value));
            }

            if (value < 0)
            {
                text.Append('-');
                value = -value;
            }

            // The digits from the last, into a stack buffer (netstandard2.0 has no long.TryFormat).
            Span<char> digits = stackalloc char[20];
            int at = digits.Length;
            do
            {
                digits[--at] = (char)('0' + (int)(value % 10));
                value /= 10;
            }
            while (value != 0);

            for (; at < digits.Length; at++)
            {
                text.Append(digits[at]);
            }

            return text;
        }

        /// <summary>This thread's builder for a finding's texts, empty; the caller clears it after taking its text.</summary>
        private static StringBuilder Builder() => (builder ??= new StringBuilder(512)).Clear();

        private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

        [ThreadStatic]
        private static StringBuilder? builder;
    }
}
