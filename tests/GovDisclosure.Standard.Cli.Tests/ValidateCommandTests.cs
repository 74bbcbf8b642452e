using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace GovDisclosure.Standard.Cli.Tests
{
    public class ValidateCommandTests
    {
        [Fact]
        public void A_clean_catalogue_exits_zero_and_the_summary_accounts_for_every_record()
        {
            Tool.Result result = Tool.Run("validate", Tool.Sample("county-catalogue.json"), "--lang", "en");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("18 records read: 18 valid, 0 with findings, 0 unreadable", result.Stdout);
            Assert.Contains("exit code 0", result.Stdout);
            Assert.DoesNotContain("\u001b[", result.Stdout);
        }

        [Fact]
        public void A_report_written_to_a_file_is_named_on_standard_error_with_the_verdict()
        {
            using var folder = new TempFolder();
            string report = folder.File("report.html");

            Tool.Result result = Tool.Run("validate", Tool.Sample("county-catalogue-mistakes.json"), "--format", "html", "--output", report, "--lang", "en");

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.True(File.Exists(report));
            Assert.Contains("report written to " + report + " (html): 8 records read", result.Stderr);
            Assert.Contains("failed: findings at or above --fail-on, exit code 1", result.Stderr);
        }

        [Fact]
        public void Validate_on_one_thread_and_on_four_writes_the_same_report()
        {
            using var folder = new TempFolder();
            string one = folder.File("one.json");
            string four = folder.File("four.json");

            Tool.Result serial = Tool.Run("validate", Tool.Sample("county-catalogue-mistakes.json"), "--format", "json", "--output", one, "--parallel", "1");
            Tool.Result parallel = Tool.Run("validate", Tool.Sample("county-catalogue-mistakes.json"), "--format", "json", "--output", four, "--parallel", "4");

            Assert.True(serial.ExitCode == 1, serial.ToString());
            Assert.True(parallel.ExitCode == 1, parallel.ToString());
            Assert.Equal(WithoutStartTime(File.ReadAllText(one)), WithoutStartTime(File.ReadAllText(four)));
        }

        [Theory]
        [InlineData("0")]
        [InlineData("-3")]
        public void Validate_refuses_a_parallel_count_below_one_with_exit_two(string count)
        {
            Tool.Result result = Tool.Run("validate", Tool.Sample("county-catalogue.json"), "--parallel", count, "--lang", "en");

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("--parallel " + count + ": give a number of threads of 1 or more", result.Stderr);
        }

        [Fact]
        public void A_catalogue_with_mistakes_exits_one_and_locates_each_finding()
        {
            (Tool.Result result, JsonElement report) = Tool.ValidateJson(Tool.Sample("county-catalogue-mistakes.json"));

            Assert.True(result.ExitCode == 1, result.ToString());
            JsonElement summary = report.GetProperty("summary");
            AssertAccountsForEveryRecord(summary);
            Assert.Equal(8, summary.GetProperty("read").GetInt64());
            JsonElement channel = report.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "GD-CAT-002");
            Assert.Equal("/channels/1", channel.GetProperty("location").GetProperty("jsonPointer").GetString());
            Assert.Equal(2, channel.GetProperty("record").GetInt64());
            Assert.True(channel.GetProperty("location").GetProperty("line").GetInt64() > 1);
            Assert.Equal("乡镇广播站", channel.GetProperty("value").GetString());
            Assert.Equal(1, report.GetProperty("exitCode").GetInt32());
        }

        [Fact]
        public void A_gb18030_csv_is_detected_and_findings_name_line_and_column_header()
        {
            (Tool.Result result, JsonElement report) = Tool.ValidateJson(Tool.Sample("county-catalogue-gb18030.csv"));

            Assert.True(result.ExitCode == 1, result.ToString());
            JsonElement file = report.GetProperty("files")[0];
            Assert.Equal("gb18030", file.GetProperty("encoding").GetString());
            Assert.Equal("csv", file.GetProperty("format").GetString());
            Assert.Equal("catalogueEntry", file.GetProperty("kind").GetString());
            Assert.Equal(18, file.GetProperty("summary").GetProperty("read").GetInt64());
            JsonElement channel = report.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "GD-CAT-002");
            Assert.Equal("村广播", channel.GetProperty("value").GetString());
            Assert.Equal(4, channel.GetProperty("location").GetProperty("line").GetInt64());
            Assert.Equal("公开渠道", channel.GetProperty("location").GetProperty("cell").GetString());
        }

        [Fact]
        public void An_xlsx_workbook_is_read_and_findings_name_sheet_and_cell()
        {
            (Tool.Result result, JsonElement report) = Tool.ValidateJson(Tool.Sample("county-catalogue-mistakes.xlsx"));

            Assert.True(result.ExitCode == 1, result.ToString());
            AssertAccountsForEveryRecord(report.GetProperty("summary"));
            JsonElement channel = report.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "GD-CAT-002");
            JsonElement location = channel.GetProperty("location");
            Assert.Equal("标准目录条目", location.GetProperty("sheet").GetString());
            Assert.Equal("K3", location.GetProperty("cell").GetString());
            Assert.Equal(3, location.GetProperty("row").GetInt64());
        }

        [Fact]
        public void A_blank_required_cell_is_reported_at_that_cell_not_at_the_start_of_the_row()
        {
            (Tool.Result xlsxRun, JsonElement xlsx) = Tool.ValidateJson(Tool.Sample("county-catalogue-mistakes.xlsx"));
            (Tool.Result csvRun, JsonElement csv) = Tool.ValidateJson(Tool.Sample("county-catalogue-gb18030.csv"));

            Assert.True(xlsxRun.ExitCode == 1, xlsxRun.ToString());
            Assert.True(csvRun.ExitCode == 1, csvRun.ToString());
            JsonElement inSheet = xlsx.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "GD-CAT-001").GetProperty("location");
            Assert.Equal("/timeLimit", inSheet.GetProperty("jsonPointer").GetString());
            Assert.Equal("I4", inSheet.GetProperty("cell").GetString());
            JsonElement inCsv = csv.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "GD-CAT-001").GetProperty("location");
            Assert.Equal(7, inCsv.GetProperty("line").GetInt64());
            Assert.Equal(7, inCsv.GetProperty("column").GetInt64());
            Assert.Equal("公开时限", inCsv.GetProperty("cell").GetString());
        }

        [Theory]
        [InlineData("utf-8-bom")]
        [InlineData("utf-16le")]
        [InlineData("utf-16be")]
        [InlineData("gb18030")]
        public void Every_encoding_gives_the_same_findings_as_utf8(string encodingName)
        {
            using var temp = new TempFolder();
            string text = File.ReadAllText(Path.Combine(Tool.Root, Tool.Sample("county-catalogue-mistakes.json")), Encoding.UTF8);
            Encoding encoding = encodingName switch
            {
                "utf-8-bom" => new UTF8Encoding(true),
                "utf-16le" => new UnicodeEncoding(false, true),
                "utf-16be" => new UnicodeEncoding(true, true),
                _ => CodePagesGb18030(),
            };
            string path = temp.File("catalogue." + encodingName + ".json");
            File.WriteAllText(path, text, encoding);

            (Tool.Result expected, JsonElement utf8) = Tool.ValidateJson(Tool.Sample("county-catalogue-mistakes.json"));
            (Tool.Result actual, JsonElement other) = Tool.ValidateJson(path);

            Assert.Equal(expected.ExitCode, actual.ExitCode);
            Assert.Equal(Findings(utf8), Findings(other));
        }

        [Fact]
        public void A_json_lines_file_with_a_broken_line_reports_it_as_unreadable_and_reads_on()
        {
            using var temp = new TempFolder();
            string path = temp.File("enforcement.jsonl");
            string[] lines = File.ReadAllLines(Path.Combine(Tool.Root, Tool.Sample("enforcement-disclosures.jsonl")));
            File.WriteAllLines(path, new[] { lines[0], "{\"enforcingBody\": \"青山县市场监督管理局\", \"party\": ", lines[2], lines[3] });

            (Tool.Result result, JsonElement report) = Tool.ValidateJson(path, "--kind", "enforcementDisclosure");

            Assert.True(result.ExitCode == 1, result.ToString());
            JsonElement summary = report.GetProperty("summary");
            AssertAccountsForEveryRecord(summary);
            Assert.Equal(4, summary.GetProperty("read").GetInt64());
            Assert.Equal(1, summary.GetProperty("unreadable").GetInt64());
            JsonElement unreadable = report.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "GD-STR-001");
            Assert.Equal(2, unreadable.GetProperty("location").GetProperty("line").GetInt64());
            Assert.True(unreadable.GetProperty("location").GetProperty("column").GetInt64() > 1);
        }

        [Fact]
        public void A_syntax_error_inside_a_json_array_exits_two_with_line_and_column()
        {
            using var temp = new TempFolder();
            string path = temp.File("broken.json");
            File.WriteAllText(path, "[\n  {\"firstLevelItem\": \"综合业务\", \"secondLevelItem\": \"监督检查\"},\n  {\"firstLevelItem\": \"综合业务\" \"secondLevelItem\": 1}\n]\n");

            Tool.Result result = Tool.Run("validate", path, "--kind", "catalogueEntry", "--lang", "en");

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("broken.json:3:", result.Stderr);
            Assert.Contains("2 records read", result.Stdout);
        }

        [Fact]
        public void A_missing_file_exits_two_and_names_it()
        {
            Tool.Result result = Tool.Run("validate", "no-such-export.json");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("no-such-export.json", result.Stderr);
        }

        [Fact]
        public void A_wrong_option_value_exits_two_with_a_message()
        {
            Tool.Result result = Tool.Run("validate", Tool.Sample("county-catalogue.json"), "--format", "xml");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("xml", result.Stderr);
            Assert.Contains("--help", result.Stderr);
        }

        [Fact]
        public void Fail_on_decides_which_severity_makes_the_exit_code_one()
        {
            using var temp = new TempFolder();
            string path = temp.File("one-extra-field.json");
            string clean = File.ReadAllText(Path.Combine(Tool.Root, Tool.Sample("county-catalogue.json")));
            using (JsonDocument document = JsonDocument.Parse(clean))
            {
                string entry = document.RootElement.GetProperty("entries")[0].GetRawText();
                File.WriteAllText(path, "[" + entry.TrimEnd().TrimEnd('}') + ", \"责任科室\": \"社会救助股\"}]");
            }

            Tool.Result byDefault = Tool.Run("validate", path);
            Tool.Result strict = Tool.Run("validate", path, "--fail-on", "information");

            Assert.True(byDefault.ExitCode == 0, byDefault.ToString());
            Assert.True(strict.ExitCode == 1, strict.ToString());
        }

        [Fact]
        public void Several_files_are_summed_and_each_keeps_its_own_summary()
        {
            (Tool.Result result, JsonElement report) = Tool.ValidateJson(
                Tool.Sample("county-catalogue.json"), Tool.Sample("service-guides-mistakes.json"), Tool.Sample("annual-report-2019.json"), Tool.Sample("enforcement-disclosures.jsonl"));

            Assert.True(result.ExitCode == 1, result.ToString());
            JsonElement[] files = report.GetProperty("files").EnumerateArray().ToArray();
            Assert.Equal(new[] { "catalogueEntry", "serviceGuide", "annualReport", "enforcementDisclosure" }, files.Select(f => f.GetProperty("kind").GetString()));
            Assert.Equal(files.Sum(f => f.GetProperty("summary").GetProperty("read").GetInt64()), report.GetProperty("summary").GetProperty("read").GetInt64());
            Assert.Equal(18 + 3 + 1 + 4, report.GetProperty("summary").GetProperty("read").GetInt64());
        }

        [Fact]
        public void The_english_summary_counts_one_record_and_one_error_in_the_singular()
        {
            Tool.Result one = Tool.Run("validate", Tool.Sample("annual-report-2019.json"), "--lang", "en");
            Tool.Result two = Tool.Run("validate", Tool.Sample("annual-report-2021-broken.json"), "--lang", "en");

            Assert.True(one.ExitCode == 0, one.ToString());
            Assert.Contains("1 record read: 1 valid, 0 with findings, 0 unreadable; 0 errors, 0 warnings", one.Stdout);
            Assert.Contains("1 record read: 0 valid, 1 with findings, 0 unreadable; 1 error, 2 warnings", two.Stdout);
            Assert.DoesNotContain("1 records", one.Stdout + two.Stdout);
        }

        [Fact]
        public void The_json_report_carries_run_information()
        {
            (Tool.Result result, JsonElement report) = Tool.ValidateJson(Tool.Sample("county-catalogue.json"));

            Assert.True(result.ExitCode == 0, result.ToString());
            JsonElement run = report.GetProperty("run");
            Assert.Equal("standard", run.GetProperty("ruleSet").GetString());
            Assert.Contains(2024, run.GetProperty("calendarYears").EnumerateArray().Select(y => y.GetInt32()));
            Assert.Contains("GD-STR-001", run.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
            Assert.Equal("govdisclosure", report.GetProperty("tool").GetProperty("name").GetString());
        }

        [Fact]
        public void The_report_language_follows_the_locale_and_lang_overrides_it()
        {
            Tool.Result chinese = Tool.RunWithLang("zh_CN.UTF-8", "validate", Tool.Sample("county-catalogue-mistakes.json"));
            Tool.Result english = Tool.RunWithLang("C.UTF-8", "validate", Tool.Sample("county-catalogue-mistakes.json"));
            Tool.Result asked = Tool.RunWithLang("zh_CN.UTF-8", "validate", Tool.Sample("county-catalogue-mistakes.json"), "--lang", "en");

            Assert.Contains("不是已知的公开渠道", chinese.Stdout);
            Assert.DoesNotContain("is not a known disclosure channel", chinese.Stdout);
            Assert.Contains("is not a known disclosure channel", english.Stdout);
            Assert.DoesNotContain("不是已知的公开渠道", english.Stdout);
            Assert.Contains("is not a known disclosure channel", asked.Stdout);
        }

        [Fact]
        public void Agency_kind_checks_what_the_whole_catalogue_covers()
        {
            (Tool.Result result, JsonElement report) = Tool.ValidateJson(Tool.Sample("county-catalogue.json"), "--agency-kind", "county-government");

            Assert.True(result.ExitCode == 0, result.ToString());
            JsonElement[] coverage = report.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString()!.StartsWith("GD-CAT-01", StringComparison.Ordinal) || f.GetProperty("ruleId").GetString() == "GD-CAT-008").ToArray();
            Assert.Contains(coverage, f => f.GetProperty("ruleId").GetString() == "GD-CAT-010" && f.GetProperty("value").GetString() == "landExpropriation");
            Assert.All(coverage.Where(f => f.GetProperty("ruleId").GetString() == "GD-CAT-008"), f => Assert.Equal("information", f.GetProperty("severity").GetString()));
            Assert.DoesNotContain(coverage, f => f.GetProperty("ruleId").GetString() == "GD-CAT-011");
            Assert.Equal(coverage.Length, report.GetProperty("summary").GetProperty("information").GetInt64() + report.GetProperty("summary").GetProperty("warnings").GetInt64());
        }

        [Fact]
        public void The_platform_column_set_is_selected_by_name_and_reports_its_own_rule()
        {
            (Tool.Result result, JsonElement report) = Tool.ValidateJson(Tool.Sample("county-catalogue.json"), "--agency-kind", "governmentDepartment", "--rules", "platform-column");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("platform-column", report.GetProperty("run").GetProperty("ruleSet").GetString());
            Assert.Contains(report.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "GD-CAT-011");
        }

        [Fact]
        public void The_five_part_guide_set_is_selectable()
        {
            Tool.Result result = Tool.Run("validate", Tool.Sample("county-catalogue.json"), "--rules", "five-part-guide");

            Assert.True(result.ExitCode == 0, result.ToString());
        }

        [Fact]
        public void An_unknown_agency_kind_exits_two_and_lists_the_kinds()
        {
            Tool.Result result = Tool.Run("validate", Tool.Sample("county-catalogue.json"), "--agency-kind", "ministry");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("township-government", result.Stderr);
        }

        [Fact]
        public void A_township_report_has_no_statutory_date_unless_one_is_configured()
        {
            using var temp = new TempFolder();
            string path = temp.File("township-report.json");
            string report = File.ReadAllText(Path.Combine(Tool.Root, Tool.Sample("annual-report-2019.json")))
                .Replace("\"agencyKind\": \"countyGovernment\"", "\"agencyKind\": \"townshipGovernment\"")
                .Replace("\"publishedOn\": \"2020-03-20\"", "\"publishedOn\": \"2020-04-20\"");
            File.WriteAllText(path, report);

            (Tool.Result plain, JsonElement plainReport) = Tool.ValidateJson(path);
            (Tool.Result configured, JsonElement configuredReport) = Tool.ValidateJson(path, "--report-due", "township=03-31");

            Assert.True(plain.ExitCode == 0, plain.ToString());
            Assert.Equal(new[] { "GD-TIME-004" }, plainReport.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
            Assert.True(configured.ExitCode == 1, configured.ToString());
            Assert.Equal(new[] { "GD-TIME-003" }, configuredReport.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
            Assert.Equal(2, Tool.Run("validate", path, "--report-due", "township=02-30").ExitCode);
        }

        internal static void AssertAccountsForEveryRecord(JsonElement summary) =>
            Assert.Equal(
                summary.GetProperty("read").GetInt64(),
                summary.GetProperty("valid").GetInt64() + summary.GetProperty("withFindings").GetInt64() + summary.GetProperty("unreadable").GetInt64());

        private static string[] Findings(JsonElement report) =>
            report.GetProperty("findings").EnumerateArray()
                .Select(f => f.GetProperty("ruleId").GetString() + " " + f.GetProperty("location").GetProperty("jsonPointer").GetString() + " " + f.GetProperty("location").GetProperty("line").GetInt64())
                .ToArray();

        private static Encoding CodePagesGb18030()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(54936);
        }

        /// <summary>The report without the run's start time (a timestamp), the one thing two runs may differ in.</summary>
        private static string WithoutStartTime(string report) =>
            System.Text.RegularExpressions.Regex.Replace(report, @"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?( ?[+-]\d{2}:?\d{2}|Z)?", "…");
    }
}
