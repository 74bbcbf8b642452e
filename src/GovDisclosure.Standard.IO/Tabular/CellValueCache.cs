using System;
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
    /// stops being kept. One per column of a reader's plan; not for several threads. Before .NET 9 (netstandard2.0 and
    /// net8.0, kept as they were), every cell is written. A cell is found by a hash of its length and a few of
    /// its characters (<see cref="HashOf"/>), not of all of them as a dictionary's is, and then compared in full: a column's
    /// few dozen cells mostly differ there already, and a cell is looked up on every row.
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
        /// <summary>How many entries the table has: a power of two, twice <see cref="Kept"/>, so that a search ends at an empty entry soon.</summary>
        private const int Entries = 2 * Kept;

        /// <summary>The cells kept, by entry (open addressing from the entry their hash chooses; <c>null</c>: empty).</summary>
        private readonly string?[] texts = new string?[Entries];

        /// <summary>The bytes of the cell in the same entry of <see cref="texts"/>.</summary>
        private readonly byte[]?[] values = new byte[]?[Entries];

        /// <summary>The hash (<see cref="HashOf"/>) of the cell in the same entry of <see cref="texts"/>.</summary>
        private readonly int[] hashes = new int[Entries];

        /// <summary>How many cells are kept.</summary>
        private int count;
        private int hits;
        private int misses;
        private bool off;

        /// <summary>
        /// The cell given last and its bytes, both as <see cref="texts"/> keeps them (forgotten with them): a column often
        /// repeats the row before's cell, found so by one comparison, with no hash of the text.
        /// </summary>
        private string? lastText;
        private byte[]? lastValue;
#endif

        /// <summary>Creates an empty cache.</summary>
        public CellValueCache()
        {
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

            int hash = HashOf(cell);
            int entry = hash & (Entries - 1);
            for (string? keptText = texts[entry]; keptText != null; keptText = texts[entry])
            {
                if (hashes[entry] == hash && cell.SequenceEqual(keptText.AsSpan()))
                {
                    hits++;
                    lastText = keptText;
                    lastValue = values[entry];
                    return lastValue;
                }

                entry = (entry + 1) & (Entries - 1);
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
            if (count >= Kept)
            {
                Forget();
                entry = hash & (Entries - 1);
            }

            // The entry the search ended at is empty (the table is never more than half full).
            string text = cell.ToString();
            texts[entry] = text;
            values[entry] = value;
            hashes[entry] = hash;
            count++;
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
            Array.Clear(texts, 0, Entries);
            Array.Clear(values, 0, Entries);
            count = 0;
            lastText = null;
            lastValue = null;
        }
#endif

        /// <summary>
        /// A cell's hash for the cache's table: of its length and of its first, last and middle characters and those a
        /// quarter in from each end, which tell a column's cells apart mostly (县级 from 县级、乡级; 政府网站、纸质媒体 from
        /// 政府网站、政务新媒体). Two cells with the same hash are told apart by comparing them in full.
        /// </summary>
        internal static int HashOf(ReadOnlySpan<char> cell)
        {
            int length = cell.Length;
            if (length == 0)
            {
                return 0;
            }

            uint hash = (uint)length * 0x9E3779B1u;
            hash = (hash ^ cell[0]) * 0x85EBCA6Bu;
            hash = (hash ^ cell[length - 1]) * 0xC2B2AE35u;
            hash = (hash ^ cell[length >> 1]) * 0x27D4EB2Fu;
            hash = (hash ^ cell[length >> 2]) * 0x165667B1u;
            hash = (hash ^ cell[length - 1 - (length >> 2)]) * 0x9E3779B1u;
            return (int)(hash ^ (hash >> 15));
        }
    }
}
