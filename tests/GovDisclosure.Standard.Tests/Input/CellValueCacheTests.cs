using System;
using System.Collections.Generic;
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

        /// <summary>
        /// Cells in runs, as a column repeats the row before's cell (the cache gives the last cell's bytes on one comparison):
        /// each cell gives the bytes <see cref="CellSyntax.TryWrite"/> writes, or none exactly where the cache's policy before
        /// the last cell was remembered gave none (a cell too long, a column that repeats too little), whether the runs are
        /// long, the cells outgrow what is kept, or cells share a beginning.
        /// </summary>
        [Property(MaxTest = 200)]
        public Property A_column_of_repeated_cells_gives_what_the_cache_gave_before_the_last_cell_was_remembered()
        {
            Gen<string> cell = Gen.Frequency(
                (8, Gen.Elements(Pieces).NonEmptyListOf().Select(p => string.Concat(p))),
                (1, Gen.Elements(127, 128, 129).Select(n => new string('x', n))),
                (1, Gen.Elements("县级", "县级、", "县级、乡级")));
            Gen<(TabularColumn Column, string[] Cells)> cases =
                from column in Gen.Elements(Columns)
                from vocabulary in cell.NonEmptyListOf()
                from runs in Gen.Choose(0, int.MaxValue).SelectMany(p => Gen.Choose(1, 20).Select(n => (p, n))).ListOf()
                select (column, runs.SelectMany(r => Enumerable.Repeat(vocabulary[r.p % vocabulary.Count], r.n)).ToArray());
            return Prop.ForAll(cases.ToArbitrary(), c =>
            {
                string? differs = Differs(c.Column, c.Cells);
                return (differs is null).Label(differs ?? string.Empty);
            });
        }

        /// <summary>
        /// Cells that a hash of a few of their characters (<see cref="CellValueCache.HashOf"/>) does not tell apart: the same
        /// length, the same first, last and middle characters, differing elsewhere, with cells of one character and of the
        /// longest kept: each cell gives its own bytes (or none where the policy before gave none), and a cell found again is
        /// given the very array it was given when it was kept, until the cache forgets it.
        /// </summary>
        [Property(MaxTest = 200)]
        public Property Cells_alike_where_the_hash_looks_give_each_its_own_bytes_and_a_kept_cell_the_same_array()
        {
            Gen<string> cell = Gen.Frequency(
                (6, Gen.Elements("县", "乡", "、").ArrayOf(7).Select(middle => "政府网站" + string.Concat(middle) + "媒体")),
                (2, Gen.Elements("县", "乡", "村").ArrayOf(9).Select(middle => "县" + string.Concat(middle) + "级")),
                (1, Gen.Elements("县", "乡", "市", "x")),
                (1, Gen.Elements("县", "乡").ArrayOf(126).Select(middle => "《" + string.Concat(middle) + "》")));
            Gen<(TabularColumn Column, string[] Cells)> cases =
                from column in Gen.Elements(Columns.Where(c => c.CellType == CellType.Text).ToArray())
                from vocabulary in cell.NonEmptyListOf()
                from count in Gen.Choose(1, 800)
                from picks in Gen.Choose(0, int.MaxValue).ArrayOf(count)
                select (column, picks.Select(p => vocabulary[p % vocabulary.Count]).ToArray());
            return Prop.ForAll(cases.ToArbitrary(), c =>
            {
                string? differs = Differs(c.Column, c.Cells) ?? ArraysDiffer(c.Column, c.Cells);
                return (differs is null).Label(differs ?? string.Empty);
            });
        }

        [Fact]
        public void Every_syntax_written_without_a_tree_is_kept()
        {
            Assert.Contains(Columns, c => c.CellType == CellType.Channels);
            Assert.Contains(Columns, c => c.CellType == CellType.CodeList);
            Assert.DoesNotContain(TabularLayout.All.SelectMany(l => l.Columns), c => c.CellType == CellType.Fees && CellValueCache.Suits(c));
            Assert.False(CellValueCache.Suits(null));
        }

        /// <summary>What differs between the cache and <see cref="PolicyBefore"/> over a column's cells, or <c>null</c>.</summary>
        private static string? Differs(TabularColumn column, string[] cells)
        {
            var cache = new CellValueCache();
            var before = new PolicyBefore();
            using var scratchBytes = new MemoryStream();
            using var scratch = new Utf8JsonWriter(scratchBytes, TabularRowWriter.Options);
            using var alone = new MemoryStream();
            for (int i = 0; i < cells.Length; i++)
            {
                string cell = cells[i];
                if (CellSyntax.IsJsonCell(cell.AsSpan()) || cell.AsSpan().IsWhiteSpace())
                {
                    continue;
                }

                byte[]? bytes = cache.Bytes(column, cell.AsSpan(), scratch, scratchBytes);
                bool keptBefore = before.Keeps(cell);
                if ((bytes != null) != keptBefore)
                {
                    return $"cell {i} ({cell}): kept {bytes != null}, before {keptBefore}";
                }

                alone.SetLength(0);
                using (var writer = new Utf8JsonWriter(alone, TabularRowWriter.Options))
                {
                    Assert.True(CellSyntax.TryWrite(writer, column, cell.AsSpan()));
                }

                if (bytes != null && !bytes.AsSpan().SequenceEqual(alone.ToArray()))
                {
                    return $"cell {i} ({cell}): {System.Text.Encoding.UTF8.GetString(bytes)} against {System.Text.Encoding.UTF8.GetString(alone.ToArray())}";
                }
            }

            return null;
        }

        /// <summary>
        /// Where the cache gives a kept cell an array other than the one it gave when it kept the cell (a new one only after
        /// it forgot its cells: more than 64 distinct ones since), or <c>null</c>.
        /// </summary>
        private static string? ArraysDiffer(TabularColumn column, string[] cells)
        {
            var cache = new CellValueCache();
            using var scratchBytes = new MemoryStream();
            using var scratch = new Utf8JsonWriter(scratchBytes, TabularRowWriter.Options);
            var given = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            for (int i = 0; i < cells.Length; i++)
            {
                string cell = cells[i];
                bool keptBefore = given.TryGetValue(cell, out byte[]? before);
                byte[]? bytes = cache.Bytes(column, cell.AsSpan(), scratch, scratchBytes);
                if (bytes is null)
                {
                    given.Clear();
                    continue;
                }

                if (keptBefore && !ReferenceEquals(bytes, before))
                {
                    return $"cell {i} ({cell}): a new array for a kept cell";
                }

                if (!keptBefore && given.Values.Any(b => ReferenceEquals(b, bytes)))
                {
                    return $"cell {i} ({cell}): another cell's array";
                }

                if (!keptBefore && given.Count >= 64)
                {
                    given.Clear();
                }

                given[cell] = bytes;
            }

            return null;
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

        /// <summary>
        /// Whether <see cref="CellValueCache"/> gave a cell's bytes before it remembered the last cell: up to 64 distinct cells
        /// of up to 128 characters kept, all forgotten when one more comes, the column no longer kept once 256 cells missed
        /// with less than one in four found.
        /// </summary>
        private sealed class PolicyBefore
        {
            private readonly HashSet<string> kept = new HashSet<string>(StringComparer.Ordinal);
            private int hits;
            private int misses;
            private bool off;

            public bool Keeps(string cell)
            {
                if (off || cell.Length > 128)
                {
                    return false;
                }

                if (kept.Contains(cell))
                {
                    hits++;
                    return true;
                }

                if (++misses >= 256 && hits * 3 < misses)
                {
                    off = true;
                    kept.Clear();
                    return false;
                }

                if (kept.Count >= 64)
                {
                    kept.Clear();
                }

                kept.Add(cell);
                return true;
            }
        }
    }
}
