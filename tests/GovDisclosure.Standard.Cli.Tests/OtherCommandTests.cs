using System.IO;
using System.Linq;
using System.Text.Json;

namespace GovDisclosure.Standard.Cli.Tests
{
    public class OtherCommandTests
    {
        [Theory]
        [InlineData("validate")]
        [InlineData("convert")]
        [InlineData("template")]
        [InlineData("catalog")]
        [InlineData("catalog", "show")]
        [InlineData("schema")]
        [InlineData("deadline")]
        [InlineData("diff")]
        public void Every_command_has_help_with_examples(params string[] command)
        {
            Tool.Result result = Tool.Run(command.Concat(new[] { "--help" }).ToArray());

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Examples:", result.Stdout);
            Assert.Contains("govdisclosure " + string.Join(" ", command), result.Stdout);
        }

        [Fact]
        public void Deadline_counts_working_days_over_a_holiday_and_names_the_calendar()
        {
            Tool.Result result = Tool.Run("deadline", "2024-09-27", "7");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("= 2024-10-12", result.Stdout);
            Assert.Contains("Calendar used: 2024", result.Stdout);
            Assert.Contains("国庆节", result.Stdout);
        }

        [Fact]
        public void An_unknown_command_is_named_alone_and_exits_two()
        {
            Tool.Result result = Tool.Run("frobnicate");

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("frobnicate", result.Stderr);
            Assert.Equal(2, result.Stderr.Trim().Split('\n').Length);
        }

        [Fact]
        public void Usage_lines_name_the_command_govdisclosure()
        {
            Tool.Result result = Tool.Run("--help");

            Assert.Contains("govdisclosure [command] [options]", result.Stdout);
        }

        [Fact]
        public void Deadline_in_calendar_days_moves_off_a_holiday()
        {
            Tool.Result result = Tool.Run("deadline", "2024-09-11", "20", "--unit", "calendar-days");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("= 2024-10-08", result.Stdout);
            Assert.Contains("民法典第二百零三条", result.Stdout);
        }

        [Fact]
        public void Deadline_outside_the_calendar_exits_two_with_a_clear_message()
        {
            Tool.Result result = Tool.Run("deadline", "2031-03-02", "5");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("outside the working-day calendar", result.Stderr);
            Assert.Contains("2020–2026", result.Stderr);
        }

        [Fact]
        public void Deadline_counted_into_the_last_years_end_is_provisional_until_the_next_year_is_loaded()
        {
            using var temp = new TempFolder();
            string next = temp.File("2027.json");
            System.IO.File.WriteAllText(next, "{ \"year\": 2027, \"holidays\": [ { \"name\": \"元旦\", \"start\": \"2027-01-01\", \"end\": \"2027-01-03\" } ], \"makeUpWorkdays\": [] }");

            Tool.Result shipped = Tool.Run("deadline", "2026-12-01", "20");
            Tool.Result loaded = Tool.Run("deadline", "2026-12-01", "20", "--calendar", next);

            Assert.True(shipped.ExitCode == 0, shipped.ToString());
            Assert.Contains("provisional", shipped.Stdout);
            Assert.True(loaded.ExitCode == 0, loaded.ToString());
            Assert.DoesNotContain("provisional", loaded.Stdout);
        }

        [Fact]
        public void Deadline_can_count_calendar_days_plainly()
        {
            Tool.Result result = Tool.Run("deadline", "2024-09-11", "20", "--unit", "calendar-days", "--no-next-working-day");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("= 2024-10-01", result.Stdout);
        }

        [Fact]
        public void A_calendar_file_that_is_not_a_calendar_is_a_located_error()
        {
            using var temp = new TempFolder();
            string bad = temp.File("bad-calendar.json");
            System.IO.File.WriteAllText(bad, "{ \"year\": \"soon\" }");

            Tool.Result deadline = Tool.Run("deadline", "2024-09-27", "7", "--calendar", bad);
            Tool.Result validate = Tool.Run("validate", "samples/data/county-catalogue.json", "--calendar", bad);

            Assert.Equal(2, deadline.ExitCode);
            Assert.Contains("bad-calendar.json", deadline.Stderr);
            Assert.Equal(2, validate.ExitCode);
            Assert.Contains("bad-calendar.json", validate.Stderr);
        }

        [Fact]
        public void A_prefilled_template_validates_clean_and_an_empty_one_has_only_the_headers()
        {
            using var temp = new TempFolder();
            string filled = temp.File("filled.xlsx");
            string empty = temp.File("empty.csv");

            Tool.Result made = Tool.Run("template", "socialAssistance", "--format", "xlsx", "--prefill", "--output", filled);
            Tool.Result blank = Tool.Run("template", "社会救助", "--format", "csv", "--output", empty);
            (Tool.Result validated, JsonElement report) = Tool.ValidateJson(filled);

            Assert.True(made.ExitCode == 0, made.ToString());
            Assert.True(blank.ExitCode == 0, blank.ToString());
            Assert.True(validated.ExitCode == 0, validated.ToString());
            Assert.Equal(12, report.GetProperty("summary").GetProperty("read").GetInt64());
            string[] lines = File.ReadAllLines(empty);
            Assert.Single(lines);
            Assert.Contains("公开内容（要素）", lines[0]);
            Assert.Contains("公开渠道和载体", lines[0]);
        }

        [Fact]
        public void An_untouched_xlsx_template_validates_with_no_record_and_no_finding()
        {
            using var temp = new TempFolder();
            string form = temp.File("form.xlsx");

            Tool.Result made = Tool.Run("template", "socialAssistance", "--format", "xlsx", "--output", form);
            (Tool.Result validated, JsonElement report) = Tool.ValidateJson(form);

            Assert.True(made.ExitCode == 0, made.ToString());
            Assert.True(validated.ExitCode == 0, validated.ToString());
            Assert.Equal(0, report.GetProperty("summary").GetProperty("read").GetInt64());
            Assert.Equal(0, report.GetProperty("summary").GetProperty("errors").GetInt64());
            Assert.Equal(0, report.GetProperty("summary").GetProperty("warnings").GetInt64());
        }

        [Fact]
        public void Catalog_list_names_all_26_domains_and_show_prints_a_domain_as_json()
        {
            Tool.Result list = Tool.Run("catalog", "list");
            Tool.Result show = Tool.Run("catalog", "show", "养老服务", "--format", "json");

            Assert.True(list.ExitCode == 0, list.ToString());
            Assert.Equal(27, list.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.True(show.ExitCode == 0, show.ToString());
            using JsonDocument entries = JsonDocument.Parse(show.Stdout);
            Assert.All(entries.RootElement.EnumerateArray(), e => Assert.Equal("elderlyCareServices", e.GetProperty("domain").GetString()));
        }

        [Fact]
        public void An_unknown_domain_exits_two_and_suggests_the_closest()
        {
            Tool.Result result = Tool.Run("catalog", "show", "socialAssistence");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("socialAssistance", result.Stderr);
        }

        [Fact]
        public void Schema_prints_the_schema_of_a_kind_and_writes_all_kinds_to_a_folder()
        {
            using var temp = new TempFolder();
            Tool.Result one = Tool.Run("schema", "--kind", "serviceGuide");
            Tool.Result all = Tool.Run("schema", "--out", temp.Path);

            Assert.True(one.ExitCode == 0, one.ToString());
            using JsonDocument schema = JsonDocument.Parse(one.Stdout);
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
            Assert.True(all.ExitCode == 0, all.ToString());
            Assert.Equal(6, Directory.GetFiles(temp.Path, "*.schema.json").Length);
        }
    }
}
