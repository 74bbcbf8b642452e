using System.IO;
using System.Linq;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.RealDocuments
{
    /// <summary>
    /// Service guides (办事指南) as governments published them (tests/RealDocuments/service-guides): each is
    /// read and its verdict asserted. Elements that lie beyond the part of a page that could be found are
    /// absent from the transcription; their GD-SG-001 findings are the copy's shortfall and are asserted
    /// as exactly that, nothing more.
    /// </summary>
    public class ServiceGuideCorpusTests
    {
        [Theory]
        [InlineData("yueyang-nanhu-name-change")]
        [InlineData("shangluo-temporary-assistance")]
        [InlineData("yaoan-temporary-assistance")]
        [InlineData("yueyang-city-name-change")]
        public void Every_guide_names_its_source_and_says_it_is_a_transcription(string slug)
        {
            string source = File.ReadAllText(PathOf(slug + ".source.md"));

            Assert.Contains("Faithful transcription of the published guide by the GovDisclosure.Standard team.", source);
            Assert.Contains("- Address: http", source);
            Assert.Contains("## What is missing", source);
        }

        [Fact]
        public void A_guide_published_with_a_blank_phone_row_is_an_error_at_contact_phone_and_nothing_else()
        {
            Finding[] errors = Errors("yueyang-nanhu-name-change");

            Assert.Equal(new[] { ("GD-SG-001", "/contactPhone") }, errors.Select(f => (f.RuleId, f.Location.JsonPointer!)));
        }

        [Fact]
        public void A_catch_all_material_is_reported_at_its_name_and_the_fee_beyond_the_copy_is_the_only_error()
        {
            Finding[] findings = Validate("shangluo-temporary-assistance").Findings.ToArray();

            Finding vague = Assert.Single(findings, f => f.RuleId == "GD-SG-003");
            Assert.Equal(("/materials/4/name", "其他资料", FindingSeverity.Warning), (vague.Location.JsonPointer, vague.Value, vague.Severity));
            Assert.Equal(new[] { ("GD-SG-001", "/fees") }, findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => (f.RuleId, f.Location.JsonPointer!)));
        }

        [Fact]
        public void Materials_published_as_one_paragraph_are_read_as_the_list_they_are_and_checked_item_by_item()
        {
            RecordValidation result = Validate("yaoan-temporary-assistance");

            Assert.DoesNotContain(result.Findings, f => f.RuleId == "GD-STR-002");
            Assert.Contains(result.Findings, f => f.RuleId == "GD-STR-008" && f.Location.JsonPointer == "/materials" && f.Severity == FindingSeverity.Warning);
            Assert.Equal(
                new[] { "/contactPhone", "/fees", "/officeHours" },
                result.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Location.JsonPointer!).OrderBy(p => p, System.StringComparer.Ordinal));
        }

        [Fact]
        public void The_city_portal_copy_found_up_to_its_procedure_misses_only_the_elements_beyond_the_copy()
        {
            Finding[] errors = Errors("yueyang-city-name-change");

            Assert.All(errors, f => Assert.Equal("GD-SG-001", f.RuleId));
            Assert.Equal(
                new[] { "/contactPhone", "/handlingBody", "/handlingPlace", "/officeHours", "/procedure" },
                errors.Select(f => f.Location.JsonPointer!).OrderBy(p => p, System.StringComparer.Ordinal));
        }

        private static Finding[] Errors(string slug) => Validate(slug).Findings.Where(f => f.Severity == FindingSeverity.Error).ToArray();

        private static RecordValidation Validate(string slug)
        {
            string file = slug + ".json";
            SourceInput input = SourceInput.Open(PathOf(file), new InputOptions { DisplayName = file, Kind = DocumentKind.ServiceGuide });
            return Assert.Single(new DisclosureValidator().Validate(input.Kind, input.Records()));
        }

        private static string PathOf(string file) => RepositoryFiles.PathOf("tests", "RealDocuments", "service-guides", file);
    }
}
