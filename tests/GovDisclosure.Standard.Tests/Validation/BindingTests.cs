using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    public class BindingTests
    {
        private static readonly DisclosureValidator Validator = new DisclosureValidator();

        [Fact]
        public void Unknown_level_is_reported_with_the_closest_value_and_bound_as_absent()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.CatalogueEntry, Records.Json("{\"firstLevelItem\":\"养老服务\",\"levels\":[\"县级\",\"乡极\"]}"));

            Finding finding = Assert.Single(result.Findings, f => f.RuleId == "GD-STR-003");
            Assert.Equal("/levels/1", finding.Location.JsonPointer);
            Assert.Equal("乡极", finding.Value);
            Assert.Contains("乡级", finding.Message.Chinese);
            var entry = Assert.IsType<CatalogueEntry>(result.Document);
            Assert.Equal(new[] { AdministrativeLevel.County }, entry.Levels);
        }

        [Fact]
        public void Wrong_json_type_is_reported_at_its_pointer_and_the_field_is_absent()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.ServiceGuide, Records.Json("{\"itemName\":{\"a\":1},\"onSiteVisits\":1.5}"));

            Assert.Equal(new[] { "/itemName", "/onSiteVisits" }, result.Findings.Where(f => f.RuleId == "GD-STR-002").Select(f => f.Location.JsonPointer));
            var guide = Assert.IsType<ServiceGuide>(result.Document);
            Assert.Null(guide.ItemName);
            Assert.Null(guide.OnSiteVisits);
        }

        [Fact]
        public void Unreadable_date_is_reported_and_bound_as_absent()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.DirectoryItem, Records.Json("{\"createdOn\":\"2024-02-30\"}"));

            Finding finding = Assert.Single(result.Findings, f => f.RuleId == "GD-STR-004");
            Assert.Equal("/createdOn", finding.Location.JsonPointer);
            Assert.Equal("2024-02-30", finding.Value);
            Assert.Null(Assert.IsType<Directories.DirectoryItem>(result.Document).CreatedOn);
        }

        [Fact]
        public void Unknown_field_is_information_names_the_likely_field_and_is_kept()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.ServiceGuide, Records.Json("{\"itemNmae\":\"低保\",\"materials\":[{\"name\":\"身份证\",\"colour\":\"red\"}]}"));

            Finding[] additional = result.Findings.Where(f => f.RuleId == "GD-STR-005").ToArray();
            Assert.Equal(new[] { "/itemNmae", "/materials/0/colour" }, additional.Select(f => f.Location.JsonPointer));
            Assert.All(additional, f => Assert.Equal(FindingSeverity.Information, f.Severity));
            Assert.Contains("itemName", additional[0].Message.English);
            var guide = Assert.IsType<ServiceGuide>(result.Document);
            Assert.True(guide.AdditionalProperties!.ContainsKey("itemNmae"));
            Assert.True(guide.Materials[0].AdditionalProperties!.ContainsKey("colour"));
        }

        [Fact]
        public void An_additional_field_finding_shows_the_fields_value_not_its_name()
        {
            string longText = new string('长', 80);
            RecordValidation result = Validator.ValidateRecord(DocumentKind.CatalogueEntry, Records.Json(
                "{\"firstLevelItem\":\"综合业务\",\"联系人\":\"张三\",\"座机\":12345,\"备用\":null,\"附件\":[\"a\",\"b\"],\"说明文字\":\"" + longText + "\"}"));

            Dictionary<string, string?> values = result.Findings.Where(f => f.RuleId == "GD-STR-005").ToDictionary(f => f.Location.JsonPointer!, f => f.Value);
            Assert.Equal("张三", values["/联系人"]);
            Assert.Equal("12345", values["/座机"]);
            Assert.Null(values["/备用"]);
            Assert.Equal("[\"a\",\"b\"]", values["/附件"]);
            Assert.StartsWith(new string('长', 60), values["/说明文字"]);
            Assert.True(values["/说明文字"]!.Length < longText.Length);
        }

        [Fact]
        public void English_suggestions_for_unknown_values_name_the_code_the_english_and_the_chinese_name()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.CatalogueEntry, Records.Json(
                "{\"firstLevelItem\":\"综合业务\",\"channels\":[\"政府网占\"],\"modes\":[\"主动公\"]}"));

            Finding channel = result.Findings.Single(f => f.Location.JsonPointer == "/channels/0");
            Finding mode = result.Findings.Single(f => f.Location.JsonPointer == "/modes/0");
            Assert.Contains($"'governmentWebsite' ({DisclosureChannel.GovernmentWebsite.EnglishName}, 政府网站)", channel.Message.English);
            Assert.Contains($"'proactive' ({DisclosureMode.Proactive.EnglishName}, {DisclosureMode.Proactive.ChineseName})", mode.Message.English);
        }

        [Fact]
        public void Json_values_accepted_outside_the_schema_form_are_reported_but_used()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.ServiceGuide, Records.Json("{\"itemName\":\"临时救助\",\"legalBasis\":\"《社会救助暂行办法》\",\"onSiteVisits\":\"1\"}"));

            Assert.Equal(new[] { "/legalBasis", "/onSiteVisits" }, result.Findings.Where(f => f.RuleId == "GD-STR-008").Select(f => f.Location.JsonPointer));
            var guide = (GovDisclosure.Standard.ServiceGuides.ServiceGuide)result.Document!;
            Assert.Equal(new[] { "《社会救助暂行办法》" }, guide.LegalBasis);
            Assert.Equal(1, guide.OnSiteVisits);
        }

        [Fact]
        public void Spreadsheet_cells_are_text_by_nature_and_not_reported_as_outside_the_schema_form()
        {
            var fields = new Dictionary<string, SourceLocation> { ["/onSiteVisits"] = new SourceLocation { File = "x.csv", Line = 2, Column = 5, Cell = "到办事现场次数" } };
            RecordValidation result = Validator.ValidateRecord(DocumentKind.ServiceGuide, Records.Json("{\"onSiteVisits\":\"1\"}", 1, fields));

            Assert.DoesNotContain(result.Findings, f => f.RuleId == "GD-STR-008");
        }

        [Fact]
        public void Field_locations_of_the_reader_are_carried_into_findings()
        {
            var fields = new Dictionary<string, SourceLocation> { ["/levels"] = new SourceLocation { File = "x.xlsx", Sheet = "目录", Row = 7, Cell = "J7" } };
            RecordValidation result = Validator.ValidateRecord(DocumentKind.CatalogueEntry, Records.Json("{\"levels\":[\"省级\"]}", 7, fields));

            Finding finding = Assert.Single(result.Findings, f => f.RuleId == "GD-STR-003");
            Assert.Equal("J7", finding.Location.Cell);
            Assert.Equal("/levels/0", finding.Location.JsonPointer);
            Assert.Equal(7, finding.Location.RecordNumber);
        }

        [Fact]
        public void Record_that_is_not_an_object_is_unreadable_with_a_finding()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.ServiceGuide, Records.Json("[1,2]"));

            Assert.Equal(RecordStatus.Unreadable, result.Status);
            Assert.Null(result.Document);
            Assert.Equal("GD-STR-001", Assert.Single(result.Findings).RuleId);
        }

        [Fact]
        public void Unreadable_source_record_keeps_its_read_error()
        {
            var error = new BilingualText("第 3 行不是合法的 JSON。", "Line 3 is not valid JSON.");
            RecordValidation result = Validator.ValidateRecord(DocumentKind.ServiceGuide, SourceRecord.Unreadable(3, new SourceLocation { File = "a.jsonl", Line = 3 }, error, "{oops"));

            Finding finding = Assert.Single(result.Findings);
            Assert.Equal(RecordStatus.Unreadable, result.Status);
            Assert.Equal("failed", finding.MessageId);
            Assert.Equal(new BilingualText("记录无法读取：第 3 行不是合法的 JSON。", "The record cannot be read: Line 3 is not valid JSON."), finding.Message);
            Assert.Equal("{oops", finding.Value);
            Assert.Equal(3, finding.Location.Line);
        }

        [Fact]
        public void One_broken_record_does_not_hide_the_next()
        {
            var records = new[] { Records.Json("42", 1), Records.Json("{\"itemName\":\"低保\"}", 2) };

            RecordValidation[] results = Validator.Validate(DocumentKind.ServiceGuide, records).ToArray();

            Assert.Equal(RecordStatus.Unreadable, results[0].Status);
            Assert.Equal("低保", Assert.IsType<ServiceGuide>(results[1].Document).ItemName);
        }

        [Fact]
        public void Validation_is_lazy_and_reads_one_record_at_a_time()
        {
            int read = 0;
            IEnumerable<SourceRecord> Stream()
            {
                for (int i = 1; i <= 3; i++)
                {
                    read++;
                    yield return Records.Json("{}", i);
                }
            }

            IEnumerable<RecordValidation> results = Validator.Validate(DocumentKind.DirectoryItem, Stream());
            Assert.Equal(0, read);
            using IEnumerator<RecordValidation> e = results.GetEnumerator();
            Assert.True(e.MoveNext());
            Assert.Equal(1, read);
        }

        [Fact]
        public void Numbers_written_as_text_and_blank_cells_bind_and_only_the_text_numbers_are_reported_as_outside_the_schema_form()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.AnnualReport, Records.Json("{\"year\":\"2023\",\"agencyName\":\"  \",\"applications\":{\"newlyReceived\":{\"naturalPerson\":\"12\",\"total\":\"\"}}}"));

            var report = Assert.IsType<AnnualReports.AnnualReport>(result.Document);
            Assert.Equal(2023, report.Year);
            Assert.Null(report.AgencyName);
            Assert.Equal(12, report.Applications!.NewlyReceived!.NaturalPerson);
            Assert.Null(report.Applications.NewlyReceived.Total);
            Assert.Equal(
                new[] { "/year", "/applications/newlyReceived/naturalPerson" },
                result.Findings.Where(f => f.RuleId.StartsWith("GD-STR", System.StringComparison.Ordinal)).Select(f => f.RuleId + " " + f.Location.JsonPointer).Select(s => s.Substring("GD-STR-008 ".Length)));
            Assert.All(result.Findings.Where(f => f.RuleId.StartsWith("GD-STR", System.StringComparison.Ordinal)), f => Assert.Equal("GD-STR-008", f.RuleId));
        }

        [Fact]
        public void Channel_other_without_a_name_is_reported_and_other_with_a_name_binds()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.CatalogueEntry, Records.Json("{\"channels\":[\"其他\",\"其他：信用中国网站\",\"政府网站\"]}"));

            Finding finding = Assert.Single(result.Findings, f => f.RuleId == "GD-CAT-002");
            Assert.Equal("/channels/0", finding.Location.JsonPointer);
            var entry = Assert.IsType<CatalogueEntry>(result.Document);
            Assert.Equal(new[] { "other:信用中国网站", "governmentWebsite" }, entry.Channels.Select(c => c.ToString()));
        }

        [Fact]
        public void The_government_service_portal_is_suggested_as_a_named_other_channel_never_the_service_hall()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.CatalogueEntry, Records.Json("{\"channels\":[\"政务服务网\"]}"));

            Finding finding = Assert.Single(result.Findings, f => f.RuleId == "GD-CAT-002");
            Assert.Contains("other:政务服务网", finding.Message.English);
            Assert.DoesNotContain("政务服务中心", finding.Message.Chinese);
            Assert.DoesNotContain("governmentServiceCentre", finding.Message.English);
        }

        [Theory]
        [InlineData("其他法律服务网")]
        [InlineData("其他：法律服务网")]
        [InlineData("other:其他法律服务网")]
        [InlineData("其它法律服务网")]
        public void An_other_channel_is_written_with_its_own_name_without_the_word_other(string written)
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.CatalogueEntry, Records.Json("{\"channels\":[\"" + written + "\"]}"));

            Assert.DoesNotContain(result.Findings, f => f.RuleId == "GD-CAT-002");
            var entry = Assert.IsType<CatalogueEntry>(result.Document);
            Assert.Equal("other:法律服务网", Assert.Single(entry.Channels).ToString());
        }

        [Fact]
        public void Suggesting_a_channel_for_a_portal_name_never_picks_a_physical_channel()
        {
            Assert.Equal("other:政务服务网", PublicationChannel.Suggest("政务服务网")!.ToString());
            Assert.Equal("other:法律服务网", PublicationChannel.Suggest("其他法律服务网")!.ToString());
            Assert.Equal("governmentServiceCentre", PublicationChannel.Suggest("政务服务中")!.ToString());
        }

        [Fact]
        public void Period_without_its_unit_is_reported_as_missing_a_required_part()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.ServiceGuide, Records.Json("{\"legalTimeLimit\":{\"count\":20}}"));

            Finding finding = Assert.Single(result.Findings, f => f.RuleId == "GD-STR-006");
            Assert.Equal("/legalTimeLimit", finding.Location.JsonPointer);
            Assert.Null(Assert.IsType<ServiceGuide>(result.Document).LegalTimeLimit);
        }

        [Fact]
        public void Field_given_twice_is_reported_and_not_used()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.ServiceGuide, Records.Json("{\"itemName\":\"甲\",\"itemName\":\"乙\"}"));

            Assert.Single(result.Findings, f => f.RuleId == "GD-STR-007" && f.Location.JsonPointer == "/itemName");
            Assert.Null(Assert.IsType<ServiceGuide>(result.Document).ItemName);
        }

        [Fact]
        public void Left_out_structure_rule_reports_nothing_but_the_value_is_still_not_guessed()
        {
            var validator = new DisclosureValidator(RuleSet.Standard.Without("GD-STR-003"));
            RecordValidation result = validator.ValidateRecord(DocumentKind.CatalogueEntry, Records.Json("{\"levels\":[\"省级\"]}"));

            Assert.DoesNotContain(result.Findings, f => f.RuleId == "GD-STR-003");
            Assert.Empty(Assert.IsType<CatalogueEntry>(result.Document).Levels);
        }
    }
}
