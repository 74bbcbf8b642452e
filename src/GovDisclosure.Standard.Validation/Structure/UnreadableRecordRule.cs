namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>GD-STR-001: Record cannot be read.</summary>
    internal static class UnreadableRecordRule
    {
        public static readonly BindingRule Rule = new BindingRule(new RuleDescriptor(
            "GD-STR-001",
            FindingSeverity.Error,
            FindingCategory.Structure,
            null,
            new BilingualText("记录无法读取", "Record cannot be read"),
            new BilingualText(
                "记录不是合法的 JSON 对象（或读取器无法解析该行、该单元格区域），因此无法检查其内容。",
                "The record is not a JSON object (or the reader could not parse the line or row), so its content cannot be checked.")));
    }
}
