using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>
    /// GD-CAT-003: the time limit's wording can be read into a trigger and a period. A bare period with
    /// no event (20个工作日) can be read, trigger unknown: that is GD-CAT-012 (information), not this rule.
    /// </summary>
    internal sealed class TimeLimitReadableRule : DocumentRule<CatalogueEntry>
    {
        private static readonly string TimeLimitPointer = FieldPaths.Of<CatalogueEntry>(nameof(CatalogueEntry.TimeLimit)).Pointer;

        public static readonly TimeLimitReadableRule Instance = new TimeLimitReadableRule();

        private TimeLimitReadableRule()
            : base(RuleDescriptors.TimeLimitReadable)
        {
        }

        public override IEnumerable<Finding> Check(CatalogueEntry document, RuleContext context)
        {
            // Most limits can be read: told without an iterator, a clause list or a finding.
            DisclosureTimeLimit? limit = document.TimeLimit;
            return limit is null || TextChecks.IsBlank(limit.Text) || IsReadable(limit) ? Array.Empty<Finding>() : Unreadable(limit, context);
        }

        /// <summary><see cref="DisclosureTimeLimit.IsReadable"/>, told without making the list of unreadable clauses.</summary>
        private static bool IsReadable(DisclosureTimeLimit limit)
        {
            IReadOnlyList<TimeLimitClause> clauses = limit.Clauses;
            if (clauses.Count == 0 && limit.NoticePeriod is null)
            {
                return false;
            }

            for (int i = 0; i < clauses.Count; i++)
            {
                if (!clauses[i].IsUnderstood && !clauses[i].IsBarePeriod)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The clauses of <see cref="DisclosureTimeLimit.UnreadableClauses"/> joined by ；, or the whole wording when none
        /// is (a limit that says nothing): told in one pass over the clauses, without a list of them.
        /// </summary>
        internal static string UnreadableWording(DisclosureTimeLimit limit)
        {
            IReadOnlyList<TimeLimitClause> all = limit.Clauses;
            int count = 0;
            string first = string.Empty;
            System.Text.StringBuilder? joined = null;
            for (int i = 0; i < all.Count; i++)
            {
                TimeLimitClause clause = all[i];
                if (clause.IsUnderstood || clause.IsBarePeriod)
                {
                    continue;
                }

                if (count++ == 0)
                {
                    first = clause.Text;
                }
                else
                {
                    (joined ??= new System.Text.StringBuilder(first)).Append('；').Append(clause.Text);
                }
            }

            return count == 0 ? limit.Text : joined?.ToString() ?? first;
        }

        private IEnumerable<Finding> Unreadable(DisclosureTimeLimit limit, RuleContext context)
        {
            string clauses = UnreadableWording(limit);
            yield return Report(context, TimeLimitPointer, "default", clauses,
                new FindingArgument("timeLimit", limit.Text),
                new FindingArgument("clauses", clauses));
        }
    }
}
