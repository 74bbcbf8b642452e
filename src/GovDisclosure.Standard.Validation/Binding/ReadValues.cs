using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// What texts already read once were read as (a code, a channel): one binder's memory, so that the same
    /// code in the next record is looked up instead of parsed again. On .NET 9 and later it is looked up
    /// from the reader's UTF-8 without making a string. It keeps at most <see cref="Limit"/> texts, as a
    /// file has few distinct codes; a text beyond them is parsed each time.
    /// </summary>
    /// <typeparam name="T">What a text is read as.</typeparam>
    internal sealed class ReadValues<T>
        where T : class
    {
        /// <summary>The most texts kept.</summary>
        public const int Limit = 512;

        private const int LongestKept = 512;

        private readonly Dictionary<string, T> values = new Dictionary<string, T>(StringComparer.Ordinal);

        /// <summary>The value the text the reader is on (a string token) was read as, when it was read before.</summary>
        /// <param name="reader">A reader on a string.</param>
        /// <param name="value">The value, or <c>null</c>.</param>
        public bool TryGet(ref Utf8JsonReader reader, out T? value)
        {
            value = null;
            if (values.Count == 0 || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > LongestKept)
            {
                return false;
            }

#if NET9_0_OR_GREATER
            Span<char> chars = stackalloc char[LongestKept];
            int length = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
            return values.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars.Slice(0, length), out value);
#else
            return values.TryGetValue(reader.GetString()!, out value);
#endif
        }

        /// <summary>Whether no more texts are kept.</summary>
        public bool Full => values.Count >= Limit;

        /// <summary>Remembers what <paramref name="text"/> was read as, while fewer than <see cref="Limit"/> texts are kept.</summary>
        /// <param name="text">The text as read.</param>
        /// <param name="value">What it was read as.</param>
        public void Add(string text, T value)
        {
            if (values.Count < Limit && text.Length <= LongestKept)
            {
                values[text] = value;
            }
        }
    }
}
