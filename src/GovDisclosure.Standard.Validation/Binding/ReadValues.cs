using System.Text.Json;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// What texts already read once were read as (a code, a channel, a time limit): one binder's memory, so that the
    /// same code in the next record is looked up instead of parsed again. It is looked up from the reader's UTF-8
    /// without making a string (<see cref="Utf8KeyedValues"/>). It keeps at most <see cref="Utf8KeyedValues.Limit"/>
    /// texts, as a file has few distinct codes; a text beyond them is parsed each time.
    /// </summary>
    internal sealed class ReadValues
    {
        private const int LongestKept = 512;

        private readonly Utf8KeyedValues values = new Utf8KeyedValues(LongestKept);

        /// <summary>Whether no more texts are kept.</summary>
        public bool Full => values.Full;

        /// <summary>The value the text the reader is on (a string token) was read as, when it was read before.</summary>
        /// <param name="reader">A reader on a string.</param>
        /// <param name="value">The value, or <c>null</c>.</param>
        public bool TryGet(ref RecordTokens reader, out object? value)
        {
            value = null;
            if (values.Count == 0 || reader.ValueIsEscaped || reader.HasValueSequence)
            {
                return false;
            }

            value = values.Find(reader.ValueSpan);
            return value != null;
        }

        /// <summary>Remembers what <paramref name="text"/> was read as, while fewer than <see cref="Utf8KeyedValues.Limit"/> texts are kept.</summary>
        /// <param name="text">The text as read.</param>
        /// <param name="value">What it was read as.</param>
        public void Add(string text, object value) => values.Add(text, value);
    }
}
