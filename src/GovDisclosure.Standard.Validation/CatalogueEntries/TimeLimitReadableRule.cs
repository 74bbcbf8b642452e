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
        private static readonly string TimeLimitPointer = FieldPaths.Of<CatalogueEntry>(d => d.TimeLimit).Pointer;

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

        private IEnumerable<Finding> Unreadable(DisclosureTimeLimit limit, RuleContext context)
        {
            TimeLimitClause[] unread = limit.UnreadableClauses.ToArray();
            string clauses = unread.Length == 0 ? limit.Text : string.Join("；", unread.Select(c => c.Text));
            yield return Report(context, TimeLimitPointer, "default", clauses,
                new FindingArgument("timeLimit", limit.Text),
                new FindingArgument("clauses", clauses));
        }
    }
}
