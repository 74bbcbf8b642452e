using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>
    /// A sheet as long as Excel allows (1,048,576 rows: the header and 1,048,575 records), generated once in a temporary
    /// folder (<see cref="LargestSheet"/>), goes through <c>convert</c> and <c>validate</c> under a watchdog (a run past it
    /// is a hang) and a 256 MB GC heap cap (<c>DOTNET_GCHeapHardLimit</c>: memory that grows with the rows fails): caps,
    /// not timings.
    /// </summary>
    public sealed class LargestSheetTests : IClassFixture<LargestSheetTests.LargestSheet>
    {
        private const int ExcelRows = 1_048_576;
        private const int WatchdogMilliseconds = 30 * 60 * 1000;
        private const string HeapLimit = "0x10000000";
        private readonly LargestSheet sheet;

        public LargestSheetTests(LargestSheet sheet)
        {
            this.sheet = sheet;
        }

        [Fact]
        public void A_sheet_of_1048576_rows_converts_every_record_without_a_hang_under_a_256_MB_heap()
        {
            string output = Path.Combine(sheet.Folder, "largest.jsonl");

            Tool.Result result = Tool.RunIn(sheet.Folder, new[] { "convert", "largest.xlsx", "largest.jsonl", "--lang", "en" }, null, HeapLimit, WatchdogMilliseconds);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.DoesNotMatch(new Regex(@"^\s+at \S+\(", RegexOptions.Multiline), result.Stdout + result.Stderr);
            long lines = 0;
            string? last = null;
            foreach (string line in File.ReadLines(output))
            {
                lines++;
                last = line;
            }

            File.Delete(output);
            Assert.Equal(ExcelRows - 1, lines);
            using System.Text.Json.JsonDocument lastRecord = System.Text.Json.JsonDocument.Parse(last!);
            Assert.Equal("事项" + (ExcelRows - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), lastRecord.RootElement.GetProperty("secondLevelItem").GetString());
        }

        [Fact]
        public void A_sheet_of_1048576_rows_validates_with_every_record_counted_without_a_hang_under_a_256_MB_heap()
        {
            // The records hold only 一级事项 and 二级事项: the rules about the missing columns are turned off, so that the
            // report stays small and the run measures reading and checking, not writing nine findings a row.
            string rules = Path.Combine(sheet.Folder, "rules.json");
            File.WriteAllText(rules, "{ \"rules\": { \"GD-CAT-001\": \"off\", \"GD-CAT-005\": \"off\", \"GD-CAT-006\": \"off\", \"GD-CAT-007\": \"off\" } }");

            Tool.Result result = Tool.RunIn(sheet.Folder, new[] { "validate", "largest.xlsx", "--rules-file", "rules.json", "--format", "json", "--output", "report.json", "--lang", "en" }, null, HeapLimit, WatchdogMilliseconds);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.DoesNotMatch(new Regex(@"^\s+at \S+\(", RegexOptions.Multiline), result.Stdout + result.Stderr);
            using System.Text.Json.JsonDocument report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(sheet.Folder, "report.json")));
            System.Text.Json.JsonElement summary = report.RootElement.GetProperty("summary");
            Assert.Equal(ExcelRows - 1, summary.GetProperty("read").GetInt64());
            Assert.Equal(ExcelRows - 1, summary.GetProperty("valid").GetInt64());
            Assert.Equal(0, summary.GetProperty("withFindings").GetInt64() + summary.GetProperty("unreadable").GetInt64());
            System.Text.Json.JsonElement file = Assert.Single(report.RootElement.GetProperty("files").EnumerateArray());
            Assert.Equal(ExcelRows - 1, file.GetProperty("summary").GetProperty("read").GetInt64());
        }

        /// <summary>The generated workbook, written once for both tests and deleted after them.</summary>
        public sealed class LargestSheet : IDisposable
        {
            private readonly TempFolder temp = new TempFolder();

            public LargestSheet()
            {
                WriteWorkbook(temp.File("largest.xlsx"));
            }

            public string Folder => temp.Path;

            public void Dispose() => temp.Dispose();
        }

        /// <summary>A workbook of one sheet: 一级事项 and 二级事项 as header, then a record on every row Excel has left.</summary>
        private static void WriteWorkbook(string path)
        {
            const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            using var zip = new ZipArchive(new FileStream(path, FileMode.Create), ZipArchiveMode.Create);
            Entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + Relationships + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + Main + "\" xmlns:r=\"" + Relationships + "\"><sheets><sheet name=\"目录\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + Relationships + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false), 1 << 16);
            sheet.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + Main + "\"><sheetData>");
            sheet.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>一级事项</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>二级事项</t></is></c></row>");
            for (int row = 2; row <= ExcelRows; row++)
            {
                string r = row.ToString(System.Globalization.CultureInfo.InvariantCulture);
                sheet.Write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>综合</t></is></c><c r=\"B" + r + "\" t=\"inlineStr\"><is><t>事项" + (row - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "</t></is></c></row>");
            }

            sheet.Write("</sheetData></worksheet>");
        }

        private static void Entry(ZipArchive zip, string name, string text)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }
    }
}
