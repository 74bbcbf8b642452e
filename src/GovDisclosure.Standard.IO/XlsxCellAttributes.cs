using System;
using System.Globalization;
using System.Xml;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// The attributes of a worksheet cell (<c>c</c>) or row (<c>row</c>) that its reading depends on — the reference
    /// (<c>r</c>), the type (<c>t</c>) and the style (<c>s</c>) — read from the <see cref="XmlReader"/>'s characters through
    /// one buffer, with no string made for them: <see cref="XmlReader.GetAttribute(string)"/> made three strings a cell.
    /// What is read is what those strings gave when parsed (the same column, type, style and row number). One per reader.
    /// </summary>
    internal sealed class XlsxCellAttributes
    {
        /// <summary>Excel's column limit (XFD); a reference beyond it reads as this column.</summary>
        internal const int MaxColumns = 16384;

        private readonly char[] buffer;
        private XmlNameTable? names;
        private string reference = "r";
        private string type = "t";
        private string style = "s";

        /// <summary>Reads attributes through <paramref name="buffer"/>, which the caller may also use between reads.</summary>
        public XlsxCellAttributes(char[] buffer) => this.buffer = buffer;

        /// <summary>The type of a cell (<c>t</c>) as the reader tells them apart.</summary>
        public enum CellType
        {
            /// <summary>No <c>t</c> attribute.</summary>
            None,

            /// <summary><c>n</c>: a number.</summary>
            Number,

            /// <summary><c>s</c>: an index into the shared strings.</summary>
            Shared,

            /// <summary><c>inlineStr</c>: a string in the cell.</summary>
            Inline,

            /// <summary><c>b</c>: a Boolean.</summary>
            Boolean,

            /// <summary>Any other value (<c>str</c>, <c>e</c>, <c>d</c>, …).</summary>
            Other,
        }

        /// <summary>Whether the cell last read has a reference (<c>r</c>).</summary>
        public bool HasReference { get; private set; }

        /// <summary>The 0-based column of the reference (<see cref="ColumnIndex"/>) when there is one.</summary>
        public int Column { get; private set; }

        /// <summary>The type of the cell last read.</summary>
        public CellType Type { get; private set; }

        /// <summary>The style of the cell last read (<c>s</c>, a whole number), or <c>null</c> when it has none or it is no number.</summary>
        public uint? Style { get; private set; }

        /// <summary>Reads the attributes of the cell element the reader is on; leaves the reader on the element.</summary>
        public void ReadCell(XmlReader xml)
        {
            Atomize(xml);
            HasReference = false;
            Column = 0;
            Type = CellType.None;
            Style = null;
            if (!xml.MoveToFirstAttribute())
            {
                return;
            }

            do
            {
                if (xml.Prefix.Length != 0)
                {
                    continue;
                }

                string name = xml.LocalName;
                if ((object)name == reference)
                {
                    HasReference = true;
                    Column = ColumnIndex(buffer.AsSpan(0, Value(xml)));
                }
                else if ((object)name == type)
                {
                    Type = TypeOf(buffer.AsSpan(0, Value(xml)));
                }
                else if ((object)name == style)
                {
                    int length = Value(xml);
                    Style = length < buffer.Length ? ParseWhole(buffer.AsSpan(0, length)) : ParseWhole(xml.Value.AsSpan());
                }
            }
            while (xml.MoveToNextAttribute());
            xml.MoveToElement();
        }

        /// <summary>
        /// The number of the row element the reader is on (<c>r</c>): when missing, non-numeric, zero, negative or
        /// overflowing, the row after <paramref name="previous"/>. Leaves the reader on the element.
        /// </summary>
        public long RowNumber(XmlReader xml, long previous)
        {
            Atomize(xml);
            uint? number = null;
            if (xml.MoveToFirstAttribute())
            {
                do
                {
                    if (xml.Prefix.Length == 0 && (object)xml.LocalName == reference)
                    {
                        int length = Value(xml);
                        number = length < buffer.Length ? ParseWhole(buffer.AsSpan(0, length)) : ParseWhole(xml.Value.AsSpan());
                        break;
                    }
                }
                while (xml.MoveToNextAttribute());
                xml.MoveToElement();
            }

            return number is uint index && index > 0 ? index : previous + 1;
        }

        /// <summary>The 0-based column of a cell reference (<c>B7</c> → 1) from its leading capital letters: -1 without any, <see cref="MaxColumns"/> past Excel's last column.</summary>
        public static int ColumnIndex(ReadOnlySpan<char> reference)
        {
            int index = 0;
            foreach (char c in reference)
            {
                if (c < 'A' || c > 'Z')
                {
                    break;
                }

                index = (index * 26) + (c - 'A' + 1);
                if (index > MaxColumns)
                {
                    return MaxColumns;
                }
            }

            return index - 1;
        }

        /// <summary>The type a <c>t</c> attribute's value names.</summary>
        public static CellType TypeOf(ReadOnlySpan<char> value) =>
            value.SequenceEqual("s".AsSpan()) ? CellType.Shared
            : value.SequenceEqual("n".AsSpan()) ? CellType.Number
            : value.SequenceEqual("inlineStr".AsSpan()) ? CellType.Inline
            : value.SequenceEqual("b".AsSpan()) ? CellType.Boolean
            : CellType.Other;

        /// <summary>A whole number as <see cref="uint.TryParse(string, NumberStyles, IFormatProvider, out uint)"/> reads it with no sign or white space allowed, or <c>null</c>.</summary>
        public static uint? ParseWhole(ReadOnlySpan<char> text)
        {
#if NET
            return uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out uint value) ? value : null;
#else
            return uint.TryParse(text.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out uint value) ? value : null;
#endif
        }

        /// <summary>The names looked for, atomized in the reader's name table (each reader has its own), so that they are compared by reference.</summary>
        private void Atomize(XmlReader xml)
        {
            if (!ReferenceEquals(xml.NameTable, names))
            {
                names = xml.NameTable;
                reference = names.Add("r");
                type = names.Add("t");
                style = names.Add("s");
            }
        }

        /// <summary>Copies the value of the attribute the reader is on into the buffer; its length, or the buffer's length when it fills it (the value may go on).</summary>
        private int Value(XmlReader xml)
        {
            int length = 0;
            int read;
            while (length < buffer.Length && (read = xml.ReadValueChunk(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
            }

            return length;
        }
    }
}
