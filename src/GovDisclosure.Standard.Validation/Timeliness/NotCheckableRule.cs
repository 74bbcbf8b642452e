namespace GovDisclosure.Standard.Validation.Timeliness
{
    /// <summary>GD-TIME-004: a time limit that cannot be checked (outside the calendar, or the agency kind unknown) is said so, never guessed.</summary>
    internal static class NotCheckableRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(new RuleDescriptor(
            "GD-TIME-004",
            FindingSeverity.Information,
            FindingCategory.Timeliness,
            null,
            new BilingualText("时限无法核验", "Time limit not checkable"),
            new BilingualText(
                "期限要用到工作日日历未覆盖的年份（如尚未公布放假安排的年份），或缺少判断期限所需的信息（如机关类型），因此不作判断，而不是猜测。由各时效规则（GD-TIME-001 至 GD-TIME-006）报告。",
                "The deadline needs a year the working-day calendar does not cover (e.g. one whose holidays are not announced yet), or information the deadline depends on (e.g. the agency kind), so it is not judged rather than guessed. Reported by the timeliness rules GD-TIME-001 to GD-TIME-006.")));
    }
}
