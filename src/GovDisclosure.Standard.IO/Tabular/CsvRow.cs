using System;
using Sylvan.Data.Csv;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// The cells of the CSV row being read, copied as spans into one buffer reused from row to row, with no string a cell:
    /// a cell's text becomes a string only where a value, a carried item or a finding needs one. A cell may be replaced by
    /// a text of its own (an item carried down, <see cref="ItemCarryDown"/>). Valid until the next row is read; not for
    /// several threads.
    /// </summary>
    internal sealed class CsvRow : ITabularCells
    {
        private char[] chars = new char[1024];
        private int[] starts = new int[32];
        private int[] lengths = new int[32];
        private string?[] replaced = new string?[32];
        private bool[] isReplaced = new bool[32];

        // Whether a cell of the row was replaced since the marks were last cleared: a row with none clears nothing.
        private bool anyReplaced;

        // Whether each cell is blank, found as it is copied: the row's writer, its carried items and its kept locations all ask.
        private bool[] blank = new bool[32];

        /// <summary>How many cells the row has.</summary>
        public int Count { get; private set; }

        /// <inheritdoc />
        public ReadOnlySpan<char> this[int index] =>
            index >= Count ? ReadOnlySpan<char>.Empty : isReplaced[index] ? replaced[index].AsSpan() : chars.AsSpan(starts[index], lengths[index]);

        /// <summary>Whether every cell is blank.</summary>
        public bool IsBlankRow
        {
            get
            {
                for (int i = 0; i < Count; i++)
                {
                    if (!IsBlank(i))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>Copies the fields of the parser's current row.</summary>
        public void Read(CsvDataReader parser)
        {
            Start(parser.RowFieldCount);
            int at = 0;
            for (int i = 0; i < Count; i++)
            {
#if NETSTANDARD2_0
                at = Add(i, at, parser.GetString(i).AsSpan());
#else
                at = Add(i, at, parser.GetFieldSpan(i));
#endif
            }
        }

        /// <summary>Copies the cells of a row read as strings (the row after the header, read while the header was sought).</summary>
        public void Read(string[] cells)
        {
            Start(cells.Length);
            int at = 0;
            for (int i = 0; i < Count; i++)
            {
                at = Add(i, at, cells[i].AsSpan());
            }
        }

        /// <inheritdoc />
        public string? Text(int index) =>
            index >= Count ? null : isReplaced[index] ? replaced[index] : new string(chars, starts[index], lengths[index]);

        /// <inheritdoc />
        public bool IsBlank(int index) => index >= Count || blank[index];

        /// <summary>Replaces a cell's text (<c>null</c>: blank) until the next row.</summary>
        public void Replace(int index, string? text)
        {
            replaced[index] = text;
            isReplaced[index] = true;
            anyReplaced = true;
            blank[index] = string.IsNullOrWhiteSpace(text);
        }

        /// <summary>Whether a cell holds a character.</summary>
        public bool Holds(int index, char c) => this[index].IndexOf(c) >= 0;

        /// <summary>The row's cells as strings that outlive it, or only which of them are blank.</summary>
        public ITabularCells Keep(bool blanksOnly)
        {
            if (blanksOnly)
            {
                return new BlankCells(this, Count);
            }

            var texts = new string?[Count];
            for (int i = 0; i < texts.Length; i++)
            {
                texts[i] = Text(i);
            }

            return new TextCells(i => i < texts.Length ? texts[i] : null);
        }

        private void Start(int count)
        {
            Count = count;
            if (starts.Length < count)
            {
                int size = Math.Max(count, starts.Length * 2);
                starts = new int[size];
                lengths = new int[size];
                replaced = new string?[size];
                isReplaced = new bool[size];
                blank = new bool[size];
            }
            else if (anyReplaced)
            {
                // Every mark is cleared, not only the new row's count: a longer row before may have left some further on.
                Array.Clear(replaced, 0, replaced.Length);
                Array.Clear(isReplaced, 0, isReplaced.Length);
            }

            anyReplaced = false;
        }

        private int Add(int index, int at, ReadOnlySpan<char> field)
        {
            if (chars.Length - at < field.Length)
            {
                Array.Resize(ref chars, Math.Max(at + field.Length, chars.Length * 2));
            }

            field.CopyTo(chars.AsSpan(at));
            starts[index] = at;
            lengths[index] = field.Length;
            blank[index] = CellBlankness.IsBlank(field);
            return at + field.Length;
        }
    }
}
