using System.Linq;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation;
using static GovDisclosure.Standard.Tests.Validation.Samples;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// 第二十条第（九）项 采购总金额: the 2019 form (国办公开办函〔2019〕60号) prints no unit, and reports write
    /// "251000元" or "25.1万元". The amount keeps the unit it was written in; none is ever assumed.
    /// </summary>
    public class ProcurementAmountTests
    {
        [Theory]
        [InlineData("\"251000元\"", 251000, "元", 251000)]
        [InlineData("\"25.1万元\"", 25.1, "万元", 251000)]
        [InlineData("\"３，８６０.５万元\"", 3860.5, "万元", 38605000)]
        public void Amount_written_with_its_unit_keeps_that_unit(string written, double amount, string unit, double yuan)
        {
            (RecordValidation result, ReportAmount total) = Bind(written);

            // Read as written; in JSON the published schema's form is the object, so the tool says so (GD-STR-008).
            Assert.Equal("GD-STR-008", Assert.Single(result.Findings).RuleId);
            Assert.Equal(((decimal)amount, unit, (decimal?)yuan), (total.Amount, total.Unit, total.InYuan));
            Assert.Equal(written.Trim('"'), total.Text);
        }

        [Fact]
        public void Bare_number_has_no_unit_and_no_amount_in_yuan_is_assumed()
        {
            (RecordValidation result, ReportAmount total) = Bind("3860.5");

            Assert.Equal("GD-STR-008", Assert.Single(result.Findings).RuleId);
            Assert.Equal((3860.5m, (string?)null, (decimal?)null), (total.Amount, total.Unit, total.InYuan));
        }

        [Fact]
        public void Canonical_json_writes_the_amount_with_its_unit_and_text_and_reads_it_back()
        {
            (_, ReportAmount total) = Bind("\"25.1万元\"");

            JsonNode json = JsonNode.Parse(CanonicalJson.Serialize(Report(total)))!;
            JsonNode written = json["proactiveDisclosure2019"]!["centralisedProcurement"]!["totalAmount"]!;
            Assert.Equal((25.1m, "万元", "25.1万元"), (written["amount"]!.GetValue<decimal>(), written["unit"]!.GetValue<string>(), written["text"]!.GetValue<string>()));
            RecordValidation again = Validator.ValidateRecord(DocumentKind.AnnualReport, Records.Json(json.ToJsonString()));
            Assert.Equal(total, ((AnnualReport)again.Document!).ProactiveDisclosure2019!.CentralisedProcurement!.TotalAmount);
        }

        [Fact]
        public void Text_that_is_not_an_amount_is_reported_at_the_cell()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.AnnualReport, Records.Json(Json("\"约25万\"")));

            Finding finding = Assert.Single(result.Findings, f => f.Location.JsonPointer == "/proactiveDisclosure2019/centralisedProcurement/totalAmount");
            Assert.Equal(FindingSeverity.Error, finding.Severity);
        }

        private static (RecordValidation Result, ReportAmount Total) Bind(string written)
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.AnnualReport, Records.Json(Json(written)));
            return (result, ((AnnualReport)result.Document!).ProactiveDisclosure2019!.CentralisedProcurement!.TotalAmount!);
        }

        private static AnnualReport Report(ReportAmount? amount)
        {
            AnnualReport report = ConsistentReports.Build(Enumerable.Range(1, ConsistentReports.NumbersNeeded).Select(i => i * 7 % 13).ToArray(), AnnualReportFormat.Format2019);
            return report with { ProactiveDisclosure2019 = report.ProactiveDisclosure2019! with { CentralisedProcurement = new ProcurementCounts2019 { ProjectCount = 12, TotalAmount = amount } } };
        }

        private static string Json(string written)
        {
            JsonObject json = JsonNode.Parse(CanonicalJson.Serialize(Report(null)))!.AsObject();
            json["proactiveDisclosure2019"]!["centralisedProcurement"]!["totalAmount"] = JsonNode.Parse(written);
            return json.ToJsonString();
        }
    }
}
