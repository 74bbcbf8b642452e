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
            : base(new RuleDescriptor(
                "GD-CAT-012",
                FindingSeverity.Information,
                FindingCategory.Wording,
                DocumentKind.CatalogueEntry,
                new BilingualText("公开时限未写起算事件", "Time limit names no trigger"),
                new BilingualText(
                    "公开时限只写了期限（如“20个工作日”），没有写从何时起算；期限已识别，起算事件未知。可写明如“自信息形成或者变更之日起20个工作日内”（《政府信息公开条例》第二十六条）。",
                    "The time limit gives a period (e.g. 20个工作日) but not the event it runs from; the period is read, the trigger is unknown. It can say e.g. 自信息形成或者变更之日起20个工作日内 (Art. 26 of the Regulations).")))
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
