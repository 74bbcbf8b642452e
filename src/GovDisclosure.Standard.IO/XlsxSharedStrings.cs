using System.Collections.Generic;
using System.Text;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// A workbook's shared-strings table (共享字符串表) held as one block of text and where each item starts: a table
    /// of millions of tiny or empty items costs four bytes an item, not an object each, so memory stays a small
    /// multiple of the part's size, which <see cref="InputLimits.MaxPartSize"/> bounds.
    /// </summary>
    internal sealed class XlsxSharedStrings
    {
        private readonly StringBuilder text = new StringBuilder();
        private readonly List<int> starts = new List<int>();

        /// <summary>The number of items.</summary>
        public int Count => starts.Count;

        /// <summary>The text of item <paramref name="index"/>.</summary>
        public string this[int index]
        {
            get
            {
                int start = starts[index];
                int end = index + 1 < starts.Count ? starts[index + 1] : text.Length;
                return end == start ? string.Empty : text.ToString(start, end - start);
            }
        }

        /// <summary>Adds an item.</summary>
        public void Add(StringBuilder item)
        {
            starts.Add(text.Length);
            text.Append(item);
        }
    }
}
