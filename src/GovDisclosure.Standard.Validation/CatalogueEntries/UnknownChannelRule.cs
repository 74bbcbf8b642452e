namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>GD-CAT-002: a channel must be one of the 13 of the checklist, or 其他 with its name.</summary>
    internal static class UnknownChannelRule
    {
        public static readonly BindingRule Rule = new BindingRule(new RuleDescriptor(
            "GD-CAT-002",
            FindingSeverity.Error,
            FindingCategory.ValueSet,
            DocumentKind.CatalogueEntry,
            new BilingualText("公开渠道未知或“其他”未写名称", "Channel unknown, or 'other' without its name"),
            new BilingualText(
                "公开渠道应为常用清单中的 12 种渠道之一，或写作“其他：渠道名称”（如 其他：信用中国网站）；单写“其他”或清单外的名称不予采用，并给出最接近的渠道。",
                "A channel must be one of the 12 channels of the usual checklist, or 'other:<name>' (e.g. other:信用中国网站); a bare 'other' or a name outside the list is not used, and the closest channel is suggested.")));
    }
}
