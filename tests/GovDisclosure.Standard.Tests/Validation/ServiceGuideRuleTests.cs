using System.Linq;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;
using static GovDisclosure.Standard.Tests.Validation.Samples;

namespace GovDisclosure.Standard.Tests.Validation
{
    public class ServiceGuideRuleTests
    {
        [Fact]
        public void Complete_guide_has_no_findings() => Assert.Empty(Ids(Guide()));

        [Fact]
        public void Missing_elements_are_each_reported_at_their_pointer()
        {
            ServiceGuide guide = Guide() with { HandlingPlace = " ", Materials = new ServiceMaterial[0], IsCharged = null };

            Assert.Equal(new[] { "/materials", "/handlingPlace", "/fees" }, Of(guide, "GD-SG-001").Select(f => f.Location.JsonPointer));
        }

        [Fact]
        public void Free_service_needs_no_fee_list_but_a_charged_one_does()
        {
            Assert.Empty(Of(Guide() with { IsCharged = false }, "GD-SG-001"));
            Assert.Single(Of(Guide() with { IsCharged = true }, "GD-SG-001"), f => f.Location.JsonPointer == "/fees");
        }

        [Fact]
        public void Placeholder_element_is_reported_as_saying_nothing()
        {
            Finding finding = Assert.Single(Of(Guide() with { HandlingPlace = "详见附件" }, "GD-SG-002"));
            Assert.Equal("/handlingPlace", finding.Location.JsonPointer);
            Assert.Contains("详见附件", finding.Message.Chinese);
            Assert.Single(Of(Guide() with { Procedure = "／" }, "GD-SG-002"));
        }

        [Fact]
        public void Uncertain_wording_in_materials_is_reported_with_its_exact_span()
        {
            ServiceGuide guide = Guide() with
            {
                Materials = new[] { new ServiceMaterial { Name = "户口簿" }, new ServiceMaterial { Name = "户口簿及其他相关材料" } },
            };

            Finding finding = Assert.Single(Of(guide, "GD-SG-003"));
            Assert.Equal("/materials/1/name", finding.Location.JsonPointer);
            Assert.Equal("其他相关材料", finding.Value);
            Assert.Equal(4, finding.SpanStart);
            Assert.Equal(6, finding.SpanLength);
        }

        [Fact]
        public void Uncertain_wording_in_conditions_and_handling_body_is_reported()
        {
            ServiceGuide guide = Guide() with { Conditions = "符合有关规定的", HandlingBody = "县民政局会同相关部门" };

            Assert.Equal(new[] { ("/conditions", "有关规定"), ("/handlingBody", "相关部门") }, Of(guide, "GD-SG-003").Select(f => (f.Location.JsonPointer, f.Value!)));
        }

        [Fact]
        public void Proper_names_and_document_titles_are_not_uncertain_wording()
        {
            ServiceGuide guide = Guide() with
            {
                Conditions = "属于其他对外管理服务事项的，依照《民政部关于贯彻落实有关规定的通知》办理；申请人为法人或者其他组织的，提交营业执照。",
                HandlingBody = "其他行政机关委托的县民政局",
            };

            Assert.Empty(Of(guide, "GD-SG-003"));
        }

        [Fact]
        public void Charged_fee_without_a_basis_is_reported_and_a_zero_fee_is_not()
        {
            ServiceGuide charged = Guide() with { IsCharged = true, Fees = new[] { new ServiceFee { Item = "工本费", Standard = "每本10元" } } };
            ServiceGuide zero = Guide() with { IsCharged = true, Fees = new[] { new ServiceFee { Item = "工本费", Standard = "免费" } } };
            ServiceGuide based = Guide() with { IsCharged = true, Fees = new[] { new ServiceFee { Item = "工本费", Standard = "每本10元", Basis = "发改价格〔2017〕1186号" } } };

            Finding finding = Assert.Single(Of(charged, "GD-SG-004"));
            Assert.Equal("/fees/0/basis", finding.Location.JsonPointer);
            Assert.Contains("工本费", finding.Message.Chinese);
            Assert.Empty(Of(zero, "GD-SG-004"));
            Assert.Empty(Of(based, "GD-SG-004"));
        }

        [Theory]
        [InlineData("023-12345678")]
        [InlineData("(0831)1234567")]
        [InlineData("（０８３１）１２３４５６７")]
        [InlineData("13812345678")]
        [InlineData("12345")]
        [InlineData("400-123-4567")]
        [InlineData("咨询电话：023-12345678；投诉电话：12345")]
        [InlineData("023-12345678、023-87654321")]
        [InlineData("023-12345678 023-87654321")]
        [InlineData("010-12345678转8001（工作日）")]
        public void Plausible_phone_numbers_are_accepted(string phone) => Assert.Empty(Of(Guide() with { ContactPhone = phone }, "GD-SG-005"));

        [Theory]
        [InlineData("1234567", "1234567")]
        [InlineData("见窗口公示", "见窗口公示")]
        [InlineData("023-12345678，2345", "2345")]
        [InlineData("1381234567", "1381234567")]
        public void Implausible_phone_numbers_are_reported_with_their_span(string phone, string bad)
        {
            Finding finding = Assert.Single(Of(Guide() with { ContactPhone = phone }, "GD-SG-005"));
            Assert.Equal(bad, finding.Value);
            Assert.Equal(phone.LastIndexOf(bad, System.StringComparison.Ordinal), finding.SpanStart);
        }

        [Fact]
        public void Promised_time_limit_longer_than_the_legal_one_is_reported()
        {
            Finding finding = Assert.Single(Of(Guide() with { LegalTimeLimit = TimePeriod.WorkingDays(20), PromisedTimeLimit = TimePeriod.WorkingDays(25) }, "GD-SG-006"));
            Assert.Equal("/promisedTimeLimit", finding.Location.JsonPointer);
            Assert.Empty(Of(Guide() with { LegalTimeLimit = TimePeriod.WorkingDays(20), PromisedTimeLimit = TimePeriod.WorkingDays(20) }, "GD-SG-006"));
        }

        [Fact]
        public void Mixed_units_are_compared_on_the_calendar()
        {
            // 10 working days span at least 14 calendar days, so a promise of 10 working days can outrun a legal 10 calendar days.
            Finding finding = Assert.Single(Of(Guide() with { LegalTimeLimit = TimePeriod.CalendarDays(10), PromisedTimeLimit = TimePeriod.WorkingDays(10) }, "GD-SG-006"));
            Assert.Contains("2020-", finding.Message.Chinese);

            // 5 calendar days never hold more than 5 working days.
            Assert.Empty(Of(Guide() with { LegalTimeLimit = TimePeriod.WorkingDays(5), PromisedTimeLimit = TimePeriod.CalendarDays(5) }, "GD-SG-006"));

            // 60 calendar days always hold more than 20 working days.
            Assert.Empty(Of(Guide() with { LegalTimeLimit = TimePeriod.CalendarDays(60), PromisedTimeLimit = TimePeriod.WorkingDays(20) }, "GD-SG-006"));
        }

        [Fact]
        public void Mixed_unit_comparisons_remember_a_bounded_number_of_pairs()
        {
            WorkingDayCalendar calendar = WorkingDayCalendar.China.With(WorkingDayCalendar.China.Years.First());
            var validator = new DisclosureValidator(calendar: calendar);

            for (int legal = 1; legal <= 90; legal++)
            {
                for (int promised = 1; promised <= 60; promised++)
                {
                    validator.Validate(Guide() with { LegalTimeLimit = TimePeriod.CalendarDays(legal), PromisedTimeLimit = TimePeriod.WorkingDays(promised) });
                }
            }

            int remembered = GovDisclosure.Standard.Validation.ServiceGuides.PromisedTimeLimitRule.CachedPairs(calendar);
            Assert.InRange(remembered, 1, 4096);
        }

        [Fact]
        public void Materials_written_in_json_as_one_text_are_read_as_the_list_they_are_and_checked_item_by_item()
        {
            System.Text.Json.Nodes.JsonObject json = System.Text.Json.Nodes.JsonNode.Parse(GovDisclosure.Standard.Json.CanonicalJson.Serialize(Guide()))!.AsObject();
            json["materials"] = "身份证原件；户口簿；其他相关材料";

            RecordValidation result = Validator.ValidateRecord(DocumentKind.ServiceGuide, Records.Json(json.ToJsonString()));

            Assert.Equal(new[] { "身份证原件", "户口簿", "其他相关材料" }, ((ServiceGuide)result.Document!).Materials.Select(m => m.Name));
            Finding form = Assert.Single(result.Findings, f => f.RuleId == "GD-STR-008");
            Assert.Equal(("/materials", FindingSeverity.Warning), (form.Location.JsonPointer, form.Severity));
            Finding vague = Assert.Single(result.Findings, f => f.RuleId == "GD-SG-003");
            Assert.Equal(("/materials/2/name", "其他相关材料"), (vague.Location.JsonPointer, vague.Value));
            Assert.DoesNotContain(result.Findings, f => f.Severity == FindingSeverity.Error);
        }
    }
}
