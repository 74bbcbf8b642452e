using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// GD-AR-018/019 over a batch in which reports repeat and years mix (<see cref="AnnualReportRegions"/>): a report is
    /// kept once by its year and folded name, and the years do not meet — the batch's findings are the findings of each
    /// year's reports alone, each report once. The reports are SYNTHETIC: the published 淮安市 2024 report made a summary
    /// of three units, and three members, of two years, some cells of each member set at random. Structural, never timings.
    /// </summary>
    public class RegionBatchYearsTests
    {
        private static readonly string[] MemberNames = { "淮安市财政局", "淮安市公安局", "淮安市洪泽区人民政府" };

        private static readonly int[] Years = { 2023, 2024 };

        /// <summary>The cells a member's random values go to (of tables 三 and 四, each in the published report).</summary>
        private static readonly string[][] Cells =
        {
            new[] { "applications", "newlyReceived", "total" },
            new[] { "applications", "carriedOver", "total" },
            new[] { "reviewAndLitigation", "administrativeReconsideration", "upheld" },
        };

        private static readonly Lazy<JsonObject> Summary = new Lazy<JsonObject>(() =>
        {
            string path = RepositoryFiles.PathOf("tests", "RealDocuments", "annual-reports", "huaian-city-2024.json");
            var summary = (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;
            summary["overallSituation"] = "本报告汇总市政府各部门、各县区共3个单位的政府信息公开工作年度报告编制而成。" + summary["overallSituation"]!.GetValue<string>();
            return summary;
        });

        [Property(MaxTest = 60)]
        public Property A_batchs_findings_are_each_years_reports_alone_each_once()
        {
            // A pick: which report (0 the summary, 1–3 the members), of which year; a member's three cells' values.
            Gen<(int Report, int Year)> pick = Gen.Zip(Gen.Choose(0, MemberNames.Length), Gen.Elements(Years));
            Gen<int[]> values = Gen.ArrayOf(Gen.Choose(0, 3000), Cells.Length);
            Gen<((int Report, int Year)[] Picks, int[][] Values)> batch = Gen.Zip(
                Gen.NonEmptyListOf(pick).Select(p => p.ToArray()),
                Gen.ArrayOf(values, MemberNames.Length * Years.Length));
            return Prop.ForAll(batch.ToArbitrary(), b =>
            {
                AnnualReport[,] reports = Reports(b.Values);
                var all = b.Picks.Select(p => reports[p.Year - Years[0], p.Report]).ToList();

                // Each year alone, each report once (its first time in the batch).
                IEnumerable<string> alone = Years.SelectMany(year => FindingsOf(b.Picks.Where(p => p.Year == year).Distinct().Select(p => reports[year - Years[0], p.Report]).ToList()));

                return FindingsOf(all).OrderBy(f => f, StringComparer.Ordinal).SequenceEqual(alone.OrderBy(f => f, StringComparer.Ordinal))
                    .Label(string.Join(", ", b.Picks.Select(p => p.Year + "/" + p.Report)));
            });
        }

        [Fact]
        public void A_summary_and_its_members_of_two_years_give_each_years_findings()
        {
            AnnualReport[,] reports = Reports(Enumerable.Repeat(new[] { 2000, 40, 1 }, MemberNames.Length * Years.Length).ToArray());
            var batch = new List<AnnualReport>();
            foreach (int year in Years)
            {
                for (int r = 0; r <= MemberNames.Length; r++)
                {
                    batch.Add(reports[year - Years[0], r]);
                }
            }

            List<string> findings = FindingsOf(batch);

            // Each year's summary is below its members' sum in the cells set: the same findings, once a year.
            Assert.NotEmpty(findings);
            Assert.Equal(findings.Count / 2, findings.Count(f => f.Contains("report-2023-", StringComparison.Ordinal)));
            Assert.Contains(findings, f => f.StartsWith("GD-AR-018|report-2024-淮安市人民政府.json|/applications/newlyReceived/total|", StringComparison.Ordinal));
        }

        /// <summary>The findings of <see cref="AnnualReportRegions"/> over <paramref name="batch"/>, added in order, each as a line of what it says and where.</summary>
        private static List<string> FindingsOf(IReadOnlyList<AnnualReport> batch)
        {
            var regions = new AnnualReportRegions();
            for (int i = 0; i < batch.Count; i++)
            {
                AnnualReport report = batch[i];
                string file = "report-" + report.Year + "-" + report.AgencyName + ".json";
                var origin = new SourceLocation { File = file, Line = 1, Column = 1, RecordNumber = i + 1 };
                JsonElement content = JsonDocument.Parse(CanonicalJson.Serialize(report)).RootElement;
                regions.Add(new RecordValidation(new SourceRecord(i + 1, content, origin), report, RecordStatus.Valid, Array.Empty<Finding>()), file);
            }

            return regions.Findings().Select(f => string.Join(
                "|",
                f.RuleId,
                f.Location.File,
                f.Location.JsonPointer,
                f.MessageId,
                string.Join(";", f.Arguments.Select(a => a.Name + "=" + a.Value.Chinese + "/" + a.Value.English)),
                string.Join(";", f.RelatedLocations.Select(l => l.File).OrderBy(n => n, StringComparer.Ordinal)))).ToList();
        }

        /// <summary>The summary (index 0) and the members (1–3) of each year (by year's index), a member's cells of <see cref="Cells"/> set to its values.</summary>
        private static AnnualReport[,] Reports(int[][] values)
        {
            var reports = new AnnualReport[Years.Length, MemberNames.Length + 1];
            for (int y = 0; y < Years.Length; y++)
            {
                var summary = (JsonObject)Summary.Value.DeepClone();
                summary["year"] = Years[y];
                reports[y, 0] = CanonicalJson.Deserialize<AnnualReport>(summary.ToJsonString());
                for (int m = 0; m < MemberNames.Length; m++)
                {
                    var member = (JsonObject)summary.DeepClone();
                    member["agencyName"] = MemberNames[m];
                    member["agencyKind"] = m == 2 ? "countyGovernment" : "governmentDepartment";
                    member["overallSituation"] = "（合成的所属机关报告，仅供测试。）";
                    int[] cells = values[(y * MemberNames.Length) + m];
                    for (int c = 0; c < Cells.Length; c++)
                    {
                        member[Cells[c][0]]![Cells[c][1]]![Cells[c][2]] = cells[c];
                    }

                    reports[y, m + 1] = CanonicalJson.Deserialize<AnnualReport>(member.ToJsonString());
                }
            }

            return reports;
        }
    }
}
