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
            DisclosureTimeLimit? limit = document.TimeLimit;
            if (limit is null || TextChecks.IsBlank(limit.Text) || limit.IsReadable)
            {
                yield break;
            }

            TimeLimitClause[] unread = limit.UnreadableClauses.ToArray();
            string clauses = unread.Length == 0 ? limit.Text : string.Join("；", unread.Select(c => c.Text));
            yield return Report(context, TimeLimitPointer, "default", clauses,
                new FindingArgument("timeLimit", limit.Text),
                new FindingArgument("clauses", clauses));
        }
    }
}
