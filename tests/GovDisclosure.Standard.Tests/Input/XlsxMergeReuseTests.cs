using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;
using Xunit;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// Reading a workbook's records through <see cref="SourceInput"/> reuses the merged ranges found when it was opened
    /// rather than parsing the whole sheet again: the records must be those a reader finding the merges itself reads.
    /// </summary>
    public class XlsxMergeReuseTests
    {
        private static readonly string[] Header = { "序号", "一级事项", "二级事项", "公开时限", "公开主体" };

        [Property(MaxTest = 40)]
        public Property Records_read_with_the_merges_found_at_opening_are_those_read_by_a_reader_finding_them_itself()
        {
            Gen<string> text = Gen.Elements(string.Empty, "综合业务", "出生登记", "及时公开", "有关部门");
            Gen<string[][]> rows = text.ArrayOf(Header.Length).NonEmptyListOf().Select(r => r.Take(8).ToArray());
            Gen<(int Column, int Row, int Width, int Height)> range = Gen.Zip(Gen.Zip(Gen.Choose(0, Header.Length - 1), Gen.Choose(1, 9)), Gen.Zip(Gen.Choose(0, 2), Gen.Choose(0, 3)))
                .Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2));
            return Prop.ForAll(rows.ToArbitrary(), range.ListOf().Select(l => l.Take(4).ToArray()).ToArbitrary(), (body, ranges) =>
            {
                string[] merges = ranges.Select(r => Reference(r.Column, r.Row + 1) + ":" + Reference(r.Column + r.Width, r.Row + 1 + r.Height)).ToArray();
                byte[] workbook = Workbook(new[] { Header }.Concat(body).ToArray(), merges);
                string[] reused = Describe(SourceInput.Open(new MemoryStream(workbook), new InputOptions { DisplayName = "m.xlsx" }).Records());
                string[] own = Describe(new XlsxRecordReader(new MemoryStream(workbook), new InputOptions { DisplayName = "m.xlsx", Kind = DocumentKind.CatalogueEntry }).Read());
                return reused.SequenceEqual(own);
            });
        }

        [Fact]
        public void Merges_given_for_the_sheet_read_are_used_instead_of_the_sheets_own()
        {
            byte[] workbook = Workbook(new[] { Header, new[] { "1", "综合业务", "政策", "及时公开", "县政府" }, new[] { "2", string.Empty, "文件", "及时公开", "县政府" } }, "B2:B3");
            using var first = new XlsxRecordReader(new MemoryStream(workbook));
            XlsxSheetMerges found = first.SheetMerges!;
            var none = new XlsxSheetMerges(found.Sheet, found.Part, new List<XlsxRecordReader.MergedRange>());

            string?[] withOwn = new XlsxRecordReader(new MemoryStream(workbook), null, found).Read().Select(FirstLevel).ToArray();
            string?[] withNone = new XlsxRecordReader(new MemoryStream(workbook), null, none).Read().Select(FirstLevel).ToArray();

            Assert.Equal(new[] { "综合业务", "综合业务" }, withOwn);
            Assert.Equal(new[] { "综合业务", null }, withNone);
        }

        [Fact]
        public void Merges_given_for_another_sheet_are_not_used()
        {
            byte[] workbook = Workbook(new[] { Header, new[] { "1", "综合业务", "政策", "及时公开", "县政府" }, new[] { "2", string.Empty, "文件", "及时公开", "县政府" } }, "B2:B3");
            using var first = new XlsxRecordReader(new MemoryStream(workbook));
            var elsewhere = new XlsxSheetMerges("另一表", first.SheetMerges!.Part, new List<XlsxRecordReader.MergedRange>());

            string?[] read = new XlsxRecordReader(new MemoryStream(workbook), null, elsewhere).Read().Select(FirstLevel).ToArray();

            Assert.Equal(new[] { "综合业务", "综合业务" }, read);
        }

        /// <summary>A record's first-level item (一级事项), or <c>null</c>.</summary>
        internal static string? FirstLevel(SourceRecord record) =>
            record.Content is System.Text.Json.JsonElement content && content.TryGetProperty("firstLevelItem", out System.Text.Json.JsonElement value) ? value.GetString() : null;

        /// <summary>Each record as text: number, content, error, and where its first-level item and time limit are.</summary>
        internal static string[] Describe(IEnumerable<SourceRecord> records) =>
            records.Select(r => string.Join(
                "|",
                r.Number,
                r.Content?.GetRawText(),
                r.ReadError?.English,
                r.Origin.Cell,
                r.Locate("/firstLevelItem").Cell,
                r.Locate("/timeLimit").Cell)).ToArray();

        private static string Reference(int column, int row) => SpreadsheetColumnName.Of(column) + row;

        private static byte[] Workbook(string[][] rows, params string[] merges) => InlineStringWorkbook.Create(rows, merges).ToArray();
    }
}
