using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>The review sheet of a folder of annual reports: one row per report, written as CSV and XLSX, built on a validation run.</summary>
    public class ReviewSheetTests
    {
        private static readonly string Folder = RepositoryFiles.PathOf("tests", "RealDocuments", "annual-reports");
        private static readonly string Pages = RepositoryFiles.PathOf("tests", "RealDocuments", "annual-reports", "pages");

        [Fact]
        public void A_folder_of_transcribed_reports_gives_one_row_per_report_with_its_agency_year_and_form()
        {
            ReviewSheet sheet = Run(ValidationSource.FromFolder(Folder));

            Assert.Equal(Directory.GetFiles(Folder, "*.json").Length, sheet.Rows.Count);
            ReviewSheetRow shanghai = sheet.Rows.Single(r => r.File.EndsWith("shanghai-municipal-government-office-2019.json", StringComparison.Ordinal));
            Assert.Equal("上海市人民政府办公厅", shanghai.AgencyName);
            Assert.Equal(2019, shanghai.Year);
            Assert.Equal(RecordStatus.WithFindings, shanghai.Status);
            Assert.Equal("2019", sheet.Cells(shanghai)[4]);
            Assert.Equal("2021", sheet.Cells(sheet.Rows.Single(r => r.AgencyName == "淮安市人民政府"))[4]);
        }

        [Fact]
        public void A_report_published_on_its_article_49_due_date_is_in_time()
        {
            ReviewSheet sheet = Run(ValidationSource.FromFolder(Folder));
            ReviewSheetRow shanghai = sheet.Rows.Single(r => r.AgencyName == "上海市人民政府办公厅");

            Assert.Equal(AnnualReportTimeliness.InTime, shanghai.Deadline!.Result);
            IReadOnlyList<string> cells = sheet.Cells(shanghai);
            Assert.Equal("2020-01-31", cells[5]);
            Assert.Equal("2020-01-31（条例第四十九条）", cells[7]);
            Assert.Equal("按期", cells[8]);
        }

        [Fact]
        public void A_township_report_cannot_be_said_in_time_and_the_sheet_says_why()
        {
            ReviewSheet sheet = Run(ValidationSource.FromFolder(Folder));
            ReviewSheetRow town = sheet.Rows.Single(r => r.AgencyName == "大五里镇");

            Assert.Equal(AnnualReportTimeliness.NotCheckable, town.Deadline!.Result);
            Assert.Equal("条例未规定", sheet.Cells(town)[7]);
            Assert.Equal("无法判断（条例未规定期限）", sheet.Cells(town)[8]);
        }

        [Fact]
        public void A_configured_due_date_for_townships_decides_their_rows()
        {
            RuleSet rules = RuleSet.Standard.WithAnnualReportDue(AgencyKind.TownshipGovernment, 1, 15);
            ReviewSheet sheet = Run(ValidationSource.FromFolder(Folder), rules);
            ReviewSheetRow town = sheet.Rows.Single(r => r.AgencyName == "大五里镇");

            Assert.Equal(AnnualReportTimeliness.Late, town.Deadline!.Result);
            Assert.Equal("2021-01-15（规则集配置的期限）", sheet.Cells(town)[7]);
            Assert.Equal("逾期", sheet.Cells(town)[8]);
        }

        [Fact]
        public void The_three_most_serious_findings_are_errors_before_warnings_then_by_rule_id()
        {
            ReviewSheet sheet = Run(ValidationSource.FromFolder(Folder));

            foreach (ReviewSheetRow row in sheet.Rows)
            {
                Assert.True(row.MostSerious.Count <= 3);
                Assert.Equal(Math.Min(3, row.Errors + row.Warnings + row.MostSerious.Count(f => f.Severity == FindingSeverity.Information)), row.MostSerious.Count);
                for (int i = 1; i < row.MostSerious.Count; i++)
                {
                    Finding before = row.MostSerious[i - 1];
                    Finding after = row.MostSerious[i];
                    Assert.True(before.Severity > after.Severity || (before.Severity == after.Severity && string.CompareOrdinal(before.RuleId, after.RuleId) <= 0), row.File);
                }
            }

            ReviewSheetRow town = sheet.Rows.Single(r => r.AgencyName == "大五里镇");
            Assert.StartsWith("GD-AR-001 ", sheet.Cells(town)[11], StringComparison.Ordinal);
            Assert.Equal(town.Errors, town.MostSerious.Count(f => f.Severity == FindingSeverity.Error));
        }

        [Fact]
        public void A_published_pdf_row_names_the_table_row_and_page_of_its_finding_and_a_scan_is_an_unreadable_row()
        {
            ReviewSheet sheet = Run(ValidationSource.FromFolder(Pages));

            Assert.Equal(Directory.GetFiles(Pages).Count(p => p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".pdf", StringComparison.Ordinal)), sheet.Rows.Count);
            ReviewSheetRow pdf = sheet.Rows.Single(r => r.File.EndsWith("shanghai-municipal-government-office-2019.pdf", StringComparison.Ordinal));
            Assert.Contains(sheet.Cells(pdf).Skip(11), cell => cell.Contains("表三 「", StringComparison.Ordinal) && cell.Contains("页第", StringComparison.Ordinal));
            ReviewSheetRow scan = sheet.Rows.Single(r => r.File.EndsWith(".scan.pdf", StringComparison.Ordinal));
            Assert.Equal(RecordStatus.Unreadable, scan.Status);
            Assert.Equal("无法读取", sheet.Cells(scan)[1]);
            Assert.NotEqual(string.Empty, sheet.Cells(scan)[11]);
        }

        [Fact]
        public void The_csv_has_a_byte_order_mark_the_header_once_and_no_cell_a_spreadsheet_would_run()
        {
            const string report = "{\"year\":2023,\"agencyName\":\"=HYPERLINK(\\\"http://x\\\")\",\"agencyKind\":\"governmentDepartment\",\"publishedOn\":\"2024-01-20\"}";
            ReviewSheet sheet = Run(new[] { ValidationSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(report)), "report.json", new GovDisclosure.Standard.Input.InputOptions { Kind = DocumentKind.AnnualReport }) });

            var output = new MemoryStream();
            sheet.WriteCsv(output);
            byte[] bytes = output.ToArray();
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3).ToArray());
            string[] lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.StartsWith("文件,状态,机关,年度,格式,发布日期,机关类型,公布期限,是否按期,错误,警告,问题一,问题二,问题三", lines[0], StringComparison.Ordinal);
            Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", lines[1], StringComparison.Ordinal);
            Assert.Contains(",2024-01-20,政府部门,2024-01-31（条例第四十九条）,按期,", lines[1], StringComparison.Ordinal);
        }

        [Fact]
        public void The_xlsx_holds_the_same_header_and_cells_as_text()
        {
            ReviewSheet sheet = Run(ValidationSource.FromFolder(Folder));
            string path = Path.Combine(Path.GetTempPath(), "govdisclosure-review-" + Guid.NewGuid().ToString("N") + ".xlsx");
            try
            {
                using (var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite))
                {
                    sheet.WriteXlsx(file);
                }

                using SpreadsheetDocument workbook = SpreadsheetDocument.Open(path, false);
                WorksheetPart part = workbook.WorkbookPart!.WorksheetParts.Single();
                List<Row> rows = part.Worksheet.Descendants<Row>().ToList();
                Assert.Equal(sheet.Rows.Count + 1, rows.Count);
                Assert.Equal("年度报告审阅表", workbook.WorkbookPart.Workbook.Descendants<Sheet>().Single().Name!.Value);
                Assert.Equal(sheet.Header(), rows[0].Elements<Cell>().Select(c => c.InnerText).ToArray());
                Assert.Equal(sheet.Cells(sheet.Rows[0]).Where(c => c.Length > 0).ToArray(), rows[1].Elements<Cell>().Select(c => c.InnerText).ToArray());
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void English_headers_and_cells_follow_the_runs_language()
        {
            ReviewSheet sheet = Run(ValidationSource.FromFolder(Folder), language: "en");

            Assert.Equal("Agency", sheet.Header()[2]);
            Assert.Equal("in time", sheet.Cells(sheet.Rows.Single(r => r.AgencyName == "上海市人民政府办公厅"))[8]);
            Assert.Equal("机关", sheet.Header("zh")[2]);
        }

        private static ReviewSheet Run(IReadOnlyList<ValidationSource> sources, RuleSet? rules = null, string language = "zh")
        {
            var options = new ValidationRunOptions { Rules = rules ?? RuleSet.Standard, Language = language };
            var sheet = new ReviewSheet(options.Rules);
            new ValidationRun(options).RunAsync(sources, sheet).GetAwaiter().GetResult();
            return sheet;
        }
    }
}
