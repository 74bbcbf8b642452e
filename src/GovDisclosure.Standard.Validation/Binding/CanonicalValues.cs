using System;
using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// What a canonical JSON value of a code-like type (a code, a channel, an Article 20 item) was read as by its
    /// source-generated metadata: one binder's memory, so that the same code in the next record gives the same
    /// (immutable) value without being read again. Keyed by the value's canonical UTF-8 bytes; at most
    /// <see cref="Limit"/> values of at most 128 bytes are kept, as a file has few distinct codes.
    /// </summary>
    internal sealed class CanonicalValues
    {
        /// <summary>The most values kept.</summary>
        public const int Limit = 512;

        private const int LongestKept = 128;

        private readonly Dictionary<string, object> values = new Dictionary<string, object>(StringComparer.Ordinal);

        /// <summary>The value <paramref name="canonical"/> was read as before, or <c>null</c>.</summary>
        /// <param name="canonical">A canonical JSON value.</param>
        public object? Find(ReadOnlySpan<byte> canonical)
        {
            if (values.Count == 0 || canonical.Length > LongestKept)
            {
                return null;
            }

#if NET9_0_OR_GREATER
            Span<char> key = stackalloc char[LongestKept];
            for (int i = 0; i < canonical.Length; i++)
            {
                key[i] = (char)canonical[i];
            }

            return values.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key.Slice(0, canonical.Length), out object? value) ? value : null;
#else
            return values.TryGetValue(Key(canonical), out object? value) ? value : null;
#endif
        }

        /// <summary>Remembers what <paramref name="canonical"/> was read as, while fewer than <see cref="Limit"/> values are kept.</summary>
        /// <param name="canonical">A canonical JSON value.</param>
        /// <param name="value">What it was read as.</param>
        public void Add(ReadOnlySpan<byte> canonical, object value)
        {
            if (values.Count < Limit && canonical.Length <= LongestKept)
            {
                values[Key(canonical)] = value;
            }
        }

        /// <summary>The bytes, one character each (a key, not text).</summary>
        private static string Key(ReadOnlySpan<byte> canonical)
        {
            var chars = new char[canonical.Length];
            for (int i = 0; i < canonical.Length; i++)
            {
                chars[i] = (char)canonical[i];
            }

            return new string(chars);
        }
    }
}
