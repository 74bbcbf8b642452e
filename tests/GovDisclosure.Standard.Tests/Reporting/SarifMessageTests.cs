using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>SARIF results carry message ids and arguments that the rules' messageStrings turn back into the message text.</summary>
    public sealed class SarifMessageTests
    {
        public static IEnumerable<object[]> Inputs() => ReportRuns.Inputs();

        [Theory]
        [MemberData(nameof(Inputs))]
        public void Every_result_message_is_its_rules_message_string_filled_with_its_arguments(string relativePath)
        {
            foreach (string language in new[] { "zh", "en" })
            {
                JsonNode run = JsonNode.Parse(ReportRuns.Report(ReportFormat.Sarif, relativePath, language: language))!["runs"]![0]!;
                JsonArray rules = run["tool"]!["driver"]!["rules"]!.AsArray();
                foreach (JsonObject result in run["results"]!.AsArray().Select(r => r!.AsObject()))
                {
                    JsonObject message = result["message"]!.AsObject();
                    if (message["id"] is null)
                    {
                        continue;
                    }

                    JsonObject rule = rules[(int)result["ruleIndex"]!]!.AsObject();
                    string template = (string)rule["messageStrings"]![(string)message["id"]!]!["text"]!;
                    string[] arguments = message["arguments"]!.AsArray().Select(a => (string)a!).ToArray();

                    Assert.Equal((string)message["text"]!, Fill(template, arguments));
                }
            }
        }

        [Fact]
        public void Every_rule_has_its_descriptions_help_uri_and_message_strings_from_its_descriptor()
        {
            JsonNode run = JsonNode.Parse(ReportRuns.Report(ReportFormat.Sarif, "samples/data/service-guides-mistakes.json", language: "en"))!["runs"]![0]!;
            foreach (JsonObject rule in run["tool"]!["driver"]!["rules"]!.AsArray().Select(r => r!.AsObject()))
            {
                RuleDescriptor descriptor = RuleRegistry.Find((string)rule["id"]!)!;

                Assert.Equal(descriptor.Title.English, (string)rule["shortDescription"]!["text"]!);
                Assert.Equal(descriptor.Description.English, (string)rule["fullDescription"]!["text"]!);
                Assert.Equal(descriptor.HelpUri!.AbsoluteUri, (string)rule["helpUri"]!);
                Assert.Equal(descriptor.Messages.Select(m => m.Id), rule["messageStrings"]?.AsObject().Select(p => p.Key) ?? Enumerable.Empty<string>());
            }
        }

        [Fact]
        public void A_result_of_a_templated_rule_has_a_message_id()
        {
            JsonNode run = JsonNode.Parse(ReportRuns.Report(ReportFormat.Sarif, "samples/data/service-guides-mistakes.json"))!["runs"]![0]!;

            Assert.Contains(run["results"]!.AsArray(), r => (string)r!["ruleId"]! == "GD-SG-003" && (string)r["message"]!["id"]! == "default" && r["message"]!["arguments"]!.AsArray().Count == 4);
        }

        /// <summary>SARIF's rule (§3.11.5): {n} is the n-th argument, {{ and }} are literal braces.</summary>
        private static string Fill(string template, string[] arguments) =>
            Regex.Replace(template, @"\{\{|\}\}|\{(\d+)\}", m => m.Value == "{{" ? "{" : m.Value == "}}" ? "}" : arguments[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
    }
}
