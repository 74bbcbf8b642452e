using System.IO;
using System.Linq;
using System.Text;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary><c>validate FOLDER --review-sheet</c>: the folder's files are validated and the review sheet is written beside the report.</summary>
    public class ReviewSheetCommandTests
    {
        private static readonly string Folder = Path.Combine("tests", "RealDocuments", "annual-reports");

        [Fact]
        public void Validate_of_a_folder_writes_a_csv_review_sheet_with_one_row_per_report()
        {
            using var temp = new TempFolder();
            string sheet = temp.File("review.csv");

            Tool.Result result = Tool.Run("validate", Folder, "--review-sheet", sheet, "--output", temp.File("report.txt"), "--lang", "zh");

            Assert.Equal(1, result.ExitCode);
            byte[] bytes = File.ReadAllBytes(sheet);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3).ToArray());
            string[] lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", System.StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(Directory.GetFiles(Path.Combine(Tool.Root, Folder), "*.json").Length + 1, lines.Length);
            Assert.StartsWith("文件,状态,机关,年度,格式,发布日期", lines[0], System.StringComparison.Ordinal);
            Assert.Contains(lines, line => line.Contains("上海市人民政府办公厅,2019,2019,2020-01-31,政府部门,2020-01-31（条例第四十九条）,按期", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Validate_writes_an_xlsx_review_sheet_for_an_xlsx_name()
        {
            using var temp = new TempFolder();
            string sheet = temp.File("review.xlsx");

            Tool.Result result = Tool.Run("validate", Folder, "--review-sheet", sheet, "--output", temp.File("report.json"), "--format", "json");

            Assert.Equal(1, result.ExitCode);
            byte[] head = File.ReadAllBytes(sheet).Take(4).ToArray();
            Assert.Equal(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, head);
        }

        [Fact]
        public void A_folder_without_a_file_to_validate_is_refused()
        {
            using var temp = new TempFolder();
            File.WriteAllText(temp.File("notes.md"), "# notes");

            Tool.Result result = Tool.Run("validate", temp.Path);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("holds no file to validate", result.Stderr, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_review_sheet_named_as_one_of_the_inputs_is_refused_before_reading()
        {
            string input = Path.Combine(Folder, "huaian-city-2024.json");
            string before = File.ReadAllText(Path.Combine(Tool.Root, input));

            Tool.Result result = Tool.Run("validate", input, "--review-sheet", input);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(before, File.ReadAllText(Path.Combine(Tool.Root, input)));
        }
    }
}
