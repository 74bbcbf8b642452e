using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// A header row resolved against a layout: for each column, the standard column it names, or the
    /// path of the additional field it is kept as. A header that names a standard column already
    /// taken, and any header not in the layout, become additional fields named as written.
    /// </summary>
    internal sealed class TabularHeader
    {
        private static readonly Regex DottedPath = new Regex("^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)+$", RegexOptions.CultureInvariant);

        private TabularHeader(TabularLayout layout, IReadOnlyList<HeaderCell> cells)
        {
            Layout = layout;
            Cells = cells;
        }

        public TabularLayout Layout { get; }

        public IReadOnlyList<HeaderCell> Cells { get; }

        public static TabularHeader Resolve(TabularLayout layout, IReadOnlyList<KeyValuePair<int, string>> headerCells)
        {
            var taken = new HashSet<TabularColumn>();
            var usedPaths = new HashSet<string>(StringComparer.Ordinal);
            var cells = new List<HeaderCell>();
            var objectPrefixes = new HashSet<string>(layout.Columns.Where(c => c.Segments.Length > 1).Select(c => c.Segments[0]), StringComparer.Ordinal);
            foreach (KeyValuePair<int, string> cell in headerCells)
            {
                string text = cell.Value.Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                TabularColumn? column = layout.Match(text);
                if (column != null && taken.Add(column))
                {
                    usedPaths.Add(column.Path);
                    cells.Add(new HeaderCell(cell.Key, text, column, column.Segments));
                    continue;
                }

                string[] path = DottedPath.IsMatch(text) && objectPrefixes.Contains(text.Split('.')[0]) ? text.Split('.') : new[] { text };
                string key = string.Join(".", path);
                if (!usedPaths.Add(key))
                {
                    path = new[] { text + "#" + cell.Key.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                }

                cells.Add(new HeaderCell(cell.Key, text, null, path));
            }

            return new TabularHeader(layout, cells);
        }

        internal sealed class HeaderCell
        {
            public HeaderCell(int index, string text, TabularColumn? column, string[] path)
            {
                Index = index;
                Text = text;
                Column = column;
                Path = path;
            }

            /// <summary>0-based column index.</summary>
            public int Index { get; }

            public string Text { get; }

            public TabularColumn? Column { get; }

            public string[] Path { get; }
        }
    }
}
