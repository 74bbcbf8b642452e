using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Directories;
using GovDisclosure.Standard.Enforcement;
using GovDisclosure.Standard.Validation.CatalogueEntries;
using GovDisclosure.Standard.Validation.Comparison;
using GovDisclosure.Standard.Validation.Directories;
using GovDisclosure.Standard.Validation.DisclosureGuides;
using GovDisclosure.Standard.Validation.Enforcement;
using GovDisclosure.Standard.Validation.AnnualReports.Published;
using GovDisclosure.Standard.Validation.AnnualReports;
using GovDisclosure.Standard.Validation.AnnualReports.Narrative;
using GovDisclosure.Standard.Validation.AnnualReports.Sections;
using GovDisclosure.Standard.Validation.ServiceGuides;
using GovDisclosure.Standard.Validation.Structure;
using GovDisclosure.Standard.Validation.Timeliness;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>The built-in rules of <see cref="RuleSet.Standard"/>, in run order, and the rules of the opt-in sets.</summary>
    internal static class StandardRules
    {
        /// <summary>The rule of <see cref="RuleSet.PlatformColumn"/>: GD-CAT-011.</summary>
        public static IReadOnlyList<ValidationRule> PlatformColumn() => new ValidationRule[] { PlatformColumnRule.Rule };

        /// <summary>The rule of <see cref="RuleSet.FivePartGuide"/>: GD-DG-001.</summary>
        public static IReadOnlyList<ValidationRule> FivePartGuide() => new ValidationRule[] { FivePartsRule.Instance };

        public static IReadOnlyList<ValidationRule> Create() => new ValidationRule[]
        {
            StructureRules.UnreadableRecord,
            StructureRules.WrongType,
            StructureRules.UnknownCode,
            StructureRules.UnreadableDate,
            StructureRules.AdditionalField,
            StructureRules.MissingMember,
            StructureRules.DuplicateField,
            StructureRules.NonCanonicalForm,
            ColumnsPresentRule.Instance,
            UnknownChannelRule.Rule,
            TimeLimitReadableRule.Instance,
            TimeLimitTriggerUnstatedRule.Instance,
            LevelsMatchBodyRule.Instance,
            LegalBasisPresentRule.Instance,
            DomainPresentRule.Instance,
            CategoriesPresentRule.Instance,
            Article20CoverageRule.Rule,
            Article21CoverageRule.Rule,
            CatalogueEntries.UncertainWordingRule.Instance,
            TenElementsRule.Instance,
            MeaningfulElementsRule.Instance,
            ServiceGuides.UncertainWordingRule.Instance,
            FeeBasisRule.Instance,
            ContactPhoneRule.Instance,
            PromisedTimeLimitRule.Instance,
            Article12FieldsRule.Instance,
            new PublishedNotBeforeRule<DirectoryItem>(RuleDescriptors.PublishedAfterCreated, "created", d => d.CreatedOn, d => d.PublishedOn, nameof(DirectoryItem.PublishedOn)),
            Article12MinimumRule.Instance,
            OfficePhoneRule.Instance,
            PublishedFieldsRule.Instance,
            new PublishedNotBeforeRule<EnforcementDisclosure>(RuleDescriptors.PublishedAfterDecision, "decided", d => d.DecidedOn, d => d.PublishedOn, nameof(EnforcementDisclosure.PublishedOn)),
            ExtraRowRule.Rule,
            MissingRowRule.Rule,
            MissingColumnRule.Rule,
            UnreadableCellRule.Rule,
            SectionNumberingRule.Rule,
            TableNotReadRule.Rule,
            HeaderAndSectionsRule.Instance,
            BlankCellsRule.Instance,
            NegativeCountsRule.Instance,
            ColumnBalanceRule.Instance,
            RowTotalsRule.Instance,
            OutcomeTotalRule.Instance,
            FormatCoherenceRule.Instance,
            RemedyTotalsRule.Instance,
            UnconfirmedSumRule.Instance,
            BlankTotalRule.Instance,
            NarrativeRule.Instance,
            SectionSaysNothingRule.Instance,
            FeeStatementRule.Instance,
            EarlierYearInTextRule.Instance,
            ContinuityRule.Instance,
            InForceContinuityRule.Instance,
            CarriedOverTextRule.Instance,
            RegionSummaryRules.Differs,
            RegionSummaryRules.Unconfirmed,
            EnforcementPublishedInTimeRule.Instance,
            DirectoryPublishedInTimeRule.Instance,
            AnnualReportPublishedInTimeRule.Instance,
            NotCheckableRule.Rule,
            ReplyInTimeRule.Instance,
            AmendmentRequestInTimeRule.Instance,
        }.Concat(CatalogueComparisonRules.All).Concat(ServiceGuideComparisonRules.All).ToArray();
    }
}
