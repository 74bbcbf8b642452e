using System.Collections.Generic;
using GovDisclosure.Standard.DisclosureGuides;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.DisclosureGuides
{
    /// <summary>GD-DG-003: the disclosure office's phone and fax are plausible numbers.</summary>
    internal sealed class OfficePhoneRule : DocumentRule<DisclosureGuide>
    {
        private static readonly FieldPath Phone = FieldPaths.Of<DisclosureGuide>(nameof(DisclosureGuide.Office), nameof(DisclosureOffice.Phone));

        private static readonly FieldPath Fax = FieldPaths.Of<DisclosureGuide>(nameof(DisclosureGuide.Office), nameof(DisclosureOffice.Fax));

        public static readonly OfficePhoneRule Instance = new OfficePhoneRule();

        private OfficePhoneRule()
            : base(RuleDescriptors.OfficePhone)
        {
        }

        public override IEnumerable<Finding> Check(DisclosureGuide document, RuleContext context)
        {
            if (document.Office is null)
            {
                yield break;
            }

            foreach ((string pointer, string name, string english, string? text) in new[]
            {
                (Phone.Pointer, Phone.Field.Title.Chinese, Phone.Field.Title.English, document.Office.Phone),
                (Fax.Pointer, Fax.Field.Title.Chinese, Fax.Field.Title.English, document.Office.Fax),
            })
            {
                if (TextChecks.IsBlank(text))
                {
                    continue;
                }

                foreach ((int start, int length, string bad) in PhoneNumbers.Implausible(text!))
                {
                    yield return RuleFindings.Create(
                        Descriptor,
                        context,
                        pointer,
                        "default",
                        bad,
                        new[] { new FindingArgument("field", name, english), new FindingArgument("number", bad) },
                        start,
                        length);
                }
            }
        }
    }
}
