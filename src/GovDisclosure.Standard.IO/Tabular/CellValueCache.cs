using System;
using System.IO;
using System.Text.Json;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// The JSON values of the last few distinct cells of one column whose values come from a short vocabulary (a code, a
    /// list of codes, channels, article 20 items): a table writes the same few cells again on every row (全社会, 主动公开,
    /// 县级、乡级), and the value of a cell is a function of its text alone (<see cref="CellSyntax.TryWrite"/>), so a cell
    /// written before is copied as the bytes it gave, with no cutting, no code looked up and no text escaped again. A column
    /// that repeats too little stops being kept. One per column of a reader's plan; not for several threads.
    /// </summary>
    internal sealed class CellValueCache
    {
        /// <summary>How many distinct cells are kept; the oldest is replaced.</summary>
        private const int Kept = 8;

        /// <summary>The longest cell kept, in characters: a code-list cell is short; a longer one is written each time.</summary>
        private const int LongestKept = 64;

        /// <summary>How many cells are written before a column that has repeated less than one in four stops being kept.</summary>
        private const int Trial = 64;

        private readonly string?[] texts = new string?[Kept];
        private readonly byte[]?[] values = new byte[Kept][];
        private int next;
        private int hits;
        private int misses;
        private bool off;

        /// <summary>Whether a column's cells are kept: those whose syntax names values of a short vocabulary.</summary>
        public static bool Suits(TabularColumn? column) =>
            column != null && column.CellType is CellType.Code or CellType.CodeList or CellType.Channels or CellType.CategoryNumber or CellType.CategoryNumbers;

        /// <summary>
        /// Writes a filled cell that is no <c>json:</c> cell as <see cref="CellSyntax.TryWrite"/> writes it: the bytes kept
        /// for the same text, else written once into <paramref name="scratch"/> and kept.
        /// </summary>
        /// <param name="writer">The record's writer, after the member's name.</param>
        /// <param name="column">The column (one that <see cref="Suits"/>).</param>
        /// <param name="cell">The cell as read.</param>
        /// <param name="scratch">The writer a value is first written by, reset onto <paramref name="scratchBytes"/>; its options are the record writer's.</param>
        /// <param name="scratchBytes">Receives a value written by <paramref name="scratch"/>.</param>
        public void Write(Utf8JsonWriter writer, TabularColumn column, ReadOnlySpan<char> cell, Utf8JsonWriter scratch, MemoryStream scratchBytes)
        {
            if (off || cell.Length > LongestKept)
            {
                CellSyntax.TryWrite(writer, column, cell);
                return;
            }

            for (int k = 0; k < Kept; k++)
            {
                string? text = texts[k];
                if (text != null && cell.SequenceEqual(text.AsSpan()))
                {
                    hits++;
                    writer.WriteRawValue(values[k]!, skipInputValidation: true);
                    return;
                }
            }

            if (++misses >= Trial && hits * 3 < misses)
            {
                off = true;
                CellSyntax.TryWrite(writer, column, cell);
                return;
            }

            scratchBytes.SetLength(0);
            scratch.Reset(scratchBytes);
            CellSyntax.TryWrite(scratch, column, cell);
            scratch.Flush();
            byte[] value = scratchBytes.ToArray();
            texts[next] = cell.ToString();
            values[next] = value;
            next = (next + 1) % Kept;
            writer.WriteRawValue(value, skipInputValidation: true);
        }
    }
}
