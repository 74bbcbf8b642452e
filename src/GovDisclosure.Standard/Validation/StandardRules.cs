using System.Collections.Generic;
using GovDisclosure.Standard.Validation.CatalogueEntries;
using GovDisclosure.Standard.Validation.Structure;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>The built-in rules of <see cref="RuleSet.Standard"/>, in run order.</summary>
    internal static class StandardRules
    {
        public static IReadOnlyList<ValidationRule> Create() => new ValidationRule[]
        {
            UnreadableRecordRule.Rule,
            WrongTypeRule.Rule,
            UnknownCodeRule.Rule,
            UnreadableDateRule.Rule,
            AdditionalFieldRule.Rule,
            MissingMemberRule.Rule,
            DuplicateFieldRule.Rule,
            UnknownChannelRule.Rule,
        };
    }
}
