using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using Xunit;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// <see cref="XlsxMergeFill"/> looks only at the merged ranges spanning the row being read; the cells it fills must be
    /// those filled by looking at every range on every row, in the sheet's order — the reader's way before it — whatever
    /// the ranges (overlapping, repeated, upside down) and whatever the order of the rows.
    /// </summary>
    public class XlsxMergeFillTests
    {
        private const int Columns = 6;

        [Property(MaxTest = 300)]
        public Property Cells_filled_are_those_filled_by_looking_at_every_range_on_every_row()
        {
            Gen<XlsxRecordReader.MergedRange> range = Gen.Zip(Gen.Zip(Gen.Choose(0, Columns - 2), Gen.Choose(1, 10)), Gen.Zip(Gen.Choose(-1, 2), Gen.Choose(-1, 4)))
                .Select(t => new XlsxRecordReader.MergedRange(t.Item1.Item1, t.Item1.Item2, t.Item1.Item1 + t.Item2.Item1, t.Item1.Item2 + t.Item2.Item2));
            Gen<string?> cell = Gen.Elements<string?>(null, null, string.Empty, "综合业务", "出生登记", "及时公开");
            Gen<(int Row, string?[] Cells)> row = Gen.Zip(Gen.Choose(1, 14), cell.ArrayOf(Columns)).Select(t => (t.Item1, t.Item2));
            Gen<int[]> ascending = Gen.Choose(1, 3).ArrayOf().Select(steps => steps.Select((s, i) => steps.Take(i + 1).Sum()).ToArray());
            Gen<(int Row, string?[] Cells)[]> rows = Gen.OneOf(
                row.ArrayOf(),
                Gen.Zip(ascending, cell.ArrayOf(Columns).ArrayOf(16)).Select(t => t.Item1.Take(16).Select((r, i) => (r, t.Item2[i])).ToArray()));
            return Prop.ForAll(range.ArrayOf().Select(r => r.Take(12).ToArray()).ToArbitrary(), rows.ToArbitrary(), (ranges, sheet) =>
            {
                var fill = new XlsxMergeFill(ranges);
                var everyRange = new EveryRangeFill(ranges);
                foreach ((int number, string?[] texts) in sheet)
                {
                    XlsxRow filled = Row(texts);
                    XlsxRow expected = Row(texts);
                    fill.Apply(number, filled);
                    everyRange.Apply(number, expected);
                    if (!Describe(filled).SequenceEqual(Describe(expected)))
                    {
                        return false;
                    }
                }

                return true;
            });
        }

        [Fact]
        public void A_sheet_read_in_order_looks_only_at_the_ranges_spanning_each_row()
        {
            // 10,000 ranges of two rows each, one after the other: each row is spanned by one of them.
            var ranges = Enumerable.Range(0, 10_000).Select(i => new XlsxRecordReader.MergedRange(0, 2 * i + 1, 1, 2 * i + 2)).ToList();
            var fill = new XlsxMergeFill(ranges);
            int most = 0;
            for (int number = 1; number <= 20_000; number++)
            {
                XlsxRow row = Row(new[] { number % 2 == 1 ? "一级事项" + number : null, null });
                fill.Apply(number, row);
                most = System.Math.Max(most, fill.ActiveCount);
                Assert.Equal("一级事项" + (number % 2 == 1 ? number : number - 1), row.Text(0));
                Assert.Equal("一级事项" + (number % 2 == 1 ? number : number - 1), row.Text(1));
            }

            Assert.Equal(1, most);
        }

        [Fact]
        public void A_pass_after_a_reset_fills_from_the_anchors_read_in_that_pass()
        {
            var fill = new XlsxMergeFill(new[] { new XlsxRecordReader.MergedRange(0, 1, 0, 3) });
            fill.Apply(1, Row(new[] { "第一遍" }));
            fill.Reset();
            fill.Apply(1, Row(new[] { "第二遍" }));
            XlsxRow third = Row(new string?[] { null });
            fill.Apply(3, third);
            Assert.Equal("第二遍", third.Text(0));
        }

        private static XlsxRow Row(string?[] texts)
        {
            var row = new XlsxRow();
            for (int c = 0; c < texts.Length; c++)
            {
                if (texts[c] is string text)
                {
                    row.Set(c, text);
                }
            }

            return row;
        }

        private static IEnumerable<string> Describe(XlsxRow row) =>
            row.Columns.Select(c => c + "=" + row.Text(c));

        /// <summary>The reader's way before <see cref="XlsxMergeFill"/>: every range looked at on every row, in the sheet's order.</summary>
        private sealed class EveryRangeFill
        {
            private readonly IReadOnlyList<XlsxRecordReader.MergedRange> ranges;
            private readonly Dictionary<(int, long), string> anchors = new Dictionary<(int, long), string>();

            public EveryRangeFill(IReadOnlyList<XlsxRecordReader.MergedRange> ranges) => this.ranges = ranges;

            public void Apply(long row, XlsxRow cells)
            {
                foreach (XlsxRecordReader.MergedRange range in ranges)
                {
                    if (row < range.FirstRow || row > range.LastRow)
                    {
                        continue;
                    }

                    if (row == range.FirstRow)
                    {
                        anchors[(range.FirstColumn, range.FirstRow)] = cells.Text(range.FirstColumn) ?? string.Empty;
                    }

                    if (!anchors.TryGetValue((range.FirstColumn, range.FirstRow), out string? anchor))
                    {
                        continue;
                    }

                    for (int c = range.FirstColumn; c <= range.LastColumn; c++)
                    {
                        if (!(c == range.FirstColumn && row == range.FirstRow) && (cells.Text(c) is not string own || own.Length == 0))
                        {
                            cells.Set(c, anchor);
                        }
                    }
                }
            }
        }
    }
}
