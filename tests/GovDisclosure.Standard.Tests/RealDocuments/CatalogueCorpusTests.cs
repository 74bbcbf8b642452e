using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.RealDocuments
{
    /// <summary>
    /// County and township standard catalogues as governments published them (tests/RealDocuments/catalogues):
    /// each is read whole and its verdict asserted — no error on a consistent published table, and each
    /// real inconsistency at its cell.
    /// </summary>
    public class CatalogueCorpusTests
    {
        public static TheoryData<string, int> Documents => new TheoryData<string, int>
        {
            { "gaizhou-social-assistance.csv", 2 },
            { "xjbz-work-safety.csv", 5 },
            { "ynfq-elderly-care.csv", 2 },
            { "mengtong-social-insurance.csv", 1 },
            { "kunshan-agricultural-subsidies.csv", 1 },
            { "qzlj-household-registration.xlsx", 6 },
        };

        [Theory]
        [MemberData(nameof(Documents))]
        public void Every_published_row_transcribed_is_read_as_one_record(string file, int rows)
        {
            RecordValidation[] results = Validate(file);

            Assert.Equal(rows, results.Length);
            Assert.All(results, r => Assert.False(r.Record.IsUnreadable));
            Assert.All(results, r => Assert.True(r.Record.Content!.Value.TryGetProperty("firstLevelItem", out _)));
        }

        [Theory]
        [MemberData(nameof(Documents))]
        public void Every_catalogue_names_its_source_and_says_it_is_a_transcription(string file, int rows)
        {
            string source = File.ReadAllText(PathOf(Path.GetFileNameWithoutExtension(file) + ".source.md"));

            Assert.True(rows > 0);
            Assert.Contains("Faithful transcription of the published table by the GovDisclosure.Standard team.", source);
            Assert.Contains("- Address: http", source);
            Assert.Contains("## What is missing", source);
        }

        [Theory]
        [InlineData("gaizhou-social-assistance.csv")]
        [InlineData("xjbz-work-safety.csv")]
        [InlineData("qzlj-household-registration.xlsx")]
        [InlineData("mengtong-social-insurance.csv")]
        [InlineData("ynfq-elderly-care.csv")]
        public void A_consistent_published_catalogue_gets_no_error(string file)
        {
            Assert.Empty(Validate(file).SelectMany(r => r.Findings).Where(f => f.Severity == FindingSeverity.Error).Select(Describe));
        }

        [Fact]
        public void The_published_tick_columns_give_audience_mode_and_levels()
        {
            RecordValidation[] gaizhou = Validate("gaizhou-social-assistance.csv");
            RecordValidation[] xjbz = Validate("xjbz-work-safety.csv");

            Assert.All(gaizhou, r => Assert.Equal(new[] { "public" }, Strings(r, "audiences")));
            Assert.All(gaizhou, r => Assert.Equal(new[] { "proactive" }, Strings(r, "modes")));
            Assert.All(gaizhou, r => Assert.Equal(new[] { "county", "township", "village" }, Strings(r, "levels")));
            Assert.Equal(new[] { "county" }, Strings(xjbz[3], "levels"));
            Assert.Equal(new[] { "township" }, Strings(Validate("mengtong-social-insurance.csv")[0], "levels"));
        }

        [Fact]
        public void A_first_level_item_merged_over_several_rows_is_read_on_each_row()
        {
            Assert.Equal(new[] { "综合业务", "综合业务" }, Validate("gaizhou-social-assistance.csv").Select(r => Text(r, "firstLevelItem")));
            Assert.Equal(new[] { "养老服务业务办理", "养老服务业务办理" }, Validate("ynfq-elderly-care.csv").Select(r => Text(r, "firstLevelItem")));
            Assert.Equal(new[] { "出生", "出生", "收养", "收养", "恢复", "恢复" }, Validate("qzlj-household-registration.xlsx").Select(r => Text(r, "firstLevelItem")));
        }

        [Fact]
        public void A_row_that_chooses_no_channel_is_an_error_at_its_channel_cell()
        {
            Finding finding = Assert.Single(Validate("kunshan-agricultural-subsidies.csv").SelectMany(r => r.Findings), f => f.Severity == FindingSeverity.Error);

            Assert.Equal(("GD-CAT-001", "/channels", 4L, 8), (finding.RuleId, finding.Location.JsonPointer, finding.Location.Line!.Value, finding.Location.Column!.Value));
        }

        [Fact]
        public void The_hall_under_its_variant_name_zhengfu_fuwu_zhongxin_is_read_as_the_government_service_centre()
        {
            RecordValidation[] results = Validate("ynfq-elderly-care.csv");

            Assert.All(results, r => Assert.Contains(PublicationChannel.Of(DisclosureChannel.GovernmentServiceCentre), ((CatalogueEntry)r.Document!).Channels));
            Assert.DoesNotContain(results.SelectMany(r => r.Findings), f => f.RuleId == "GD-CAT-002");
        }

        private static RecordValidation[] Validate(string file)
        {
            SourceInput input = SourceInput.Open(PathOf(file), new InputOptions { DisplayName = file, Kind = DocumentKind.CatalogueEntry });
            return new DisclosureValidator().Validate(input.Kind, input.Records()).ToArray();
        }

        private static string PathOf(string file) => RepositoryFiles.PathOf("tests", "RealDocuments", "catalogues", file);

        private static string Describe(Finding f) => $"{f.RuleId} {f.Location.File} {f.Location.JsonPointer} line {f.Location.Line} cell {f.Location.Cell}: {f.Message.English}";

        private static string? Text(RecordValidation result, string name) => result.Record.Content!.Value.GetProperty(name).GetString();

        private static IEnumerable<string?> Strings(RecordValidation result, string name) =>
            result.Record.Content!.Value.GetProperty(name).EnumerateArray().Select(e => e.GetString()).ToArray();
    }
}
