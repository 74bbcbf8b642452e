namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>
    /// GD-STR-008: a JSON value was accepted in a form the published schema does not allow — a single
    /// value where the schema has a list, or a number written as text. The value is used, but a
    /// schema validator on the receiving side would reject the file. Not reported for CSV and
    /// spreadsheet input, where every cell is text and lists are written in one cell.
    /// </summary>
    internal static class NonCanonicalFormRule
    {
        public static readonly BindingRule Rule = new BindingRule(new RuleDescriptor(
            "GD-STR-008",
            FindingSeverity.Warning,
            FindingCategory.Structure,
            null,
            new BilingualText("取值写法不符合规范格式", "Value not in the schema's form"),
            new BilingualText(
                "JSON 中应为列表的字段只写了一个值，或应为数字的字段写成了文字。该值已被采用，但按已发布的 JSON Schema 校验会不通过，请改为规范写法。表格（CSV、XLSX）输入不报告。",
                "In JSON, a single value was given where the schema has a list, or a number was written as text. The value is used, but the file fails the published JSON Schema; write it in the schema's form. Not reported for CSV or spreadsheet input.")));
    }
}
