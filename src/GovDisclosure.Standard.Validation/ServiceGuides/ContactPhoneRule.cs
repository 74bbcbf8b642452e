using System.Collections.Generic;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.ServiceGuides
{
    /// <summary>GD-SG-005: the contact phone is a plausible number (or several).</summary>
    internal sealed class ContactPhoneRule : DocumentRule<ServiceGuide>
    {
        private static readonly string ContactPhonePointer = FieldPaths.Of<ServiceGuide>(d => d.ContactPhone).Pointer;

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
                yield return Report(context, ContactPhonePointer, "default", text, new FindingArgument("phone", text)).WithSpan(start, length);
            }
        }
    }
}
