using System;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>A rule's documentation address, kept as text until asked for, is the address it always was, and compares as it.</summary>
    public sealed class HelpAddressTests
    {
        private const string Readme = "https://github.com/govdisclosure/GovDisclosure.Standard/blob/main/src/GovDisclosure.Standard.Validation/README.md#";

        [Fact]
        public void Every_built_in_rule_is_documented_at_its_anchor_in_the_rules_readme()
        {
            foreach (RuleDescriptor descriptor in RuleRegistry.All)
            {
                Assert.Equal(new Uri(Readme + descriptor.Id.ToLowerInvariant()), descriptor.HelpUri);
                Assert.Equal(Readme + descriptor.Id.ToLowerInvariant(), descriptor.HelpUri!.AbsoluteUri);
            }
        }

        [Fact]
        public void A_descriptor_equals_its_copy_whether_or_not_either_address_was_parsed()
        {
            RuleDescriptor parsed = RuleRegistry.All[0];
            _ = parsed.HelpUri;
            RuleDescriptor copy = parsed with { };
            RuleDescriptor given = new RuleDescriptor(parsed.Id, parsed.Severity, parsed.Category, parsed.DocumentKind, parsed.Title, parsed.Description) { HelpUri = parsed.HelpUri, Messages = parsed.Messages };
            Assert.Equal(parsed, copy);
            Assert.Equal(parsed, given);
            Assert.Equal(parsed.GetHashCode(), given.GetHashCode());
            Assert.NotEqual(parsed, given with { HelpUri = null });
            Assert.Equal(given with { HelpUri = null }, given with { HelpUri = null });
        }
    }
}
