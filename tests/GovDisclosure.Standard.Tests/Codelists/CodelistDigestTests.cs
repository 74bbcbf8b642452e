using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Tests.Codelists
{
    public sealed class CodelistDigestTests
    {
        [Fact]
        public void The_recorded_digest_is_the_hash_of_the_code_lists()
        {
            string computed = CodelistDigest.Compute();

            Assert.True(
                computed == CodelistDigest.Recorded,
                $"A code list changed: set CodelistDigest.Recorded (src/GovDisclosure.Standard.Validation/CodelistDigest.cs) to \"{computed}\" (it is \"{CodelistDigest.Recorded}\").");
        }

        [Fact]
        public void Reports_name_the_recorded_digest_in_their_code_list_version()
        {
            Assert.EndsWith("/sha256:" + CodelistDigest.Compute(), new DisclosureValidator().RunInfo.CodelistVersion);
        }
    }
}
