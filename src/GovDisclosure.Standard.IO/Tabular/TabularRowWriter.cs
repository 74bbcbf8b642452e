using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// Turns the rows of one table into records kept as UTF-8 JSON bytes, so that they are bound as JSON records are (from
    /// the bytes, never parsed into a document first), with one buffer and one writer reused from row to row. Where each
    /// field came from is worked out from the row's cells only when a finding asks (<see cref="TabularFieldLocations"/>, or
    /// <see cref="TabularRecordMapper.Locate"/> for a header with tick columns).
    /// Where the header allows it (<see cref="TabularRecordPlan"/>) the cells are written straight into the bytes, with no tree.
    /// One per reader; not for several threads.
    /// </summary>
    internal sealed class TabularRowWriter
    {
        /// <summary>How a record's texts are escaped (names written ahead of time, <see cref="TabularRecordPlan"/>, are escaped the same way).</summary>
        public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

        /// <summary>How a record is written: escaped by <see cref="Encoder"/>, compact, unchecked (the writer's calls are in order by construction).</summary>
        internal static readonly JsonWriterOptions Options = new JsonWriterOptions { Encoder = Encoder, SkipValidation = true };
        private readonly MemoryStream buffer = new MemoryStream(4096);
        private readonly Utf8JsonWriter writer;
        private readonly TabularHeader header;
        private readonly TabularRecordPlan? plan;

        /// <summary>Where a row's texts are gathered before they become one string (<see cref="PlannedRowMembers.Of"/>).</summary>
        private char[] rowChars = new char[1024];

        /// <summary>Creates the writer of a table's rows.</summary>
        public TabularRowWriter(TabularHeader header)
        {
            this.header = header;
            plan = TabularRecordPlan.Of(header);
            writer = new Utf8JsonWriter(buffer, Options);
        }

        /// <summary>The record of a row; <c>null</c> when the row is no record (blank, or only 试点领域 filled).</summary>
        /// <param name="number">The record's number.</param>
        /// <param name="cellText">The text of the cell at a 0-based column index, or <c>null</c>; it must give the same texts later, when a finding asks where a field is.</param>
        /// <param name="cellLocation">The location of the cell at a column index.</param>
        /// <param name="origin">Where the record starts.</param>
        public SourceRecord? Write(long number, Func<int, string?> cellText, Func<int, TabularHeader.HeaderCell, SourceLocation> cellLocation, SourceLocation origin) =>
            Write(number, new TextCells(cellText), cellLocation, origin);

        /// <summary>The record of a row; <c>null</c> when the row is no record (blank, or only 试点领域 filled).</summary>
        /// <param name="number">The record's number.</param>
        /// <param name="cells">The row's cells; what a finding needs of them later is kept (which are blank, or <see cref="ITabularCells.Keep"/>).</param>
        /// <param name="cellLocation">The location of the cell at a column index.</param>
        /// <param name="origin">Where the record starts.</param>
        public SourceRecord? Write(long number, ITabularCells cells, Func<int, TabularHeader.HeaderCell, SourceLocation> cellLocation, SourceLocation origin)
        {
            if (!TabularRecordMapper.TryWrite(header, plan, cells, buffer, writer))
            {
                return null;
            }

            // A header without tick columns locates a field from which of its cells are blank (kept by the locations
            // themselves), for the pointer a finding asks about only.
            return header.HasTicks
                ? new SourceRecord(number, buffer.ToArray(), origin, LocateByValues(header, cells.Keep(blanksOnly: false), cellLocation))
                : new SourceRecord(number, buffer.ToArray(), origin, new TabularFieldLocations(header, cells, cellLocation));
        }

        /// <summary>
        /// The record of a row of text lines (CSV), each cell located on the row's line at its 1-based column, named by its
        /// header cell (<see cref="TabularFieldLocations.OnLine"/>); <c>null</c> when the row is no record. The same record
        /// and locations as <see cref="Write(long, ITabularCells, Func{int, TabularHeader.HeaderCell, SourceLocation}, SourceLocation)"/>
        /// with that location, with no function made for a row of a header without tick columns.
        /// </summary>
        /// <param name="number">The record's number.</param>
        /// <param name="cells">The row's cells; what a finding needs of them later is kept (which are blank, or <see cref="ITabularCells.Keep"/>).</param>
        /// <param name="origin">Where the record starts: its file, line and record number.</param>
        public SourceRecord? Write(long number, ITabularCells cells, SourceLocation origin)
        {
            if (header.HasTicks)
            {
                return Write(number, cells, (i, h) => TabularFieldLocations.OnLine(origin, i, h), origin);
            }

            // A row of a header with a plan is kept as its members, bound from its cells with no JSON written; a row with a
            // json: cell (null) is written through a tree as before.
            bool? isRecord = plan is null ? null : TabularRecordMapper.Look(plan, cells);
            if (isRecord == false)
            {
                return null;
            }

            if (isRecord == true)
            {
                return new SourceRecord(number, PlannedRowMembers.Of(header, plan!, cells, ref rowChars), origin, new TabularFieldLocations(header, cells, origin));
            }

            if (!TabularRecordMapper.TryWrite(header, plan, cells, buffer, writer))
            {
                return null;
            }

            return new SourceRecord(number, buffer.ToArray(), origin, new TabularFieldLocations(header, cells, origin));
        }

        /// <summary>Where the fields of a row of a header with tick columns are: worked out from the ticked values, all at once.</summary>
        private static Func<IReadOnlyDictionary<string, SourceLocation>> LocateByValues(TabularHeader table, ITabularCells kept, Func<int, TabularHeader.HeaderCell, SourceLocation> cellLocation) =>
            () => TabularRecordMapper.Locate(table, kept, cellLocation);
    }
}
