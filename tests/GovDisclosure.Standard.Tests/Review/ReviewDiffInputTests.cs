using System.IO;
using GovDisclosure.Standard.Review;
using static GovDisclosure.Standard.Tests.Review.ReviewSamples;

namespace GovDisclosure.Standard.Tests.Review
{
    public sealed class ReviewDiffInputTests
    {
        [Fact]
        public void Files_of_different_kinds_cannot_be_compared()
        {
            var e = Assert.Throws<UnreadableReviewInputException>(() => ReviewDiff.Compare(CatalogueText, SchemaText));
            Assert.Contains("different kinds", e.Message);
            Assert.Contains("类型不同", e.Bilingual.Chinese);
        }

        [Fact]
        public void Malformed_json_is_unreadable_with_its_line()
        {
            var e = Assert.Throws<UnreadableReviewInputException>(() => ReviewDiff.Compare(CatalogueText, "{\n  \"domain\": \"x\",\n  \"entries\": [ oops ]\n}"));
            Assert.Contains("line 3", e.Message);
        }

        [Theory]
        [InlineData("just some text")]
        [InlineData("{ \"hello\": 1 }")]
        [InlineData("")]
        public void Text_of_no_known_kind_is_unreadable(string text) =>
            Assert.Throws<UnreadableReviewInputException>(() => ReviewDiff.DetectKind(text));

        [Fact]
        public void An_unbalanced_api_listing_is_unreadable_with_its_line() =>
            Assert.Contains("line", Assert.Throws<UnreadableReviewInputException>(() => ReviewDiff.Compare(ListingText, ListingText + "\n}")).Message);

        [Fact]
        public void A_missing_file_is_unreadable_and_named()
        {
            string missing = Path.Combine(Path.GetTempPath(), "no-such-file-" + System.Guid.NewGuid() + ".json");
            var e = Assert.Throws<UnreadableReviewInputException>(() => ReviewDiff.CompareFiles(missing, missing));
            Assert.Contains(missing, e.Message);
        }

        [Fact]
        public void Comparing_files_names_the_file_that_is_wrong()
        {
            string dir = Directory.CreateTempSubdirectory().FullName;
            string good = Path.Combine(dir, "old.catalog.json");
            string bad = Path.Combine(dir, "new.catalog.json");
            File.WriteAllText(good, CatalogueText);
            File.WriteAllText(bad, "{ \"domain\": \"x\", \"entries\": [ { \"firstLevelItem\": \"a\" } ] }");
            var e = Assert.Throws<UnreadableReviewInputException>(() => ReviewDiff.CompareFiles(good, bad));
            Assert.StartsWith(bad, e.Message);
            Assert.Contains("no 'code'", e.Message);
        }
    }
}
