using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// A header resolved against a layout: for each column, the standard column it names, or the
    /// path of the additional field it is kept as. A header that names a standard column already
    /// taken, and any header not in the layout, become additional fields named as written.
    /// </summary>
    /// <remarks>
    /// Published catalogues write a two-row header (表头两行): a group row — 公开事项, 公开对象, 公开方式,
    /// 公开层级 spanning several columns — over a row of sub-headers — 一级事项 / 二级事项 / 三级事项,
    /// 全社会 / 特定群体, 主动 / 依申请, 县级 / 乡级 — while the other headers (序号, 公开时限 …) span
    /// both rows. Each column is then named by its sub-header when that names a standard column
    /// (一级事项), else by its group. A sub-header under a group that is a list column of the layout
    /// (a code list such as 公开层级, or 公开渠道和载体) is a tick column (勾选列): a tick (√) in it
    /// means the list holds the value the sub-header names (县级 → <c>county</c>). A blank group cell
    /// continues the group on its left (a horizontal span written in CSV); a sub-header cell that is
    /// blank or repeats its group (a vertical span, or a merged range filled in by the XLSX reader)
    /// leaves the column named by its group.
    /// </remarks>
    internal sealed class TabularHeader
    {
        /// <summary>How many rows at the top of a sheet or CSV file the readers search for the header row.</summary>
        public const int SearchRows = 10;

        private TabularHeader(TabularLayout layout, IReadOnlyList<HeaderCell> cells)
        {
            Layout = layout;
            Cells = cells;
            var fieldCells = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var fields = new List<string>();
            for (int i = 0; i < cells.Count; i++)
            {
                HeaderCell cell = cells[i];
                HasTicks |= cell.Tick != null;
                Width = Math.Max(Width, cell.Index + 1);
                if (!fieldCells.TryGetValue(cell.Pointer, out List<int>? positions))
                {
                    fieldCells.Add(cell.Pointer, positions = new List<int>());
                    fields.Add(cell.Pointer);
                }

                positions.Add(i);
            }

            Fields = fields.ToArray();
            FieldCells = fieldCells.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal);
        }

        public TabularLayout Layout { get; }

        public IReadOnlyList<HeaderCell> Cells { get; }

        /// <summary>Whether any column is a tick column (勾选列) of a list field.</summary>
        public bool HasTicks { get; }

        /// <summary>One more than the largest 0-based column index of its cells (0 when it has none): a row's cells past it are no column's.</summary>
        public int Width { get; }

        /// <summary>The JSON pointers of the columns' fields, each once, in the order of their first column.</summary>
        public IReadOnlyList<string> Fields { get; }

        /// <summary>For each field's JSON pointer, the positions in <see cref="Cells"/> of the columns that give it, in order.</summary>
        public IReadOnlyDictionary<string, int[]> FieldCells { get; }

        /// <summary>
        /// The layout whose header row <paramref name="cells"/> is, one of the first <see cref="SearchRows"/> rows a reader
        /// searches: the layout of the kind given, or told from the row (<see cref="TabularLayout.DetectKind"/>), when the row
        /// names at least two of its columns; otherwise <c>null</c>.
        /// </summary>
        /// <param name="cells">The texts of the row.</param>
        /// <param name="given">The kind the caller named, or <c>null</c> to tell it from the row.</param>
        /// <param name="refusal">Why the rows cannot be read when the kind (given or told) has no tabular layout; otherwise <c>null</c>.</param>
        public static TabularLayout? LayoutOfHeaderRow(IReadOnlyList<string> cells, DocumentKind? given, out BilingualText? refusal)
        {
            DocumentKind? kind = given ?? TabularLayout.DetectKind(cells);
            TabularLayout? layout = kind is null ? null : TabularLayout.For(kind);
            refusal = kind != null && layout is null
                ? new BilingualText($"{kind.ChineseName}没有表格格式，请使用 JSON。", $"{kind.EnglishName} records are not read from tables; use JSON.")
                : null;
            return layout != null && layout.Score(cells) >= 2 ? layout : null;
        }

        /// <summary>Resolves a one-row header, or a two-row header when <paramref name="subHeaderCells"/> is given.</summary>
        public static TabularHeader Resolve(TabularLayout layout, IReadOnlyList<KeyValuePair<int, string>> headerCells, IReadOnlyList<KeyValuePair<int, string>>? subHeaderCells = null)
        {
            var taken = new HashSet<TabularColumn>();
            var usedPaths = new HashSet<string>(StringComparer.Ordinal);
            var cells = new List<HeaderCell>();
            foreach (Named named in Name(layout, headerCells, subHeaderCells))
            {
                if (named.Tick != null)
                {
                    TabularColumn group = named.Column!;
                    if (!taken.Contains(group) || cells.Any(c => c.Column == group && c.Tick != null))
                    {
                        taken.Add(group);
                        usedPaths.Add(group.Path);
                        cells.Add(new HeaderCell(named.Index, named.Text, group, group.Segments, named.Tick));
                        continue;
                    }
                }
                else
                {
                    TabularColumn? column = layout.Match(named.Text);
                    if (column != null && taken.Add(column))
                    {
                        usedPaths.Add(column.Path);
                        cells.Add(new HeaderCell(named.Index, named.Text, column, column.Segments, null));
                        continue;
                    }
                }

                string text = named.Text;
                string[] path = layout.AdditionalFieldPath(text);
                string key = string.Join(".", path);
                if (!usedPaths.Add(key))
                {
                    path = new[] { text + "#" + named.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                }

                cells.Add(new HeaderCell(named.Index, text, null, path, null));
            }

            return new TabularHeader(layout, cells);
        }

        /// <summary>
        /// Whether <paramref name="candidate"/>, the row right below a header row, is its row of
        /// sub-headers: it names at least one standard column or tick column, holds no tick mark, and
        /// every text in it is a standard header, a sub-header of a list column, a repeat of the header
        /// above it (a vertical span), or sits under a header the layout does not know (公开事项). A
        /// data row always writes a value under some standard column, so it is never taken for one.
        /// </summary>
        public static bool IsSubHeaderRow(TabularLayout layout, IReadOnlyList<KeyValuePair<int, string>> headerCells, IReadOnlyList<KeyValuePair<int, string>> candidate)
        {
            bool names = false;
            foreach (KeyValuePair<int, string> cell in candidate)
            {
                string text = cell.Value?.Trim() ?? string.Empty;
                if (text.Length == 0)
                {
                    continue;
                }

                if (CellSyntax.IsTick(text) || CellSyntax.IsNoTick(text))
                {
                    return false;
                }

                string? group = GroupAt(headerCells, cell.Key);
                TabularColumn? groupColumn = group is null ? null : layout.Match(group);
                if (group != null && TabularLayout.Normalize(group) == TabularLayout.Normalize(text))
                {
                    continue;
                }

                if (layout.Match(text) != null || (groupColumn != null && groupColumn.IsList))
                {
                    names = true;
                    continue;
                }

                if (groupColumn != null)
                {
                    return false;
                }
            }

            return names;
        }

        private static IEnumerable<Named> Name(TabularLayout layout, IReadOnlyList<KeyValuePair<int, string>> headerCells, IReadOnlyList<KeyValuePair<int, string>>? subHeaderCells)
        {
            if (subHeaderCells is null)
            {
                foreach (KeyValuePair<int, string> cell in headerCells)
                {
                    string text = cell.Value?.Trim() ?? string.Empty;
                    if (text.Length > 0)
                    {
                        yield return new Named(cell.Key, text, null, null);
                    }
                }

                yield break;
            }

            var sub = subHeaderCells.Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(c => c.Key, c => c.Value.Trim());
            IEnumerable<int> indexes = headerCells.Where(c => !string.IsNullOrWhiteSpace(c.Value)).Select(c => c.Key).Concat(sub.Keys).Distinct().OrderBy(i => i);
            foreach (int index in indexes)
            {
                string? group = GroupAt(headerCells, index);
                bool hasLeaf = sub.TryGetValue(index, out string? leaf) && (group is null || TabularLayout.Normalize(group) != TabularLayout.Normalize(leaf));
                if (!hasLeaf)
                {
                    if (group != null && headerCells.Any(c => c.Key == index && !string.IsNullOrWhiteSpace(c.Value)))
                    {
                        yield return new Named(index, group, null, null);
                    }

                    continue;
                }

                TabularColumn? groupColumn = group is null ? null : layout.Match(group);
                if (layout.Match(leaf!) is null && groupColumn != null && groupColumn.IsList)
                {
                    yield return new Named(index, group + "/" + leaf, groupColumn, leaf);
                }
                else
                {
                    yield return new Named(index, leaf!, null, null);
                }
            }
        }

        /// <summary>The group header over a column: its own header cell, or the nearest filled one on its left.</summary>
        private static string? GroupAt(IReadOnlyList<KeyValuePair<int, string>> headerCells, int index)
        {
            string? group = null;
            int best = -1;
            foreach (KeyValuePair<int, string> cell in headerCells)
            {
                if (cell.Key <= index && cell.Key > best && !string.IsNullOrWhiteSpace(cell.Value))
                {
                    best = cell.Key;
                    group = cell.Value.Trim();
                }
            }

            return group;
        }

        private readonly struct Named
        {
            public Named(int index, string text, TabularColumn? column, string? tick)
            {
                Index = index;
                Text = text;
                Column = column;
                Tick = tick;
            }

            public int Index { get; }

            public string Text { get; }

            public TabularColumn? Column { get; }

            public string? Tick { get; }
        }

        internal sealed class HeaderCell
        {
            public HeaderCell(int index, string text, TabularColumn? column, string[] path, string? tick)
            {
                Index = index;
                Text = text;
                Column = column;
                Path = path;
                Pointer = JsonPointer.Of(path);
                Tick = tick;
            }

            /// <summary>0-based column index.</summary>
            public int Index { get; }

            /// <summary>The header as written (<c>公开层级/县级</c> for a tick column).</summary>
            public string Text { get; }

            public TabularColumn? Column { get; }

            public string[] Path { get; }

            /// <summary>The JSON pointer of <see cref="Path"/>, made once per header (a row with a finding locates every column by it).</summary>
            public string Pointer { get; }

            /// <summary>For a tick column, the sub-header whose value a tick adds to the list column (<c>县级</c>); otherwise <c>null</c>.</summary>
            public string? Tick { get; }
        }
    }
}
