using System;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>The cells of a row whose texts are strings already (a spreadsheet's cells), read through a function that gives the same texts later.</summary>
    internal sealed class TextCells : ITabularCells
    {
        private readonly Func<int, string?> cellText;

        /// <summary>Wraps the texts of a row.</summary>
        /// <param name="cellText">The text of the cell at a 0-based column index, or <c>null</c>.</param>
        public TextCells(Func<int, string?> cellText) => this.cellText = cellText;

        /// <inheritdoc />
        public ReadOnlySpan<char> this[int index] => cellText(index).AsSpan();

        /// <inheritdoc />
        public string? Text(int index) => cellText(index);

        /// <inheritdoc />
        public bool IsBlank(int index) => string.IsNullOrWhiteSpace(cellText(index));

        /// <summary>The cells themselves: their function gives the same texts later.</summary>
        public ITabularCells Keep(bool blanksOnly) => this;
    }
}
