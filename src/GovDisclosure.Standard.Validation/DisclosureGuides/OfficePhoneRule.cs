using System.Collections.Generic;
using GovDisclosure.Standard.DisclosureGuides;

namespace GovDisclosure.Standard.Validation.DisclosureGuides
{
    /// <summary>GD-DG-003: the disclosure office's phone and fax are plausible numbers.</summary>
    internal sealed class OfficePhoneRule : DocumentRule<DisclosureGuide>
    {
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
                ("/office/phone", FieldTitles.Of<DisclosureGuide>("office.phone").Chinese, FieldTitles.Of<DisclosureGuide>("office.phone").English, document.Office.Phone),
                ("/office/fax", FieldTitles.Of<DisclosureGuide>("office.fax").Chinese, FieldTitles.Of<DisclosureGuide>("office.fax").English, document.Office.Fax),
            })
            {
                if (TextChecks.IsBlank(text))
                {
                    continue;
                }

                foreach ((int start, int length, string bad) in PhoneNumbers.Implausible(text!))
                {
                    yield return Report(context, pointer, "default", bad,
                        new FindingArgument("field", name, english),
                        new FindingArgument("number", bad)).WithSpan(start, length);
                }
            }
        }
    }
}
