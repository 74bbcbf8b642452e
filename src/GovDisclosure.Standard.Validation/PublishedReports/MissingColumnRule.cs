namespace GovDisclosure.Standard.Validation.PublishedReports
{
    /// <summary>GD-PUB-004: A column of the form is missing from the published table.</summary>
    internal static class MissingColumnRule
    {
        public static readonly BindingRule Rule = new BindingRule(RuleDescriptors.PublishedMissingColumn);
    }
}
