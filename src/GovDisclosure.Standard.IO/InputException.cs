using System;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// An input that cannot be read at all (输入无法读取): a missing file, an unknown format, a
    /// workbook without the sheet asked for, a table without a recognisable header row, a kind that
    /// cannot be told from the content. It always says where.
    /// </summary>
    public sealed class InputException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="location">Where the problem is.</param>
        /// <param name="text">What is wrong, in Chinese and English.</param>
        /// <param name="inner">The underlying exception, if any.</param>
        public InputException(SourceLocation location, BilingualText text, Exception? inner = null)
            : base(location + ": " + (text ?? throw new ArgumentNullException(nameof(text))).English, inner)
        {
            Location = location ?? throw new ArgumentNullException(nameof(location));
            Text = text;
        }

        /// <summary>Where the problem is.</summary>
        public SourceLocation Location { get; }

        /// <summary>What is wrong, in Chinese and English.</summary>
        public BilingualText Text { get; }
    }
}
