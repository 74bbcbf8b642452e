using System.Collections.Generic;
using GovDisclosure.Standard.ServiceGuides;

namespace GovDisclosure.Standard.Validation.ServiceGuides
{
    /// <summary>GD-SG-005: the contact phone is a plausible number (or several).</summary>
    internal sealed class ContactPhoneRule : DocumentRule<ServiceGuide>
    {
        public static readonly ContactPhoneRule Instance = new ContactPhoneRule();

        private ContactPhoneRule()
            : base(RuleDescriptors.ContactPhone)
        {
        }

        public override IEnumerable<Finding> Check(ServiceGuide document, RuleContext context)
        {
            if (TextChecks.IsBlank(document.ContactPhone))
            {
                yield break;
            }

            foreach ((int start, int length, string text) in PhoneNumbers.Implausible(document.ContactPhone!))
            {
                yield return Report(context, "/contactPhone", new BilingualText(
                    $"联系电话“{text}”不像有效的电话号码（固定电话须带区号，如 023-12345678；手机为 11 位）。",
                    $"The contact phone '{text}' is not a plausible number (a landline needs its area code, e.g. 023-12345678; a mobile has 11 digits)."),
                    text).WithSpan(start, length);
            }
        }
    }
}
