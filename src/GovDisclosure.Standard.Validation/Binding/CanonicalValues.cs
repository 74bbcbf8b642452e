using System;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// What a canonical JSON value of a code-like type (a code, a channel, an Article 20 item) was read as by its
    /// source-generated metadata: one binder's memory, so that the same code in the next record gives the same
    /// (immutable) value without being read again. Keyed by the value's canonical UTF-8 bytes
    /// (<see cref="Utf8KeyedValues"/>); at most <see cref="Utf8KeyedValues.Limit"/> values of at most 128 bytes are
    /// kept, as a file has few distinct codes.
    /// </summary>
    internal sealed class CanonicalValues
    {
        private const int LongestKept = 128;

        private readonly Utf8KeyedValues values = new Utf8KeyedValues(LongestKept);

        /// <summary>The value <paramref name="canonical"/> was read as before, or <c>null</c>.</summary>
        /// <param name="canonical">A canonical JSON value.</param>
        public object? Find(ReadOnlySpan<byte> canonical) => values.Find(canonical);

        /// <summary>Remembers what <paramref name="canonical"/> was read as, while fewer than <see cref="Utf8KeyedValues.Limit"/> values are kept.</summary>
        /// <param name="canonical">A canonical JSON value.</param>
        /// <param name="value">What it was read as.</param>
        public void Add(ReadOnlySpan<byte> canonical, object value) => values.Add(canonical, value);
    }
}
