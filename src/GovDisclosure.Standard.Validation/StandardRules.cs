using System.Collections.Generic;
using GovDisclosure.Standard.Validation.CatalogueEntries;
using GovDisclosure.Standard.Validation.Directories;
using GovDisclosure.Standard.Validation.DisclosureGuides;
using GovDisclosure.Standard.Validation.Enforcement;
using GovDisclosure.Standard.Validation.Reports;
using GovDisclosure.Standard.Validation.ServiceGuides;
using GovDisclosure.Standard.Validation.Structure;
using GovDisclosure.Standard.Validation.Timeliness;

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
            NonCanonicalFormRule.Rule,
            ColumnsPresentRule.Instance,
            UnknownChannelRule.Rule,
            TimeLimitReadableRule.Instance,
            LevelsMatchBodyRule.Instance,
            LegalBasisPresentRule.Instance,
            DomainPresentRule.Instance,
            CategoriesPresentRule.Instance,
            CatalogueEntries.UncertainWordingRule.Instance,
            TenElementsRule.Instance,
            MeaningfulElementsRule.Instance,
            ServiceGuides.UncertainWordingRule.Instance,
            FeeBasisRule.Instance,
            ContactPhoneRule.Instance,
            PromisedTimeLimitRule.Instance,
            Article12FieldsRule.Instance,
            PublishedAfterCreatedRule.Instance,
            FivePartsRule.Instance,
            Article12MinimumRule.Instance,
            OfficePhoneRule.Instance,
            PublishedFieldsRule.Instance,
            PublishedAfterDecisionRule.Instance,
            HeaderAndSectionsRule.Instance,
            BlankCellsRule.Instance,
            NegativeCountsRule.Instance,
            ColumnBalanceRule.Instance,
            RowTotalsRule.Instance,
            OutcomeTotalRule.Instance,
            FormatCoherenceRule.Instance,
            RemedyTotalsRule.Instance,
            ContinuityRule.Instance,
            EnforcementPublishedInTimeRule.Instance,
            DirectoryPublishedInTimeRule.Instance,
            AnnualReportPublishedInTimeRule.Instance,
            NotCheckableRule.Rule,
            ReplyInTimeRule.Instance,
            AmendmentRequestInTimeRule.Instance,
        };
    }
}
