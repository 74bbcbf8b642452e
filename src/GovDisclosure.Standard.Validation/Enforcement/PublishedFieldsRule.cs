using System.Collections.Generic;
using GovDisclosure.Standard.Enforcement;

namespace GovDisclosure.Standard.Validation.Enforcement
{
    /// <summary>GD-ENF-001: an enforcement disclosure gives the body, the party, the category, the conclusion and the decision date.</summary>
    internal sealed class PublishedFieldsRule : RequiredFieldsRule<EnforcementDisclosure>
    {
        public static readonly PublishedFieldsRule Instance = new PublishedFieldsRule();

        private static readonly RequiredField<EnforcementDisclosure>[] Fields =
        {
            new RequiredField<EnforcementDisclosure>("/enforcingBody", "执法主体", "enforcing body", e => TextChecks.HasText(e.EnforcingBody)),
            new RequiredField<EnforcementDisclosure>("/party", "行政相对人", "party", e => TextChecks.HasText(e.Party)),
            new RequiredField<EnforcementDisclosure>("/category", "执法类别", "category", e => e.Category != null),
            new RequiredField<EnforcementDisclosure>("/conclusion", "执法结论", "conclusion", e => TextChecks.HasText(e.Conclusion)),
            new RequiredField<EnforcementDisclosure>("/decidedOn", "决定日期", "decision date", e => e.DecidedOn != null),
        };

        private PublishedFieldsRule()
            : base(RuleDescriptors.EnforcementFieldsPublished)
        {
        }

        protected override BilingualText Requirement => new BilingualText("执法公示必填信息", "a required field of an enforcement disclosure");

        protected override IEnumerable<RequiredField<EnforcementDisclosure>> FieldsOf(EnforcementDisclosure document) => Fields;
    }
}
