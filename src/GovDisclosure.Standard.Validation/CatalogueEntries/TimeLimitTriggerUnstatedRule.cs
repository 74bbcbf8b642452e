using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>
    /// GD-CAT-012: a time limit gives a period without the event it runs from (20个工作日). The count and
    /// the unit are read; the trigger is unknown. Information only: the national guidelines themselves
    /// write bare periods (the 市政服务 guideline's rows say "20个工作日").
    /// </summary>
    internal sealed class TimeLimitTriggerUnstatedRule : DocumentRule<CatalogueEntry>
    {
        public static readonly TimeLimitTriggerUnstatedRule Instance = new TimeLimitTriggerUnstatedRule();

        private TimeLimitTriggerUnstatedRule()
            : base(RuleDescriptors.TimeLimitTriggerUnstated)
        {
        }

        public override IEnumerable<Finding> Check(CatalogueEntry document, RuleContext context)
        {
            DisclosureTimeLimit? limit = document.TimeLimit;
            if (limit is null || TextChecks.IsBlank(limit.Text))
            {
                yield break;
            }

            foreach (TimeLimitClause clause in limit.BarePeriodClauses)
            {
                yield return Report(context, "/timeLimit", new BilingualText(
                    $"公开时限“{limit.Text}”中“{clause.Text}”读作{clause.Period!.Count}个{(clause.Period.Unit == Calendar.TimeUnit.WorkingDays ? "工作日" : "日")}，但未写明起算事件。",
                    $"In the time limit '{limit.Text}', '{clause.Text}' reads as {clause.Period.Count} {clause.Period.Unit.EnglishName.ToLowerInvariant()}, but names no event it runs from."),
                    clause.Text);
            }
        }
    }
}
