using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// The JSON values of the distinct cells of one column: a table writes the same few cells again on every row (全社会,
    /// 主动公开, 县级、乡级, the same 公开依据 and 公开主体), and the value of a cell is a function of its text alone (<see cref="CellSyntax.TryWrite"/>),
    /// so a cell written before is copied as the bytes it gave, with no cutting, no code looked up and no text escaped
    /// again. At most <see cref="Kept"/> cells are kept (all are forgotten when more come); a column that repeats too little
    /// stops being kept. One per column of a reader's plan; not for several threads. Where the runtime cannot look a
    /// dictionary up by a span (before .NET 9), every cell is written.
    /// </summary>
    internal sealed class CellValueCache
    {
        /// <summary>How many distinct cells are kept; when one more comes, all are forgotten.</summary>
        private const int Kept = 64;

        /// <summary>The longest cell kept, in characters; a longer one is written each time.</summary>
        private const int LongestKept = 128;

        /// <summary>How many cells are written before a column that has repeated less than one in four stops being kept.</summary>
        private const int Trial = 256;

#if NET9_0_OR_GREATER
        private readonly Dictionary<string, byte[]> values;

        /// <summary>The look-up of <see cref="values"/> by a cell's span, made once (making it checks the comparer's type each time).</summary>
        private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> byText;
        private int hits;
        private int misses;
        private bool off;

        /// <summary>
        /// The cell given last and its bytes, both as <see cref="values"/> keeps them (forgotten with them): a column often
        /// repeats the row before's cell, found so by one comparison, with no hash of the text.
        /// </summary>
        private string? lastText;
        private byte[]? lastValue;
#endif

        /// <summary>Creates an empty cache.</summary>
        public CellValueCache()
        {
#if NET9_0_OR_GREATER
            values = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            byText = values.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        }

        /// <summary>Whether a column's cells are kept: those of a standard column whose syntax <see cref="CellSyntax.TryWrite"/> writes with no tree.</summary>
        public static bool Suits(TabularColumn? column) =>
            column != null && column.CellType is CellType.Text or CellType.Code or CellType.TextList or CellType.CodeList or CellType.CategoryNumbers
                or CellType.CategoryNumber or CellType.Integer or CellType.Date or CellType.Channels or CellType.ContentElements or CellType.TimePeriod;

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
            byte[]? kept = Bytes(column, cell, scratch, scratchBytes);
            if (kept != null)
            {
                writer.WriteRawValue(kept, skipInputValidation: true);
            }
            else
            {
                CellSyntax.TryWrite(writer, column, cell);
            }
        }

        /// <summary>
        /// The bytes <see cref="CellSyntax.TryWrite"/> writes for a filled cell that is no <c>json:</c> cell: those kept for
        /// the same text, else written once into <paramref name="scratch"/> and kept; <c>null</c> when the cell is not kept
        /// (too long, or the column stopped being kept), for the caller to write it.
        /// </summary>
        /// <param name="column">The column (one that <see cref="Suits"/>).</param>
        /// <param name="cell">The cell as read.</param>
        /// <param name="scratch">The writer a value is first written by, reset onto <paramref name="scratchBytes"/>; its options are the record writer's.</param>
        /// <param name="scratchBytes">Receives a value written by <paramref name="scratch"/>.</param>
        public byte[]? Bytes(TabularColumn column, ReadOnlySpan<char> cell, Utf8JsonWriter scratch, MemoryStream scratchBytes)
        {
#if NET9_0_OR_GREATER
            if (off || cell.Length > LongestKept)
            {
                return null;
            }

            if (lastText != null && cell.SequenceEqual(lastText.AsSpan()))
            {
                hits++;
                return lastValue;
            }

            if (byText.TryGetValue(cell, out string? keptText, out byte[]? kept))
            {
                hits++;
                lastText = keptText;
                lastValue = kept;
                return kept;
            }

            if (++misses >= Trial && hits * 3 < misses)
            {
                off = true;
                Forget();
                return null;
            }

            scratchBytes.SetLength(0);
            scratch.Reset(scratchBytes);
            CellSyntax.TryWrite(scratch, column, cell);
            scratch.Flush();
            byte[] value = scratchBytes.ToArray();
            if (values.Count >= Kept)
            {
                Forget();
            }

            string text = cell.ToString();
            values.Add(text, value);
            lastText = text;
            lastValue = value;
            return value;
#else
            return null;
#endif
        }

#if NET9_0_OR_GREATER
        /// <summary>Forgets every cell kept, the last one given included.</summary>
        private void Forget()
        {
            values.Clear();
            lastText = null;
            lastValue = null;
        }
#endif
    }
}
