using GovDisclosure.Standard.Disclosure;
using Xunit;

namespace GovDisclosure.Standard.Tests.Disclosure
{
    /// <summary>The audience headers real county and township catalogues write (公开对象).</summary>
    public sealed class DisclosureAudienceTests
    {
        [Theory]
        [InlineData("特定群体")]
        [InlineData("特定群众")]
        [InlineData("特定对象")]
        public void The_specific_group_wordings_of_published_catalogues_read_as_the_specific_group(string wording)
        {
            Assert.Equal(DisclosureAudience.SpecificGroup, DisclosureAudience.Parse(wording));
        }
    }
}
