using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>
    /// Making annual-report validation faster must not change one finding: the JSON report of a file of annual reports
    /// with mistakes (generated reports, the samples and the bundled real reports; AnnualReportGolden/make-input.sh) is
    /// compared with the report main wrote before the speed work, finding by finding (ids, pointers, lines, columns,
    /// values, messages), on one thread and on several.
    /// </summary>
    public class AnnualReportGoldenTests
    {
        private static readonly string Folder = Path.Combine(Tool.Root, "tests", "GovDisclosure.Standard.Cli.Tests", "AnnualReportGolden");

        private static readonly string GoldenFile = Path.Combine(Folder, "annual-reports.golden.jsonl");

        [Theory]
        [InlineData("1")]
        [InlineData("4")]
        public void Annual_reports_with_mistakes_give_the_findings_of_the_golden_report(string threads)
        {
            using var temp = new TempFolder();
            string output = temp.File("report.json");

            Tool.Result result = Tool.RunIn(Folder, "validate", "annual-reports.jsonl", "--format", "json", "--lang", "en", "--parallel", threads, "--output", output);

            Assert.True(result.ExitCode == 1, result.ToString());
            JsonNode report = JsonNode.Parse(File.ReadAllText(output, Encoding.UTF8))!;
            List<JsonNode> actual = report["findings"]!.AsArray().Select(f => f!).ToList();
            actual.Add(new JsonObject
            {
                ["files"] = report["files"]!.DeepClone(),
                ["summary"] = report["summary"]!.DeepClone(),
                ["exitCode"] = report["exitCode"]!.DeepClone(),
            });
            if (Environment.GetEnvironmentVariable("GOVDISCLOSURE_APPROVE") == "1" && threads == "1")
            {
                File.WriteAllLines(GoldenFile, actual.Select(n => n.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })), new UTF8Encoding(false));
            }

            JsonNode[] golden = File.ReadLines(GoldenFile, Encoding.UTF8).Select(line => JsonNode.Parse(line)!).ToArray();
            for (int i = 0; i < Math.Min(golden.Length, actual.Count); i++)
            {
                Assert.True(JsonNode.DeepEquals(golden[i], actual[i]), $"line {i + 1} of the golden report differs:\nexpected {golden[i].ToJsonString()}\nactual   {actual[i].ToJsonString()}");
            }

            Assert.Equal(golden.Length, actual.Count);
        }
    }
}
