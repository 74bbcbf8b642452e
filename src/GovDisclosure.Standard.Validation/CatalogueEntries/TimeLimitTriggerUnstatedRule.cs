using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>
    /// GD-CAT-012: a time limit gives a period without the event it runs from (20个工作日). The count and
    /// the unit are read; the trigger is unknown. Information only: the national guidelines themselves
    /// write bare periods (the 市政服务 guideline's rows say "20个工作日").
    /// </summary>
    internal sealed class TimeLimitTriggerUnstatedRule : DocumentRule<CatalogueEntry>
    {
        private static readonly string TimeLimitPointer = FieldPaths.Of<CatalogueEntry>(nameof(CatalogueEntry.TimeLimit)).Pointer;

        public static readonly TimeLimitTriggerUnstatedRule Instance = new TimeLimitTriggerUnstatedRule();

        private TimeLimitTriggerUnstatedRule()
            : base(RuleDescriptors.TimeLimitTriggerUnstated)
        {
        }

        public override IEnumerable<Finding> Check(CatalogueEntry document, RuleContext context)
        {
            // Most limits name the event their period runs from: told without an iterator or a clause list.
            DisclosureTimeLimit? limit = document.TimeLimit;
            return limit is null || TextChecks.IsBlank(limit.Text) || !HasBarePeriod(limit) ? Array.Empty<Finding>() : Unstated(limit, context);
        }

        private static bool HasBarePeriod(DisclosureTimeLimit limit)
        {
            IReadOnlyList<TimeLimitClause> clauses = limit.Clauses;
            for (int i = 0; i < clauses.Count; i++)
            {
                if (clauses[i].IsBarePeriod)
                {
                    return true;
                }
            }

            return false;
        }

        private IEnumerable<Finding> Unstated(DisclosureTimeLimit limit, RuleContext context)
        {
            foreach (TimeLimitClause clause in limit.BarePeriodClauses)
            {
                yield return Report(context, TimeLimitPointer, "default", clause.Text,
                    new FindingArgument("timeLimit", limit.Text),
                    new FindingArgument("clause", clause.Text),
                    new FindingArgument("count", clause.Period!.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new FindingArgument("unit", clause.Period.Unit == Calendar.TimeUnit.WorkingDays ? "工作日" : "日", clause.Period.Unit.EnglishName.ToLowerInvariant()));
            }
        }
    }
}
