using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// The cross-file series (GD-AR-009 across the files of a run) and the last file of a run: its reports are compared with
    /// the earlier files' reports exactly as added ones are, but nothing of them is kept, since no later file can pair with
    /// them; a run of one file keeps nothing. Structural, never timings.
    /// </summary>
    public class SeriesLastSourceTests
    {
        private static RecordValidation Checked(string file, int year, string agency, int carriedOver, int carriedForward)
        {
            AnnualReport report = ConsistentReports.Build(Enumerable.Range(1, ConsistentReports.NumbersNeeded).ToArray(), AnnualReportFormat.Format2021) with { Year = year, AgencyName = agency };
            report = report with
            {
                Applications = report.Applications! with
                {
                    CarriedOver = report.Applications.CarriedOver! with { NaturalPerson = carriedOver },
                    CarriedForward = report.Applications.CarriedForward! with { NaturalPerson = carriedForward },
                },
            };
            var record = new SourceRecord(1, JsonDocument.Parse("{}").RootElement.Clone(), new SourceLocation { File = file }, new Dictionary<string, SourceLocation>());
            return new RecordValidation(record, report, RecordStatus.Valid, Array.Empty<Finding>());
        }

        private static string[] Continuity(RecordValidation result) =>
            result.Findings.Where(f => f.RuleId == "GD-AR-009").Select(f => f.Location.JsonPointer).ToArray();

        [Fact]
        public void A_report_of_the_last_file_is_compared_with_an_earlier_file_as_an_added_one_is()
        {
            var added = new AnnualReportSeries();
            var compared = new AnnualReportSeries();
            added.Add(Checked("2023.json", 2023, "青山县民政局", 5, 7), "2023.json");
            compared.Add(Checked("2023.json", 2023, "青山县民政局", 5, 7), "2023.json");

            RecordValidation byAdd = added.Add(Checked("2024.json", 2024, "青山县民政局", 9, 3), "2024.json");
            RecordValidation byCompare = compared.Compare(Checked("2024.json", 2024, "青山县民政局", 9, 3), "2024.json");

            Assert.Contains("/applications/carriedOver/naturalPerson", Continuity(byAdd));
            Assert.Equal(
                byAdd.Findings.Select(f => (f.RuleId, f.Location, f.Message.English, string.Join(";", f.RelatedLocations.Select(l => l.ToString())))),
                byCompare.Findings.Select(f => (f.RuleId, f.Location, f.Message.English, string.Join(";", f.RelatedLocations.Select(l => l.ToString())))));
            Assert.Equal(byAdd.Status, byCompare.Status);
        }

        [Fact]
        public void Nothing_of_the_last_file_is_kept()
        {
            var series = new AnnualReportSeries();
            series.Add(Checked("2023.json", 2023, "青山县民政局", 5, 7), "2023.json");

            series.Compare(Checked("all.json", 2024, "青山县民政局", 7, 3), "all.json");
            series.Compare(Checked("all.json", 2024, "青山县财政局", 1, 2), "all.json");

            Assert.Equal(1, series.Agencies);
            Assert.Empty(Continuity(series.Add(Checked("2025.json", 2025, "青山县民政局", 1, 1), "2025.json")));
        }

        [Fact]
        public void A_run_of_one_file_keeps_nothing()
        {
            var series = new AnnualReportSeries();

            foreach (int year in new[] { 2022, 2023, 2024 })
            {
                series.Compare(Checked("all.json", year, "青山县民政局", 5, 5), "all.json");
            }

            Assert.Equal(0, series.Agencies);
        }
    }
}
