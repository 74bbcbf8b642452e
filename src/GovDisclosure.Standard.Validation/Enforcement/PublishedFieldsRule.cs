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
            : base(new RuleDescriptor(
                "GD-ENF-001",
                FindingSeverity.Error,
                FindingCategory.Completeness,
                DocumentKind.EnforcementDisclosure,
                new BilingualText("执法公示信息缺项", "Enforcement disclosure field missing"),
                new BilingualText(
                    "执法结果公示须写明执法主体、行政相对人、执法类别、执法结论和决定日期（行政执法公示制度）。",
                    "An enforcement result names the enforcing body, the party, the category, the conclusion and the decision date (行政执法公示制度).")))
        {
        }

        protected override BilingualText Requirement => new BilingualText("执法公示必填信息", "a required field of an enforcement disclosure");

        protected override IEnumerable<RequiredField<EnforcementDisclosure>> FieldsOf(EnforcementDisclosure document) => Fields;
    }
}
