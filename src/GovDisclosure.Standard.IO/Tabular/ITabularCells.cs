using System;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// The cells of one table row as a record is written from them (<see cref="TabularRecordMapper"/>): each cell's text as
    /// a span, valid while the row is written, and as a string only where a value or a finding needs one. A cell the row
    /// does not have reads as empty (blank and missing cells are alike: no content).
    /// </summary>
    internal interface ITabularCells
    {
        /// <summary>The text of the cell at a 0-based column index; empty when the row has no such cell.</summary>
        ReadOnlySpan<char> this[int index] { get; }

        /// <summary>The text of the cell at a 0-based column index, or <c>null</c> when the row has no such cell.</summary>
        string? Text(int index);

        /// <summary>Whether the cell at a 0-based column index is empty or white space (or missing).</summary>
        bool IsBlank(int index);

        /// <summary>
        /// The cells as they must stay for a finding that asks where a field is, after the row is gone: all their texts,
        /// or, when <paramref name="blanksOnly"/>, only which of them are blank (all a header without tick columns needs,
        /// <see cref="TabularRecordMapper.Locate"/>).
        /// </summary>
        ITabularCells Keep(bool blanksOnly);
    }
}
