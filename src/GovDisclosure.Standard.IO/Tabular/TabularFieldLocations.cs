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
    /// (<see cref="BlankCells"/>, no object of its own); safe for several threads. A row of text lines (CSV) keeps its file,
    /// line and number, not a location: its origin and a field's location are made when asked (<see cref="IRecordPlaces"/>).
    /// </summary>
    internal sealed class TabularFieldLocations : IReadOnlyDictionary<string, SourceLocation>, IRecordPlaces
    {
        private readonly TabularHeader header;

        /// <summary>Which of the row's cells were blank, read when the locations were made (unless <see cref="keptCells"/>).</summary>
        private readonly BlankCells blanks;

        /// <summary>
        /// The row's cells themselves when the record keeps them anyway and they do not change (a row kept as its members,
        /// <see cref="PlannedRowMembers"/>): asked which are blank only when a finding asks where a field is, so nothing is
        /// read for a row no finding asks about; else <c>null</c>.
        /// </summary>
        private readonly ITabularCells? keptCells;
        private readonly Func<int, TabularHeader.HeaderCell, SourceLocation>? cellLocation;

        /// <summary>A row of text lines' file (<see cref="cellLocation"/> is then <c>null</c>).</summary>
        private readonly string? file;

        /// <summary>A row of text lines' line, where it starts.</summary>
        private readonly long line;

        /// <summary>A row of text lines' record number.</summary>
        private readonly long number;

        /// <summary>The locations of a row's fields.</summary>
        /// <param name="header">The resolved header; it has no tick column.</param>
        /// <param name="cells">The row's cells: which of its header's columns are blank is read now and kept; the row may then go.</param>
        /// <param name="cellLocation">The location of the cell at a column index.</param>
        public TabularFieldLocations(TabularHeader header, ITabularCells cells, Func<int, TabularHeader.HeaderCell, SourceLocation> cellLocation)
        {
            this.header = WithoutTicks(header);
            blanks = new BlankCells(cells, header.Width);
            this.cellLocation = cellLocation;
        }

        /// <summary>
        /// The locations of the fields of a row of text lines (CSV): a cell at its row's line, its column the cell's 1-based
        /// index, named by its header cell (<see cref="OnLine"/> of the row's <see cref="RowOrigin"/>), with no function and no
        /// location made for the row until a finding asks.
        /// </summary>
        /// <param name="header">The resolved header; it has no tick column.</param>
        /// <param name="cells">The row's cells: which of its header's columns are blank is read now and kept; the row may then go.</param>
        /// <param name="file">The row's file as locations show it.</param>
        /// <param name="line">The 1-based line the row starts on.</param>
        /// <param name="number">The row's record number.</param>
        public TabularFieldLocations(TabularHeader header, ITabularCells cells, string? file, long line, long number)
            : this(header, cells, cellLocation: null!)
        {
            this.file = file;
            this.line = line;
            this.number = number;
        }

        /// <summary>
        /// The locations of the fields of a row of text lines (CSV) kept as its members: as
        /// <see cref="TabularFieldLocations(TabularHeader, ITabularCells, string, long, long)"/> with the members as its cells,
        /// which of them are blank asked of the members only when a finding asks where a field is.
        /// </summary>
        /// <param name="header">The resolved header; it has no tick column (it has a plan).</param>
        /// <param name="members">The row kept as its members (immutable: a blank cell is one with no text kept).</param>
        /// <param name="file">The row's file as locations show it.</param>
        /// <param name="line">The 1-based line the row starts on.</param>
        /// <param name="number">The row's record number.</param>
        public TabularFieldLocations(TabularHeader header, PlannedRowMembers members, string? file, long line, long number)
        {
            this.header = WithoutTicks(header);
            keptCells = members;
            this.file = file;
            this.line = line;
            this.number = number;
        }

        /// <summary>The header, which has no tick column: a header with them locates its fields by their values.</summary>
        private static TabularHeader WithoutTicks(TabularHeader header) => header.HasTicks
            ? throw new ArgumentException("A header with tick columns locates its fields by their values (TabularRecordMapper.Locate).", nameof(header))
            : header;

        /// <summary>Where a row of text lines starts: its file, its line at column 1, and its record number.</summary>
        /// <param name="file">The file as locations show it.</param>
        /// <param name="line">The 1-based line.</param>
        /// <param name="number">The record's number.</param>
        public static SourceLocation RowOrigin(string? file, long line, long number) =>
            new SourceLocation { File = file, Line = line, Column = 1, RecordNumber = number };

        /// <summary>The location of a cell of a row of text lines: <paramref name="origin"/> at the cell's column, named by its header cell.</summary>
        /// <param name="origin">Where the row starts.</param>
        /// <param name="index">The cell's 0-based column index.</param>
        /// <param name="cell">Its header cell.</param>
        public static SourceLocation OnLine(SourceLocation origin, int index, TabularHeader.HeaderCell cell) => origin with { Column = index + 1, Cell = cell.Text };

        /// <summary>
        /// The location of the cell of a row of text lines at a 0-based column, with a pointer and record number: the row's
        /// <see cref="RowOrigin"/> <see cref="OnLine"/> with them, made as one object.
        /// </summary>
        private SourceLocation CellOnLine(TabularHeader.HeaderCell cell, string jsonPointer, long recordNumber) =>
            new SourceLocation { File = file, Line = line, Column = cell.Index + 1, RecordNumber = recordNumber, Cell = cell.Text, JsonPointer = jsonPointer };

        /// <inheritdoc />
        SourceLocation IRecordPlaces.Origin() => cellLocation is null
            ? RowOrigin(file, line, number)
            : throw new InvalidOperationException("Only a row of text lines makes its origin from its places; a sheet's row is given its origin.");

        /// <inheritdoc />
        bool IRecordPlaces.TryLocate(string field, string jsonPointer, long recordNumber, out SourceLocation location)
        {
            if (!TryCell(field, out TabularHeader.HeaderCell cell))
            {
                location = null!;
                return false;
            }

            location = cellLocation is null
                ? CellOnLine(cell, jsonPointer, recordNumber)
                : cellLocation(cell.Index, cell) with { JsonPointer = jsonPointer, RecordNumber = recordNumber };
            return true;
        }

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
            if (!TryCell(key, out TabularHeader.HeaderCell cell))
            {
                value = null!;
                return false;
            }

            value = cellLocation is null
                ? CellOnLine(cell, cell.Pointer, number)
                : cellLocation(cell.Index, cell) with { JsonPointer = cell.Pointer };
            return true;
        }

        /// <summary>The header cell a field is located at: a filled cell of the field wins over a blank one (a repeated column), the last filled one over earlier ones.</summary>
        private bool TryCell(string? key, out TabularHeader.HeaderCell cell)
        {
            if (key is null || !header.FieldCells.TryGetValue(key, out int[]? positions))
            {
                cell = default!;
                return false;
            }

            int chosen = positions[0];
            for (int k = positions.Length - 1; k >= 0; k--)
            {
                int column = header.Cells[positions[k]].Index;
                if (!(keptCells is null ? blanks.IsBlank(column) : keptCells.IsBlank(column)))
                {
                    chosen = positions[k];
                    break;
                }
            }

            cell = header.Cells[chosen];
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
