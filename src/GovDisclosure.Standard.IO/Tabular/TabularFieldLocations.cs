using System;
using System.Collections;
using System.Collections.Generic;
#if !NETSTANDARD2_0
using System.Diagnostics.CodeAnalysis;
#endif

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// Where each field of one row of a header without tick columns (勾选列) came from, by JSON pointer, worked out for the
    /// pointer asked for only: the same locations as <see cref="TabularRecordMapper.Locate"/> gives all at once (a field at
    /// the last filled cell of its columns, else at its first column's blank cell), with no dictionary and no location made
    /// for the columns no finding asks about. Keeps only which of the row's cells are blank, read when it is made, in itself
    /// (<see cref="BlankCells"/>, no object of its own); safe for several threads.
    /// </summary>
    internal sealed class TabularFieldLocations : IReadOnlyDictionary<string, SourceLocation>
    {
        private readonly TabularHeader header;
        private readonly BlankCells blanks;
        private readonly Func<int, TabularHeader.HeaderCell, SourceLocation>? cellLocation;
        private readonly SourceLocation? origin;

        /// <summary>The locations of a row's fields.</summary>
        /// <param name="header">The resolved header; it has no tick column.</param>
        /// <param name="cells">The row's cells: which of its header's columns are blank is read now and kept; the row may then go.</param>
        /// <param name="cellLocation">The location of the cell at a column index.</param>
        public TabularFieldLocations(TabularHeader header, ITabularCells cells, Func<int, TabularHeader.HeaderCell, SourceLocation> cellLocation)
        {
            if (header.HasTicks)
            {
                throw new ArgumentException("A header with tick columns locates its fields by their values (TabularRecordMapper.Locate).", nameof(header));
            }

            this.header = header;
            blanks = new BlankCells(cells, header.Width);
            this.cellLocation = cellLocation;
        }

        /// <summary>
        /// The locations of the fields of a row of text lines (CSV): a cell at its row's line, its column the cell's 1-based
        /// index, named by its header cell (<c>origin with { Column = index + 1, Cell = header text }</c>), with no function
        /// made for the row.
        /// </summary>
        /// <param name="header">The resolved header; it has no tick column.</param>
        /// <param name="cells">The row's cells: which of its header's columns are blank is read now and kept; the row may then go.</param>
        /// <param name="origin">Where the row starts: its file, line and record number.</param>
        public TabularFieldLocations(TabularHeader header, ITabularCells cells, SourceLocation origin)
            : this(header, cells, cellLocation: null!)
        {
            this.origin = origin;
        }

        /// <summary>The location of a cell of a row of text lines: <paramref name="origin"/> at the cell's column, named by its header cell.</summary>
        /// <param name="origin">Where the row starts.</param>
        /// <param name="index">The cell's 0-based column index.</param>
        /// <param name="cell">Its header cell.</param>
        public static SourceLocation OnLine(SourceLocation origin, int index, TabularHeader.HeaderCell cell) => origin with { Column = index + 1, Cell = cell.Text };

        /// <summary>Itself, as the field locations a <see cref="SourceRecord"/> asks for when a finding needs one.</summary>
        public IReadOnlyDictionary<string, SourceLocation> Fields() => this;

        /// <inheritdoc />
        public int Count => header.Fields.Count;

        /// <inheritdoc />
        public IEnumerable<string> Keys => header.Fields;

        /// <inheritdoc />
        public IEnumerable<SourceLocation> Values
        {
            get
            {
                foreach (string pointer in header.Fields)
                {
                    yield return this[pointer];
                }
            }
        }

        /// <inheritdoc />
        public SourceLocation this[string key] => TryGetValue(key, out SourceLocation? location) ? location : throw new KeyNotFoundException(key);

        /// <inheritdoc />
        public bool ContainsKey(string key) => key != null && header.FieldCells.ContainsKey(key);

        /// <inheritdoc />
#if NETSTANDARD2_0
        public bool TryGetValue(string key, out SourceLocation value)
#else
        public bool TryGetValue(string key, [MaybeNullWhen(false)] out SourceLocation value)
#endif
        {
            if (key is null || !header.FieldCells.TryGetValue(key, out int[]? positions))
            {
                value = null!;
                return false;
            }

            // A filled cell of the field wins over a blank one (a repeated column), the last filled one over earlier ones.
            int chosen = positions[0];
            for (int k = positions.Length - 1; k >= 0; k--)
            {
                if (!blanks.IsBlank(header.Cells[positions[k]].Index))
                {
                    chosen = positions[k];
                    break;
                }
            }

            TabularHeader.HeaderCell cell = header.Cells[chosen];
            value = cellLocation is null
                ? origin! with { Column = cell.Index + 1, Cell = cell.Text, JsonPointer = cell.Pointer }
                : cellLocation(cell.Index, cell) with { JsonPointer = cell.Pointer };
            return true;
        }

        /// <inheritdoc />
        public IEnumerator<KeyValuePair<string, SourceLocation>> GetEnumerator()
        {
            foreach (string pointer in header.Fields)
            {
                yield return new KeyValuePair<string, SourceLocation>(pointer, this[pointer]);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
