using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.Cli.Output;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Cli.Tests
{
    public class HtmlReportWriterTests
    {
        [Fact]
        public void Only_the_findings_the_page_shows_are_spilled_to_disk_and_the_rest_are_counted()
        {
            int total = HtmlReportWriter.MaxRows + 5000;
            RuleDescriptor rule = RuleRegistry.All.First(r => r.Id == "GD-CAT-003");
            JsonElement content = JsonDocument.Parse("{}").RootElement;
            var run = new ReportRun(new DisclosureValidator().RunInfo, RuleRegistry.All, "en", FindingSeverity.Error, DateTimeOffset.Now);
            var file = new ReportFile("big.jsonl");
            var summary = new ValidationSummary();
            var output = new MemoryStream();
            using (var writer = new HtmlReportWriter(output, false))
            {
                writer.Begin(run);
                writer.FileStarted(file);
                for (int i = 1; i <= total; i++)
                {
                    var origin = new SourceLocation { File = file.Path, Line = i, Column = 1, RecordNumber = i };
                    var finding = new Finding(rule.Id, rule.Severity, rule.Category, origin with { JsonPointer = "/responsibleBody" }, new BilingualText("含糊", "vague"));
                    var result = new RecordValidation(new SourceRecord(i, content, origin), null, RecordStatus.WithFindings, new[] { finding });
                    summary.Add(result);
                    writer.Record(file, result);
                    Assert.True(writer.SpilledRows <= HtmlReportWriter.MaxRows, $"{writer.SpilledRows} rows spilled after {i} findings");
                }

                writer.FileEnded(file);
                writer.End(summary, 1);
            }

            string html = Encoding.UTF8.GetString(output.ToArray());
            Assert.Equal(HtmlReportWriter.MaxRows, Regex.Matches(html, "<tr data-severity=").Count);
            Assert.Contains("5,000 more findings are not shown", html);
            Assert.Contains("<td id=\"count-warnings\">" + total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "</td>", html);
        }

        [Fact]
        public void Related_locations_of_a_finding_are_shown_beside_its_message()
        {
            RuleDescriptor rule = RuleRegistry.All.First(r => r.Id == "GD-AR-002");
            var run = new ReportRun(new DisclosureValidator().RunInfo, RuleRegistry.All, "en", FindingSeverity.Error, DateTimeOffset.Now);
            var file = new ReportFile("report.json");
            var origin = new SourceLocation { File = file.Path, Line = 1, Column = 1, RecordNumber = 1 };
            var finding = new Finding(rule.Id, rule.Severity, rule.Category, origin with { JsonPointer = "/reviewAndLitigation" }, new BilingualText("空白", "blank"))
            {
                RelatedLocations = new[] { origin with { JsonPointer = "/reviewAndLitigation/administrativeReconsideration/upheld" }, origin with { JsonPointer = "/reviewAndLitigation/administrativeReconsideration/total" } },
            };
            var result = new RecordValidation(new SourceRecord(1, JsonDocument.Parse("{}").RootElement, origin), null, RecordStatus.WithFindings, new[] { finding });
            var summary = new ValidationSummary();
            summary.Add(result);
            var output = new MemoryStream();
            using (var writer = new HtmlReportWriter(output, false))
            {
                writer.Begin(run);
                writer.FileStarted(file);
                writer.Record(file, result);
                writer.FileEnded(file);
                writer.End(summary, 0);
            }

            string html = Encoding.UTF8.GetString(output.ToArray());
            Assert.Contains("Related locations: <code>/reviewAndLitigation/administrativeReconsideration/upheld /reviewAndLitigation/administrativeReconsideration/total</code>", html);
        }
    }
}
