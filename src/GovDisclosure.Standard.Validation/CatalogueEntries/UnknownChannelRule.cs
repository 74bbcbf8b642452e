using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>GD-CAT-002: a channel must be one of the 13 of the checklist, or 其他 with its name.</summary>
    internal static class UnknownChannelRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.UnknownChannel);
    }
}
