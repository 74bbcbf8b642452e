using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input.Tabular;
using GovDisclosure.Standard.Shapes;
using Xunit;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// <see cref="CellValueCache"/> copies the bytes a cell gave before; these check that a column's cells written through it
    /// give the bytes <see cref="CellSyntax.TryWrite"/> gives each of them, whether the cells repeat, outgrow what is kept or
    /// repeat too little to be kept.
    /// </summary>
    public class CellValueCacheTests
    {
        private static readonly TabularColumn[] Columns = TabularLayout.All.SelectMany(l => l.Columns).Where(CellValueCache.Suits).ToArray();

        /// <summary>Pieces of cells of every syntax: codes, channels, items, marks, numbers, dates, periods, separators and quotes.</summary>
        private static readonly string[] Pieces =
        {
            "全社会", "特定群体", "县级", "乡级", "主动公开", "依申请公开", "政府网站", "政务新媒体", "■", "□", "●", "〇", "、", "，", ";", "\n", " ",
            "《社会救助暂行办法》", "（试行）", "“办理时间、地点”", "1", "11", "第十五项", "2024-02-29", "2024年3月1日", "20个工作日", "30日", "飞鸽传书",
            "\"", "\\", "\t", "\u2028", "😀", "x",
        };

        [Property(MaxTest = 200)]
        public Property A_column_written_through_its_cache_gives_the_bytes_each_cell_gives()
        {
            Gen<string> cell = Gen.Elements(Pieces).NonEmptyListOf().Select(p => string.Concat(p));
            Gen<(TabularColumn Column, string[] Cells)> cases =
                from column in Gen.Elements(Columns)
                from vocabulary in cell.NonEmptyListOf()
                from count in Gen.Choose(1, 600)
                from picks in Gen.Choose(0, int.MaxValue).ArrayOf(count)
                select (column, picks.Select(p => vocabulary[p % vocabulary.Count]).ToArray());
            return Prop.ForAll(cases.ToArbitrary(), c => Written(c.Column, c.Cells, cached: true) == Written(c.Column, c.Cells, cached: false));
        }

        [Fact]
        public void Every_syntax_written_without_a_tree_is_kept()
        {
            Assert.Contains(Columns, c => c.CellType == CellType.Channels);
            Assert.Contains(Columns, c => c.CellType == CellType.CodeList);
            Assert.DoesNotContain(TabularLayout.All.SelectMany(l => l.Columns), c => c.CellType == CellType.Fees && CellValueCache.Suits(c));
            Assert.False(CellValueCache.Suits(null));
        }

        private static string Written(TabularColumn column, string[] cells, bool cached)
        {
            var cache = new CellValueCache();
            using var scratchBytes = new MemoryStream();
            using var scratch = new Utf8JsonWriter(scratchBytes, TabularRowWriter.Options);
            using var output = new MemoryStream();
            using (var writer = new Utf8JsonWriter(output, TabularRowWriter.Options))
            {
                writer.WriteStartArray();
                foreach (string cell in cells)
                {
                    if (CellSyntax.IsJsonCell(cell.AsSpan()) || cell.AsSpan().IsWhiteSpace())
                    {
                        continue;
                    }

                    if (cached)
                    {
                        cache.Write(writer, column, cell.AsSpan(), scratch, scratchBytes);
                    }
                    else
                    {
                        Assert.True(CellSyntax.TryWrite(writer, column, cell.AsSpan()));
                    }
                }

                writer.WriteEndArray();
            }

            return System.Text.Encoding.UTF8.GetString(output.ToArray());
        }
    }
}
