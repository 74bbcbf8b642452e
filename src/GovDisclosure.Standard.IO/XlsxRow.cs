using System;
using System.Collections.Generic;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// The cells of the worksheet row being read (工作表行), by 0-based column (-1 for a reference with no column letters),
    /// in one store reused from row to row: a dictionary, two delegates and a wrapper a row were about 1 KB. Cells keep the
    /// order they were first set in, as the dictionary did. The texts are valid until the next row is read; what a finding
    /// needs later is copied out (<see cref="Keep"/>). One per reader.
    /// </summary>
    internal sealed class XlsxRow : ITabularCells
    {
        private readonly List<int> order = new List<int>();
        private string?[] texts = new string?[16];
        private int lastColumn = -1;

        /// <summary>The number of cells the row has.</summary>
        public int Count => order.Count;

        /// <summary>The columns of the row's cells, in the order they were first set.</summary>
        public IReadOnlyList<int> Columns => order;

        /// <summary>Whether every cell of the row is empty or white space (a row with no cells is).</summary>
        public bool IsBlank()
        {
            foreach (int column in order)
            {
                if (!string.IsNullOrWhiteSpace(texts[column + 1]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc />
        public ReadOnlySpan<char> this[int index] => Text(index).AsSpan();

        /// <summary>Empties the row for the next one.</summary>
        public void Clear()
        {
            foreach (int column in order)
            {
                texts[column + 1] = null;
            }

            order.Clear();
            lastColumn = -1;
        }

        /// <summary>Sets the text of a cell (-1 ≤ column &lt; Excel's column limit); a cell set again keeps its place in the order.</summary>
        public void Set(int column, string text)
        {
            if (column + 1 >= texts.Length)
            {
                Array.Resize(ref texts, Math.Max(column + 2, texts.Length * 2));
            }

            if (texts[column + 1] is null)
            {
                order.Add(column);
                lastColumn = Math.Max(lastColumn, column);
            }

            texts[column + 1] = text;
        }

        /// <inheritdoc />
        public string? Text(int index) => index >= -1 && index + 1 < texts.Length ? texts[index + 1] : null;

        /// <inheritdoc />
        public bool IsBlank(int index) => string.IsNullOrWhiteSpace(Text(index));

        /// <summary>The row as the dictionary it was read into before (column → text, in the order the cells were set), for the header rows and the envelope sheet.</summary>
        public Dictionary<int, string> ToDictionary()
        {
            var cells = new Dictionary<int, string>(order.Count);
            foreach (int column in order)
            {
                cells[column] = texts[column + 1]!;
            }

            return cells;
        }

        /// <summary>The row's texts as strings that outlive it, or only which of them are blank.</summary>
        public ITabularCells Keep(bool blanksOnly)
        {
            int count = lastColumn + 1;
            if (blanksOnly)
            {
                return new BlankCells(this, count);
            }

            var kept = new string?[count];
            Array.Copy(texts, 1, kept, 0, count);
            return Kept(kept);
        }

        /// <summary>Texts kept after the row (a method of its own, so that a row keeping only its blanks makes no closure).</summary>
        private static TextCells Kept(string?[] kept) => new TextCells(i => i >= 0 && i < kept.Length ? kept[i] : null);
    }
}
