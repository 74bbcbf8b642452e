using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>
    /// Official annual reports leave cells blank where the value is 0, and neither form
    /// (国办公开办函〔2019〕60号, 〔2021〕30号) forbids it: such a report passes, and its blanks are one
    /// warning per table whose related locations list every blank cell.
    /// </summary>
    public class AnnualReportBlankCellTests
    {
        [Fact]
        public void A_consistent_report_with_blank_cells_passes_and_every_writer_lists_the_blanks_as_related_locations()
        {
            using var temp = new TempFolder();
            string input = temp.File("report-with-blanks.json");
            File.WriteAllText(input, ReportWithBlanks());
            string sarifPath = temp.File("results.sarif");

            Tool.Result text = Tool.Run("validate", input, "--lang", "en");
            Tool.Result sarif = Tool.Run("validate", input, "--format", "sarif", "--output", sarifPath, "--lang", "en");
            (Tool.Result json, JsonElement report) = Tool.ValidateJson(input);

            Assert.True(text.ExitCode == 0, text.ToString());
            Assert.True(sarif.ExitCode == 0, sarif.ToString());
            Assert.True(json.ExitCode == 0, json.ToString());
            Assert.Contains("related: ", text.Stdout);
            Assert.Contains("/applications/carriedOver/naturalPerson", text.Stdout);

            JsonElement[] findings = report.GetProperty("findings").EnumerateArray().ToArray();
            Assert.All(findings, f => Assert.Equal("warning", f.GetProperty("severity").GetString()));
            JsonElement table3 = findings.Single(f => f.GetProperty("location").GetProperty("jsonPointer").GetString() == "/applications");
            Assert.Contains(table3.GetProperty("relatedLocations").EnumerateArray(), l => l.GetProperty("jsonPointer").GetString() == "/applications/outcomes/withheld/stateSecret/total");

            using JsonDocument log = JsonDocument.Parse(File.ReadAllText(sarifPath));
            JsonElement[] results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
            JsonElement blanks = results.Single(r => r.GetProperty("properties").GetProperty("jsonPointer").GetString() == "/reviewAndLitigation");
            Assert.Equal(("GD-AR-002", "warning"), (blanks.GetProperty("ruleId").GetString(), blanks.GetProperty("level").GetString()));
            JsonElement[] related = blanks.GetProperty("relatedLocations").EnumerateArray().ToArray();
            Assert.Equal(15, related.Length);
            Assert.Equal(Enumerable.Range(0, 15), related.Select(r => r.GetProperty("id").GetInt32()));
            Assert.Equal("/reviewAndLitigation/administrativeReconsideration/upheld", related[0].GetProperty("logicalLocations")[0].GetProperty("name").GetString());
        }

        /// <summary>
        /// A 2021-format report of a county government that received three applications from natural persons,
        /// disclosed two and carried one forward, with every other cell left blank as published reports do.
        /// </summary>
        private static string ReportWithBlanks()
        {
            JsonObject Row(int? natural = null) => natural is null ? new JsonObject() : new JsonObject { ["naturalPerson"] = natural, ["total"] = natural };
            JsonObject Blank(params string[] keys) => new JsonObject(keys.Select(k => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(k, Row())));
            var remedies = new JsonObject { ["administrativeReconsideration"] = new JsonObject(), ["litigationWithoutReconsideration"] = new JsonObject(), ["litigationAfterReconsideration"] = new JsonObject() };
            var report = new JsonObject
            {
                ["year"] = 2021,
                ["format"] = "format2021",
                ["agencyName"] = "青山县人民政府",
                ["agencyKind"] = "countyGovernment",
                ["publishedOn"] = "2022-01-20",
                ["overallSituation"] = "2021年，青山县人民政府依法主动公开政府信息，办理政府信息公开申请。",
                ["proactiveDisclosure2021"] = new JsonObject
                {
                    ["rules"] = new JsonObject(),
                    ["normativeDocuments"] = new JsonObject { ["issued"] = 2, ["inForce"] = 9 },
                    ["licensingDecisions"] = 14,
                },
                ["applications"] = new JsonObject
                {
                    ["newlyReceived"] = Row(3),
                    ["carriedOver"] = Row(),
                    ["outcomes"] = new JsonObject
                    {
                        ["disclosed"] = Row(2),
                        ["partiallyDisclosed"] = Row(),
                        ["withheld"] = Blank("stateSecret", "prohibitedByLaw", "endangersSecurityOrStability", "thirdPartyInterests", "internalAffairs", "processInformation", "enforcementCaseFiles", "administrativeQuery"),
                        ["unableToProvide"] = Blank("notHeld", "needsCreation", "unclearAfterCorrection"),
                        ["notProcessed"] = Blank("petitionOrComplaint", "repeatedApplication", "publicationRequested", "unreasonableMassRequests", "confirmationOrReissue"),
                        ["otherProcessing"] = Blank("overdueCorrection", "overdueFee", "other"),
                        ["total"] = Row(2),
                    },
                    ["carriedForward"] = Row(1),
                },
                ["reviewAndLitigation"] = remedies,
                ["problemsAndImprovements"] = "公开内容仍需丰富，政策解读形式较为单一；下一步将丰富解读形式，加强栏目内容更新。",
                ["otherMatters"] = "本年度未收取信息处理费。",
            };
            return report.ToJsonString();
        }
    }
}
