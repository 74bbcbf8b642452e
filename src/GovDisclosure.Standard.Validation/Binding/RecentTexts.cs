using System;
using System.Text.Json;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// The texts one binder read lately, by their UTF-8: a text given again in a later record (a responsible body, a legal
    /// basis, an item's name, as catalogues repeat them) is the string made for it before, found from the reader's bytes
    /// with no decoding and nothing allocated. A table of <see cref="Slots"/> slots, each text in the slot of its hash,
    /// the last text of a slot replacing the one before; only short unescaped texts are kept (their bytes in one array,
    /// <see cref="LongestKept"/> bytes a slot). Strings are immutable, so a text read so is the same as one read anew,
    /// by <see cref="Utf8JsonReader.GetString"/>, which makes every text not found. Not for use by two threads at once.
    /// </summary>
    internal sealed class RecentTexts
    {
        /// <summary>Slots in the table (a power of two).</summary>
        public const int Slots = 512;

        /// <summary>The longest text kept, in UTF-8 bytes.</summary>
        public const int LongestKept = 96;

        private readonly byte[] bytes = new byte[Slots * LongestKept];
        private readonly int[] lengths = new int[Slots];
        private readonly int[] hashes = new int[Slots];
        private readonly string?[] texts = new string?[Slots];

        /// <summary>The text of the string token the reader is on, as <see cref="Utf8JsonReader.GetString"/> gives it.</summary>
        /// <param name="reader">A reader on a string token.</param>
        public string Read(ref RecordTokens reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > LongestKept)
            {
                return reader.GetString()!;
            }

            ReadOnlySpan<byte> utf8 = reader.ValueSpan;
            int hash = Utf8KeyedValues.Hash(utf8);
            int slot = hash & (Slots - 1);
            string? text = texts[slot];
            if (text != null && hashes[slot] == hash && utf8.SequenceEqual(new ReadOnlySpan<byte>(bytes, slot * LongestKept, lengths[slot])))
            {
                return text;
            }

            // Made (and checked) by the reader first: a text it cannot read throws as before and is not kept.
            text = reader.GetString()!;
            utf8.CopyTo(new Span<byte>(bytes, slot * LongestKept, LongestKept));
            lengths[slot] = utf8.Length;
            hashes[slot] = hash;
            texts[slot] = text;
            return text;
        }
    }
}
