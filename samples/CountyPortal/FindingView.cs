using GovDisclosure.Standard.Validation.Rules;

namespace Bailuwan.CountyPortal
{
    /// <summary>One finding as the API and the page show it (检查发现): the rule, where, and what is wrong in both languages.</summary>
    internal sealed record FindingView(
        string RuleId,
        string Severity,
        string Category,
        long Record,
        string Location,
        string JsonPointer,
        long? Line,
        long? Column,
        string? Cell,
        string MessageZh,
        string MessageEn,
        string? Value)
    {
        public static FindingView Of(long record, Finding finding) => new FindingView(
            finding.RuleId,
            finding.Severity.ToString().ToLowerInvariant(),
            finding.Category.Code,
            record,
            finding.Location.ToString(),
            finding.Location.JsonPointer,
            finding.Location.Line,
            finding.Location.Column,
            finding.Location.Cell,
            finding.Message.Chinese,
            finding.Message.English,
            finding.Value);
    }
}
