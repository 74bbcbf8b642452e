using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// A row of a header without tick columns locates a field only when a finding asks about it
    /// (<see cref="TabularFieldLocations"/>): the same pointers, in the same order, at the same cells, as locating every
    /// column at once (<see cref="TabularRecordMapper.Locate"/>) gives.
    /// </summary>
    public class TabularFieldLocationsTests
    {
        /// <summary>Standard headers of every layout, their field codes, and headers no layout knows (some dotted, some repeated).</summary>
        private static readonly string[] HeaderTexts = TabularLayout.All
            .SelectMany(l => l.Columns.SelectMany(c => new[] { c.Header, c.Path }))
            .Concat(new[] { "备注2", "extra", "office.name", "office.fax", "fees.note", "公开时限", string.Empty, " " })
            .Distinct()
            .ToArray();

        /// <summary>Blank, white-space and filled cells.</summary>
        private static readonly Gen<string?> Cell = Gen.Elements<string?>(null, string.Empty, " ", "\u3000", "x", "县民政局", "2024-02-30", "json:[1,");

        /// <summary>Pointers no header gives, and ones below a field's own (an item of a list, a part of an object).</summary>
        private static readonly string[] OtherPointers = { string.Empty, "/", "/nope", "/timeLimit/0", "/materials/1/name", "/office/name/x" };

        [Property(MaxTest = 300)]
        public Property A_field_is_located_at_the_cell_locating_every_column_at_once_gives()
        {
            Gen<(TabularLayout Layout, string[] Headers, string?[] Cells)> rows =
                from layout in Gen.Elements(TabularLayout.All.ToArray())
                from headers in Gen.Elements(HeaderTexts).NonEmptyListOf()
                from cells in Cell.ArrayOf(headers.Count + 2)
                select (layout, headers.ToArray(), cells);
            return Prop.ForAll(rows.ToArbitrary(), row =>
            {
                TabularHeader header = TabularHeader.Resolve(row.Layout, row.Headers.Select((h, i) => new KeyValuePair<int, string>(i, h)).ToArray());
                if (header.HasTicks)
                {
                    return true.Label("tick columns are located by their values");
                }

                // Fewer cells than columns, sometimes: a cell the row does not have is blank.
                string?[] texts = row.Cells.Take(row.Cells.Length - 2 * (row.Cells.Length % 2)).ToArray();
                var cells = new TextCells(i => i < texts.Length ? texts[i] : null);
                Func<int, TabularHeader.HeaderCell, SourceLocation> cellLocation = (i, h) => new SourceLocation { File = "t.csv", Line = 7, Column = i + 1, Cell = h.Text, RecordNumber = 3 };
                Dictionary<string, SourceLocation> before = TabularRecordMapper.Locate(header, cells, cellLocation);
                IReadOnlyDictionary<string, SourceLocation> now = new TabularFieldLocations(header, new BlankCells(cells, texts.Length), cellLocation).Fields();

                bool others = OtherPointers.Where(p => !before.ContainsKey(p)).All(p => !now.TryGetValue(p, out _) && !now.ContainsKey(p));
                return (now.Count == before.Count
                    && now.Keys.SequenceEqual(before.Keys)
                    && now.SequenceEqual(before)
                    && before.All(f => now.TryGetValue(f.Key, out SourceLocation? at) && at == f.Value && now[f.Key] == f.Value)
                    && others)
                    .Label(string.Join("\n", now.Select(f => f.Key + " " + f.Value)) + "\n-- before --\n" + string.Join("\n", before.Select(f => f.Key + " " + f.Value)));
            });
        }

        [Property(MaxTest = 300)]
        public Property A_row_of_text_lines_is_located_from_its_origin_as_by_a_location_made_for_each_cell()
        {
            Gen<(TabularLayout Layout, string[] Headers, string?[] Cells, int Line)> rows =
                from layout in Gen.Elements(TabularLayout.All.ToArray())
                from headers in Gen.Elements(HeaderTexts).NonEmptyListOf()
                from cells in Cell.ArrayOf(headers.Count)
                from line in Gen.Choose(1, 100_000)
                select (layout, headers.ToArray(), cells, line);
            return Prop.ForAll(rows.ToArbitrary(), row =>
            {
                TabularHeader header = TabularHeader.Resolve(row.Layout, row.Headers.Select((h, i) => new KeyValuePair<int, string>(i, h)).ToArray());
                if (header.HasTicks)
                {
                    return true.Label("tick columns are located by their values");
                }

                var cells = new TextCells(i => i < row.Cells.Length ? row.Cells[i] : null);
                var origin = new SourceLocation { File = "t.csv", Line = row.Line, Column = 1, RecordNumber = 3 };
                Func<int, TabularHeader.HeaderCell, SourceLocation> cellLocation = (i, h) => new SourceLocation { File = "t.csv", Line = row.Line, Column = i + 1, Cell = h.Text, RecordNumber = 3 };
                IReadOnlyDictionary<string, SourceLocation> before = new TabularFieldLocations(header, cells, cellLocation).Fields();
                IReadOnlyDictionary<string, SourceLocation> now = new TabularFieldLocations(header, new BlankCells(cells, row.Cells.Length), origin).Fields();
                return (now.SequenceEqual(before) && before.All(f => now[f.Key] == f.Value && now[f.Key].ToString() == f.Value.ToString()))
                    .Label(string.Join("\n", now.Select(f => f.Key + " " + f.Value)) + "\n-- before --\n" + string.Join("\n", before.Select(f => f.Key + " " + f.Value)));
            });
        }

        [Property(MaxTest = 200)]
        public Property Blank_cells_kept_say_which_cells_were_blank_for_rows_of_any_width()
        {
            Gen<string?[]> rows = from width in Gen.Choose(0, 150) from texts in Cell.ArrayOf(width) select texts;
            return Prop.ForAll(rows.ToArbitrary(), texts =>
            {
                var cells = new TextCells(i => i < texts.Length ? texts[i] : null);
                var kept = new BlankCells(cells, texts.Length);
                return Enumerable.Range(0, texts.Length + 3).All(i => kept.IsBlank(i) == cells.IsBlank(i)).Label(texts.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            });
        }

        [Fact]
        public void A_header_with_tick_columns_is_refused()
        {
            TabularLayout catalogue = TabularLayout.For(DocumentKind.CatalogueEntry)!;
            TabularHeader header = TabularHeader.Resolve(
                catalogue,
                new[] { "一级事项", "公开时限", "公开层级", "公开层级" }.Select((h, i) => new KeyValuePair<int, string>(i, h)).ToArray(),
                new[] { string.Empty, string.Empty, "县级", "乡级" }.Select((h, i) => new KeyValuePair<int, string>(i, h)).ToArray());

            Assert.True(header.HasTicks);
            Assert.Throws<ArgumentException>(() => new TabularFieldLocations(header, new TextCells(_ => null), (i, h) => new SourceLocation()));
        }
    }
}
