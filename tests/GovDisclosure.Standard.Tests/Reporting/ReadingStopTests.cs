using System.IO;
using System.Text;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Reporting;
using Xunit;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>A reader's stop travels with the records it yields: the run's file failure comes from the record that stopped reading.</summary>
    public class ReadingStopTests
    {
        private const string Entry = "{\"firstLevelItem\": \"综合\", \"secondLevelItem\": \"机构职能\"}";

        [Fact]
        public void A_syntax_error_in_a_json_array_is_the_files_failure_at_its_line()
        {
            ReportFile file = Run("[\n" + Entry + ",\n{\"firstLevelItem\" 1},\n" + Entry + "\n]", "broken.json");

            Assert.NotNull(file.Failure);
            Assert.Contains("syntax error", file.Failure!.English);
            Assert.Equal(3, file.FailureLocation!.Line);
            Assert.Equal(2, file.Summary.Read);
        }

        [Fact]
        public void A_second_record_array_is_the_files_failure_naming_the_member()
        {
            ReportFile file = Run("{\"entries\": [" + Entry + "], \"more\": [" + Entry + "]}", "two.json");

            Assert.NotNull(file.Failure);
            Assert.Contains("'more'", file.Failure!.English);
        }

        [Fact]
        public void A_broken_json_lines_line_is_an_unreadable_record_not_a_failure_of_the_file()
        {
            ReportFile file = Run(Entry + "\n{\"firstLevelItem\" 1}\n" + Entry + "\n", "lines.jsonl");

            Assert.Null(file.Failure);
            Assert.Equal(3, file.Summary.Read);
            Assert.Equal(1, file.Summary.Unreadable);
        }

        private static ReportFile Run(string text, string name)
        {
            var run = new ValidationRun(new ValidationRunOptions());
            var source = ValidationSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), name, new InputOptions { Kind = DocumentKind.CatalogueEntry });
            return run.RunAsync(source).GetAwaiter().GetResult().Files[0];
        }
    }
}
