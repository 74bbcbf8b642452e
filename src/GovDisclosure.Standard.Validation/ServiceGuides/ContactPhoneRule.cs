using System;
using System.Collections.Generic;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.ServiceGuides
{
    /// <summary>GD-SG-005: the contact phone is a plausible number (or several).</summary>
    internal sealed class ContactPhoneRule : DocumentRule<ServiceGuide>
    {
        private static readonly string ContactPhonePointer = FieldPaths.Of<ServiceGuide>(nameof(ServiceGuide.ContactPhone)).Pointer;

        public static readonly ContactPhoneRule Instance = new ContactPhoneRule();

        private ContactPhoneRule()
            : base(RuleDescriptors.ContactPhone)
        {
        }

        public override IEnumerable<Finding> Check(ServiceGuide document, RuleContext context)
        {
            // Most phones are plausible numbers in digits and hyphens: told without an iterator, a list or a regular expression.
            string? phone = document.ContactPhone;
            return TextChecks.IsBlank(phone) || PhoneNumbers.AreAllPlainAndPlausible(phone!) ? Array.Empty<Finding>() : Implausible(phone!, context);
        }

        private IEnumerable<Finding> Implausible(string phone, RuleContext context)
        {
            foreach ((int start, int length, string text) in PhoneNumbers.Implausible(phone))
            {
                yield return RuleFindings.Create(Descriptor, context, ContactPhonePointer, "default", text, new[] { new FindingArgument("phone", text) }, start, length);
            }
        }
    }
}
