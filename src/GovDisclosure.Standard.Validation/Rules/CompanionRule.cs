namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// A rule whose findings are reported on its behalf by another part of the library: the structure rules
    /// (GD-STR-…) by binding, while a raw record becomes a typed document; GD-TIME-004 "not checkable" by every
    /// timeliness rule; the catalogue coverage rules (GD-CAT-008, 010, 011) by <see cref="CatalogueCoverage"/>;
    /// the comparison rules (GD-CMP-…) by <see cref="Comparison.CatalogueComparisonFindings"/>; the published-report
    /// rules (GD-PUB-…) from what a reader noted while reading a published page. It is part of a
    /// <see cref="RuleSet"/> so that it is listed, and can be left out (all but GD-STR-001, since an unreadable
    /// record must always say why) or re-graded like any rule.
    /// </summary>
    public sealed class CompanionRule : ValidationRule
    {
        internal CompanionRule(RuleDescriptor descriptor)
            : base(descriptor)
        {
        }
    }
}
