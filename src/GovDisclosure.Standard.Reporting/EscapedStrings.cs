using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// Writes the texts of findings (messages, values, pointers) as JSON strings escaped exactly as the report's
    /// <see cref="Utf8JsonWriter"/> escapes them with its encoder, but straight into UTF-8: a finding's message nearly
    /// always quotes a value ('…'), and the writer escapes such a string in UTF-16 through the encoder and then
    /// transcodes it, about a tenth of a run where every record has findings. Here the string is transcoded once, the
    /// encoder finds each character it escapes, and an ASCII one is replaced by the encoder's own escape of it, worked
    /// out once; a string with a non-ASCII character to escape, or that is not well-formed UTF-16, is left to the writer.
    /// Only a member's value is written so (<see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/> after the
    /// member's name): an indented writer does not indent a raw array item as its own. One per writer (it reuses its
    /// buffers); not for sharing between threads.
    /// </summary>
    internal sealed class EscapedStrings
    {
        private readonly JavaScriptEncoder encoder;
        private readonly byte[]?[] asciiEscapes = new byte[128][];
        private readonly RememberedQuote[] remembered = new RememberedQuote[RememberedSlots];
        private byte[] utf8 = new byte[256];
        private byte[] quoted = new byte[512];

        /// <summary>An array of texts put together by <see cref="WriteArray"/>.</summary>
        private byte[] array = new byte[256];

        /// <summary>
        /// How many quoted strings are remembered, each in the slot its string object's identity picks. A finding writes
        /// the same string objects again and again (the file's path twice, the message as <c>message</c> and as its
        /// language's text, an argument's constant names): those are quoted once and their bytes copied after. 128, not
        /// 32: an annual report's ~7 findings name some 40 cells' pointers (the layout's strings, the same objects in every
        /// report), more than 32 slots held, so most were quoted again for every report.
        /// </summary>
        private const int RememberedSlots = 128;

        /// <summary>
        /// Strings longer than this are not remembered (each slot keeps its bytes; the buffers stay a few KB). 2,048, not
        /// 256: an annual-report identity's finding writes its <c>sums</c> texts (300–1,100 characters) in its message and
        /// again as its argument, and its <c>cells</c> text (140–330, the layout's one string) in its English message and
        /// as both of its argument's texts: quoted once each, then copied.
        /// </summary>
        private const int RememberedMaxLength = 2048;

        /// <summary>Escapes as a writer with <paramref name="encoder"/> does.</summary>
        /// <param name="encoder">The writer's encoder (<see cref="JsonWriterOptions.Encoder"/>).</param>
        public EscapedStrings(JavaScriptEncoder encoder)
        {
            this.encoder = encoder ?? throw new ArgumentNullException(nameof(encoder));
            for (int c = 0; c < asciiEscapes.Length; c++)
            {
                string one = ((char)c).ToString();
                string escaped = encoder.Encode(one);
                if (!string.Equals(escaped, one, StringComparison.Ordinal))
                {
                    asciiEscapes[c] = Encoding.UTF8.GetBytes(escaped);
                }
            }
        }

        /// <summary>Writes <paramref name="name"/> with <paramref name="value"/>, as <see cref="Utf8JsonWriter.WriteString(JsonEncodedText, string)"/> would.</summary>
        public void Write(Utf8JsonWriter writer, JsonEncodedText name, string value)
        {
            if (value is null || !TryQuoted(value, out ReadOnlySpan<byte> json))
            {
                writer.WriteString(name, value);
                return;
            }

            writer.WritePropertyName(name);
            writer.WriteRawValue(json, skipInputValidation: true);
        }

        /// <summary>
        /// The JSON string of <paramref name="value"/>, quotes included, as the writer writes it; <c>false</c> when the writer
        /// must escape it itself (a non-ASCII character to escape, or a lone surrogate). The bytes are good until the next call.
        /// </summary>
        public bool TryQuoted(string value, out ReadOnlySpan<byte> json)
        {
            if (value.Length > RememberedMaxLength)
            {
                if (!TryQuote(value, out int length))
                {
                    json = default;
                    return false;
                }

                json = quoted.AsSpan(0, length);
                return true;
            }

            // The same string object (strings do not change) was quoted before: its bytes are the same.
            ref RememberedQuote slot = ref remembered[SlotOf(value)];
            if (!ReferenceEquals(slot.Text, value))
            {
                if (!TryQuote(value, out int length))
                {
                    json = default;
                    return false;
                }

                if (slot.Json is null || slot.Json.Length < length)
                {
                    slot.Json = new byte[Math.Max(length, 64)];
                }

                quoted.AsSpan(0, length).CopyTo(slot.Json);
                slot.Length = length;
                slot.Text = value;
            }

            json = slot.Json.AsSpan(0, slot.Length);
            return true;
        }

#if NET8_0_OR_GREATER
        /// <summary>
        /// Writes <paramref name="name"/> with <paramref name="value"/>, as <see cref="Utf8JsonWriter.WriteString(JsonEncodedText, ReadOnlySpan{char})"/>
        /// would: a text put together for this one member (nothing is remembered of it).
        /// </summary>
        public void Write(Utf8JsonWriter writer, JsonEncodedText name, ReadOnlySpan<char> value)
        {
            if (!TryQuoted(value, out ReadOnlySpan<byte> json))
            {
                writer.WriteString(name, value);
                return;
            }

            writer.WritePropertyName(name);
            writer.WriteRawValue(json, skipInputValidation: true);
        }

        /// <summary>
        /// The JSON string of <paramref name="value"/>, quotes included, as the writer writes it: a text put together for one
        /// member (nothing is remembered of it); <c>false</c> as for <see cref="TryQuoted(string, out ReadOnlySpan{byte})"/>.
        /// The bytes are good until the next call.
        /// </summary>
        public bool TryQuoted(ReadOnlySpan<char> value, out ReadOnlySpan<byte> json)
        {
            if (!TryQuote(value, out int length))
            {
                json = default;
                return false;
            }

            json = quoted.AsSpan(0, length);
            return true;
        }

#endif
        /// <summary>
        /// Writes <paramref name="name"/> with an array of the <paramref name="count"/> texts <paramref name="item"/> gives,
        /// as <see cref="Utf8JsonWriter.WriteStartArray(JsonEncodedText)"/>, <see cref="Utf8JsonWriter.WriteStringValue(string)"/>
        /// for each and <see cref="Utf8JsonWriter.WriteEndArray"/> would: the whole array as one raw value, its line breaks
        /// and indentation as the writer's options make them (a raw array item would not be indented), each text quoted
        /// as <see cref="TryQuoted(string, out ReadOnlySpan{byte})"/> quotes it. When one of them cannot be quoted so, the writer writes them all.
        /// </summary>
        public void WriteArray<TState>(Utf8JsonWriter writer, JsonEncodedText name, int count, TState state, Func<TState, int, string> item)
        {
#if NET9_0_OR_GREATER
            if (count > 0 && TryArray(writer, count, state, item, out int length))
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(array.AsSpan(0, length), skipInputValidation: true);
                return;
            }
#endif
            writer.WriteStartArray(name);
            for (int i = 0; i < count; i++)
            {
                writer.WriteStringValue(item(state, i));
            }

            writer.WriteEndArray();
        }

#if NET9_0_OR_GREATER
        /// <summary>The array <see cref="WriteArray"/> writes, in <see cref="array"/>; <c>false</c> when a text cannot be quoted here.</summary>
        private bool TryArray<TState>(Utf8JsonWriter writer, int count, TState state, Func<TState, int, string> item, out int length)
        {
            JsonWriterOptions options = writer.Options;
            int depth = writer.CurrentDepth;
            length = 0;
            Append((byte)'[', ref length);
            for (int i = 0; i < count; i++)
            {
                string? value = item(state, i);
                if (value is null || !TryQuoted(value, out ReadOnlySpan<byte> json))
                {
                    return false;
                }

                if (i > 0)
                {
                    Append((byte)',', ref length);
                }

                if (options.Indented)
                {
                    NewLine(options, depth + 1, ref length);
                }

                Append(json, ref length);
            }

            if (options.Indented)
            {
                NewLine(options, depth, ref length);
            }

            Append((byte)']', ref length);
            return true;
        }

        /// <summary>A line break and the indentation of <paramref name="depth"/>, as the writer writes them before a token.</summary>
        private void NewLine(JsonWriterOptions options, int depth, ref int length)
        {
            foreach (char c in options.NewLine)
            {
                Append((byte)c, ref length);
            }

            for (int i = depth * options.IndentSize; i > 0; i--)
            {
                Append((byte)options.IndentCharacter, ref length);
            }
        }

        private void Append(byte b, ref int length)
        {
            if (length == array.Length)
            {
                Array.Resize(ref array, array.Length * 2);
            }

            array[length++] = b;
        }

        private void Append(ReadOnlySpan<byte> bytes, ref int length)
        {
            if (array.Length - length < bytes.Length)
            {
                Array.Resize(ref array, Math.Max(array.Length * 2, length + bytes.Length));
            }

            bytes.CopyTo(array.AsSpan(length));
            length += bytes.Length;
        }

#endif
        /// <summary>Writes <paramref name="value"/> when it is not <c>null</c>, as <see cref="JsonFields.String(Utf8JsonWriter, JsonEncodedText, string?)"/> does.</summary>
        public void WriteIfGiven(Utf8JsonWriter writer, JsonEncodedText name, string? value)
        {
            if (value != null)
            {
                Write(writer, name, value);
            }
        }

        /// <summary>
        /// The JSON string of <paramref name="value"/>, quotes included, in <see cref="quoted"/>; <c>false</c> when the
        /// writer must escape it itself (a non-ASCII character to escape, or a lone surrogate).
        /// </summary>
#if NET8_0_OR_GREATER
        private bool TryQuote(ReadOnlySpan<char> value, out int length)
#else
        private bool TryQuote(string value, out int length)
#endif
        {
            length = 0;
            int most = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (utf8.Length < most)
            {
                utf8 = new byte[Math.Max(most, utf8.Length * 2)];
            }

#if NET8_0_OR_GREATER
            if (System.Text.Unicode.Utf8.FromUtf16(value, utf8, out _, out int count, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                return false;
            }
#else
            foreach (char c in value)
            {
                if (char.IsSurrogate(c))
                {
                    return false;
                }
            }

            int count = Encoding.UTF8.GetBytes(value, 0, value.Length, utf8, 0);
#endif

            // An ASCII escape is at most six bytes (\uXXXX) for one.
            int room = 2 + (count * 6);
            if (quoted.Length < room)
            {
                quoted = new byte[Math.Max(room, quoted.Length * 2)];
            }

            ReadOnlySpan<byte> rest = utf8.AsSpan(0, count);
            Span<byte> output = quoted;
            int written = 0;
            output[written++] = (byte)'"';
            while (true)
            {
                int at = encoder.FindFirstCharacterToEncodeUtf8(rest);
                if (at < 0)
                {
                    rest.CopyTo(output.Slice(written));
                    written += rest.Length;
                    break;
                }

                byte b = rest[at];
                if (b >= 0x80 || asciiEscapes[b] is not byte[] escape)
                {
                    return false;
                }

                rest.Slice(0, at).CopyTo(output.Slice(written));
                written += at;
                escape.CopyTo(output.Slice(written));
                written += escape.Length;
                rest = rest.Slice(at + 1);
            }

            output[written++] = (byte)'"';
            length = written;
            return true;
        }

        /// <summary>
        /// The slot of <paramref name="value"/> (at most <see cref="RememberedMaxLength"/> characters long): a mix of its
        /// length and four of its characters. Not <see cref="RuntimeHelpers.GetHashCode(object)"/>: a string made for one
        /// finding (an argument's text) gets its first identity hash there, and a string's header often holds the
        /// runtime's flags for its characters, so the hash goes to a sync block made for it (~7 % of the one validating
        /// thread on annual reports, ~16 findings' texts a report). The slot only decides what is remembered; a hit is still the same object.
        /// </summary>
        private static int SlotOf(string value)
        {
            int length = value.Length;
            if (length == 0)
            {
                return 0;
            }

            uint h = (uint)length;
            h = (h * 31) + value[0];
            h = (h * 31) + value[length >> 1];
            h = (h * 31) + value[(length * 3) >> 2];
            h = (h * 31) + value[length - 1];
            h ^= h >> 15;
            h *= 0x2C1B3C6D;
            h ^= h >> 12;
            return (int)(h & (RememberedSlots - 1));
        }

        /// <summary>A string last quoted in its slot, and its JSON string's bytes (the first <see cref="Length"/>).</summary>
        private struct RememberedQuote
        {
            public string? Text;
            public byte[]? Json;
            public int Length;
        }
    }
}
