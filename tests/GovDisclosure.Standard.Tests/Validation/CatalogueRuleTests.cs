using System.Linq;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;
using static GovDisclosure.Standard.Tests.Validation.Samples;

namespace GovDisclosure.Standard.Tests.Validation
{
    public class CatalogueRuleTests
    {
        [Fact]
        public void Complete_entry_has_no_findings() => Assert.Empty(Ids(Entry()));

        [Fact]
        public void Missing_columns_are_each_reported()
        {
            CatalogueEntry entry = Entry() with { SecondLevelItem = null, Channels = new PublicationChannel[0], Modes = new DisclosureMode[0] };

            Assert.Equal(new[] { "/secondLevelItem", "/channels", "/modes" }, Of(entry, "GD-CAT-001").Select(f => f.Location.JsonPointer));
        }

        [Fact]
        public void An_entry_without_levels_is_complete_because_the_national_minimum_has_no_level_column()
        {
            CatalogueEntry entry = Entry() with { Levels = new AdministrativeLevel[0] };

            Assert.Empty(Of(entry, "GD-CAT-001"));
        }

        [Fact]
        public void A_missing_field_is_named_by_the_header_of_its_column_in_the_standard_table()
        {
            var layout = GovDisclosure.Standard.Input.Tabular.TabularLayout.For(DocumentKind.CatalogueEntry)!;
            RecordValidation result = new DisclosureValidator().ValidateRecord(DocumentKind.CatalogueEntry, Records.Json("{\"firstLevelItem\":\"综合业务\"}"));

            Finding[] missing = result.Findings.Where(f => f.RuleId == "GD-CAT-001" || f.RuleId == "GD-CAT-007").ToArray();
            Assert.Contains(missing, f => f.Location.JsonPointer == "/categories");
            Assert.All(missing, f =>
            {
                string header = layout.Columns.Single(c => c.JsonPointer == f.Location.JsonPointer).Header;
                Assert.Contains("“" + header + "”", f.Message.Chinese);
            });
        }

        [Fact]
        public void Missing_column_that_binding_already_reported_is_not_reported_twice()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.CatalogueEntry, Records.Json(
                "{\"domain\":\"elderlyCareServices\",\"firstLevelItem\":\"a\",\"secondLevelItem\":\"b\",\"contentElements\":[{\"name\":\"文件名称\"}],\"legalBasis\":[\"x\"],\"timeLimit\":\"信息形成之日起20个工作日内\",\"responsibleBody\":\"县级民政部门\",\"channels\":[\"政府网站\"],\"audiences\":[\"全社会\"],\"modes\":[\"主动\"],\"levels\":[\"省级\"],\"categories\":[1]}"));

            Assert.Equal(new[] { "GD-STR-003" }, result.Findings.Select(f => f.RuleId));
        }

        [Fact]
        public void Unreadable_time_limit_is_a_warning_naming_the_clause()
        {
            Finding finding = Assert.Single(Of(Entry() with { TimeLimit = DisclosureTimeLimit.Parse("按上级要求") }, "GD-CAT-003"));
            Assert.Equal(FindingSeverity.Warning, finding.Severity);
            Assert.Equal("按上级要求", finding.Value);
            Assert.Empty(Of(Entry() with { TimeLimit = DisclosureTimeLimit.Parse("实时公开") }, "GD-CAT-003"));
        }

        [Fact]
        public void A_bare_period_is_information_under_its_own_rule_not_an_unreadable_time_limit()
        {
            // Five 市政服务 rows of the national guideline write the time limit as "20个工作日".
            CatalogueEntry entry = Entry() with { TimeLimit = DisclosureTimeLimit.Parse("20个工作日") };

            Assert.Empty(Of(entry, "GD-CAT-003"));
            Finding finding = Assert.Single(Of(entry, "GD-CAT-012"));
            Assert.Equal(FindingSeverity.Information, finding.Severity);
            Assert.Equal("/timeLimit", finding.Location.JsonPointer);
            Assert.Contains("20个工作日", finding.Message.Chinese);
        }

        [Theory]
        [InlineData("即时公开")]
        [InlineData("审批后5个工作日内")]
        [InlineData("备案之日起20个工作日内")]
        public void Immediate_and_named_event_time_limits_are_readable(string wording)
        {
            CatalogueEntry entry = Entry() with { TimeLimit = DisclosureTimeLimit.Parse(wording) };

            Assert.Empty(Of(entry, "GD-CAT-003"));
            Assert.Empty(Of(entry, "GD-CAT-012"));
        }

        [Fact]
        public void Township_body_with_county_levels_only_is_a_warning()
        {
            CatalogueEntry entry = Entry() with { ResponsibleBody = "乡镇人民政府（街道办事处）", Levels = new[] { AdministrativeLevel.County } };

            Finding finding = Assert.Single(Of(entry, "GD-CAT-004"));
            Assert.Equal("/levels", finding.Location.JsonPointer);
            Assert.Contains("乡级", finding.Message.Chinese);
        }

        [Fact]
        public void Levels_that_include_the_bodys_level_are_coherent()
        {
            Assert.Empty(Of(Entry() with { ResponsibleBody = "县级人民政府民政部门、乡镇人民政府（街道办事处）", Levels = new[] { AdministrativeLevel.County, AdministrativeLevel.Township } }, "GD-CAT-004"));
            Assert.Empty(Of(Entry() with { ResponsibleBody = "县级自然资源（城乡规划）主管部门", Levels = new[] { AdministrativeLevel.County } }, "GD-CAT-004"));
        }

        [Fact]
        public void Missing_legal_basis_is_an_error()
        {
            Assert.Single(Of(Entry() with { LegalBasis = new[] { " " } }, "GD-CAT-005"));
            Assert.Empty(Of(Entry(), "GD-CAT-005"));
        }

        [Fact]
        public void Missing_domain_is_a_warning_and_missing_categories_information()
        {
            Assert.Equal(FindingSeverity.Warning, Assert.Single(Of(Entry() with { Domain = null }, "GD-CAT-006")).Severity);
            Assert.Equal(FindingSeverity.Information, Assert.Single(Of(Entry() with { Categories = new DisclosureCategory[0] }, "GD-CAT-007")).Severity);
        }

        [Fact]
        public void Coverage_lists_every_article_20_item_no_entry_serves_for_every_kind_of_agency_as_information()
        {
            var entries = Enumerable.Range(1, 15).Where(n => n != 2 && n != 4).Select(n => Entry() with { Categories = new[] { DisclosureCategory.FromNumber(n) } }).ToArray();

            foreach (AgencyKind kind in AgencyKind.Declared)
            {
                Finding[] items = CatalogueCoverage.Check(kind, entries).Where(f => f.RuleId == "GD-CAT-008").ToArray();
                Assert.Equal(new[] { "2", "4" }, items.Select(f => f.Value));
                Assert.All(items, f => Assert.Equal(FindingSeverity.Information, f.Severity));
            }

            Finding finding = CatalogueCoverage.Check(AgencyKind.GovernmentDepartment, entries).First(f => f.RuleId == "GD-CAT-008");
            Assert.Contains("第二十条第（二）项", finding.Message.Chinese);
        }

        [Fact]
        public void A_department_catalogue_without_development_statistics_is_told_so()
        {
            // Today's behaviour said a department does not owe item 4; Art. 20 says every agency owes it for the information it holds.
            var entries = new[] { Entry() with { Categories = DisclosureCategory.Declared.Where(c => c.Number != 4).ToArray() } };

            Assert.Equal("4", Assert.Single(CatalogueCoverage.Check(AgencyKind.GovernmentDepartment, entries)).Value);
        }

        [Fact]
        public void Complete_coverage_has_no_article_20_findings()
        {
            var entries = new[] { Entry() with { Categories = DisclosureCategory.Declared.ToArray() } };

            Assert.DoesNotContain(CatalogueCoverage.Check(AgencyKind.CityGovernment, entries), f => f.RuleId == "GD-CAT-008");
            Assert.Empty(CatalogueCoverage.Check(AgencyKind.GovernmentDepartment, entries));
        }

        [Fact]
        public void An_empty_catalogue_has_no_coverage_findings()
        {
            Assert.Empty(CatalogueCoverage.Check(AgencyKind.CountyGovernment, new CatalogueEntry[0]));
        }

        [Fact]
        public void A_county_catalogue_of_all_26_domains_covers_every_article_21_area()
        {
            Assert.DoesNotContain(CatalogueCoverage.Check(AgencyKind.CountyGovernment, StandardCatalogue.All), f => f.RuleId == "GD-CAT-010");
            Assert.DoesNotContain(CatalogueCoverage.Check(AgencyKind.CityGovernment, StandardCatalogue.All), f => f.RuleId == "GD-CAT-010");
        }

        [Fact]
        public void A_county_catalogue_of_elderly_care_only_misses_the_article_21_areas_it_does_not_touch()
        {
            Finding[] areas = CatalogueCoverage.Check(AgencyKind.CountyGovernment, StandardCatalogue.For(PilotDomain.ElderlyCareServices))
                .Where(f => f.RuleId == "GD-CAT-010").ToArray();

            Assert.Equal(new[] { "municipalConstruction", "landExpropriation", "housingExpropriation", "publicOrder", "socialAssistance" }, areas.Select(f => f.Value));
            Assert.All(areas, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
            Assert.Contains("第二十一条", areas[0].Message.Chinese);
        }

        [Fact]
        public void A_township_catalogue_is_held_to_the_township_areas_of_article_21()
        {
            var entries = new[]
            {
                Entry() with { Domain = PilotDomain.SocialAssistance },
                Entry() with { Domain = PilotDomain.AgricultureRelatedSubsidies },
                Entry() with { Domain = PilotDomain.RuralCollectiveLandExpropriation },
                Entry() with { FirstLevelItem = "农村宅基地审批", SecondLevelItem = "审批结果" },
                Entry() with { FirstLevelItem = "村级公益事业一事一议筹资筹劳" },
            };

            Assert.Equal(
                new[] { "housingExpropriation", "farmlandWaterWorks", "ruralLandTransfer" },
                CatalogueCoverage.Check(AgencyKind.TownshipGovernment, entries).Where(f => f.RuleId == "GD-CAT-010").Select(f => f.Value));
        }

        [Fact]
        public void Department_and_sub_district_catalogues_are_not_held_to_article_21_areas()
        {
            var entries = new[] { Entry() with { Domain = PilotDomain.ElderlyCareServices } };

            Assert.DoesNotContain(CatalogueCoverage.Check(AgencyKind.GovernmentDepartment, entries), f => f.RuleId == "GD-CAT-010");
            Assert.DoesNotContain(CatalogueCoverage.Check(AgencyKind.SubdistrictOffice, entries), f => f.RuleId == "GD-CAT-010");
        }

        [Fact]
        public void The_platform_column_items_are_reported_only_in_the_opt_in_set()
        {
            var entries = new[] { Entry() with { Categories = new[] { DisclosureCategory.FromNumber(2), DisclosureCategory.FromNumber(5) } } };

            Assert.DoesNotContain(CatalogueCoverage.Check(AgencyKind.GovernmentDepartment, entries), f => f.RuleId == "GD-CAT-011");
            Finding[] column = CatalogueCoverage.Check(AgencyKind.GovernmentDepartment, entries, RuleSet.PlatformColumn).Where(f => f.RuleId == "GD-CAT-011").ToArray();
            Assert.Equal(new[] { "1", "6", "7", "8", "9", "10", "14", "15" }, column.Select(f => f.Value));
            Assert.All(column, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
            Assert.Equal(13, CatalogueCoverage.Check(AgencyKind.CountyGovernment, entries, RuleSet.PlatformColumn).Count(f => f.RuleId == "GD-CAT-011"));
        }

        [Fact]
        public void Coverage_findings_follow_the_rule_set()
        {
            var entries = new[] { Entry() with { Domain = PilotDomain.ElderlyCareServices, Categories = new DisclosureCategory[0] } };

            Assert.DoesNotContain(CatalogueCoverage.Check(AgencyKind.CountyGovernment, entries, RuleSet.Standard.Without("GD-CAT-010")), f => f.RuleId == "GD-CAT-010");
            Assert.All(
                CatalogueCoverage.Check(AgencyKind.CountyGovernment, entries, RuleSet.Strict).Where(f => f.RuleId == "GD-CAT-010"),
                f => Assert.Equal(FindingSeverity.Error, f.Severity));
        }

        [Fact]
        public void Uncertain_responsible_body_and_content_elements_are_reported_with_their_span()
        {
            CatalogueEntry entry = Entry() with
            {
                ResponsibleBody = "县民政局及有关部门",
                ContentElements = new[] { new ContentElement("救助对象名单"), new ContentElement("其他相关文件") },
            };

            Finding[] findings = Of(entry, "GD-CAT-009").ToArray();

            Assert.Equal(new[] { "/responsibleBody", "/contentElements/1/name" }, findings.Select(f => f.Location.JsonPointer));
            Assert.Equal(("有关部门", 5, 4), (findings[0].Value, findings[0].SpanStart, findings[0].SpanLength));
            Assert.Equal(0, findings[1].SpanStart);
        }

        [Fact]
        public void Proper_names_and_titles_in_content_elements_are_not_uncertain_wording()
        {
            CatalogueEntry entry = Entry() with
            {
                ResponsibleBody = "县级人民政府民政部门",
                ContentElements = new[] { new ContentElement("《关于其他相关事项的通知》"), new ContentElement("其他对外管理服务事项办理结果") },
            };

            Assert.Empty(Of(entry, "GD-CAT-009"));
        }

        [Fact]
        public void Uncertain_wording_in_a_catalogue_entry_is_information_not_a_warning()
        {
            CatalogueEntry entry = Entry() with { ResponsibleBody = "县民政局及有关部门" };

            Assert.Equal(FindingSeverity.Information, Assert.Single(Of(entry, "GD-CAT-009")).Severity);
        }

        [Fact]
        public void Wording_the_built_in_catalogue_of_the_same_domain_uses_verbatim_is_not_reported()
        {
            (PilotDomain domain, string? body) = PilotDomain.Declared
                .SelectMany(d => StandardCatalogue.For(d).Select(e => (Domain: d, Body: e.ResponsibleBody)))
                .First(p => GovDisclosure.Standard.Text.VagueWording.Default.Find(p.Body).Count > 0)!;
            PilotDomain other = PilotDomain.Declared.First(d => d != domain && StandardCatalogue.For(d).All(e => e.ResponsibleBody != body));

            Assert.Empty(Of(Entry() with { Domain = domain, ResponsibleBody = body }, "GD-CAT-009"));
            Assert.NotEmpty(Of(Entry() with { Domain = other, ResponsibleBody = body }, "GD-CAT-009"));
        }

        [Fact]
        public void Rules_of_a_named_law_and_the_other_spelling_of_a_proper_name_are_not_uncertain_wording()
        {
            CatalogueEntry entry = Entry() with
            {
                ResponsibleBody = "县级人民政府民政部门",
                ContentElements = new[] { new ContentElement("依据《城镇燃气管理条例》有关规定作出的决定"), new ContentElement("其它对外管理服务事项") },
            };

            Assert.Empty(Of(entry, "GD-CAT-009"));
        }
    }
}
