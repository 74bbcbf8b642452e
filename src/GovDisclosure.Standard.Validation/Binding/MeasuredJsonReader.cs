using System;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// Reads the tokens of a record whose bytes the reading thread's boundary scan measured (<see cref="SourceRecord.IsStrictJson"/>):
    /// one well-formed JSON object or array in valid UTF-8, with no comment, no trailing comma, no <c>\u</c> escape, no
    /// control character in a string, nested at most 64 deep. On such bytes it gives the tokens a
    /// <see cref="Utf8JsonReader"/> gives — type, start, bytes consumed, value, escaping — with none of its checks: a
    /// string ends at the next quote that no backslash escapes, a number or literal at the next delimiter. On any other
    /// bytes what it gives is undefined; it is only ever made over bytes the scan proved.
    /// </summary>
    internal ref struct MeasuredJsonReader
    {
        private readonly ReadOnlySpan<byte> json;
        private int consumed;
        private int tokenStart;
        private int valueStart;
        private int valueLength;
        private int depth;
        private ulong objects;
        private bool escaped;
        private bool nameNext;
        private JsonTokenType tokenType;

        /// <summary>The stops of the block of <see cref="json"/> searched last, kept for the strings after it.</summary>
        private JsonStringStops stops;

        /// <summary>A reader before the first token of <paramref name="json"/>.</summary>
        /// <param name="json">Bytes the boundary scan measured as one value.</param>
        public MeasuredJsonReader(ReadOnlySpan<byte> json)
        {
            this.json = json;
            consumed = 0;
            tokenStart = 0;
            valueStart = 0;
            valueLength = 0;
            depth = 0;
            objects = 0;
            escaped = false;
            nameNext = false;
            tokenType = JsonTokenType.None;
            stops = default;
        }

        /// <summary>The kind of the token read last.</summary>
        public readonly JsonTokenType TokenType => tokenType;

        /// <summary>Where the token read last starts (its opening quote for a string or name).</summary>
        public readonly long TokenStartIndex => tokenStart;

        /// <summary>How many bytes have been read (a name's <c>:</c> included, a value's following <c>,</c> not yet).</summary>
        public readonly long BytesConsumed => consumed;

        /// <summary>The raw bytes of the token read last (a string's or name's between its quotes, escapes as written).</summary>
        public readonly ReadOnlySpan<byte> ValueSpan => json.Slice(valueStart, valueLength);

        /// <summary>The bytes from the start of the token read last to the end.</summary>
        public readonly ReadOnlySpan<byte> FromToken => json.Slice(tokenStart);

        /// <summary>Whether the string or name read last holds a backslash escape.</summary>
        public readonly bool ValueIsEscaped => escaped;

        /// <summary>Reads the next token; false at the end of the value.</summary>
        public bool Read()
        {
            int i = consumed;
            ReadOnlySpan<byte> bytes = json;
            i = JsonBlank.Skip(bytes, i);
            if ((uint)i >= (uint)bytes.Length)
            {
                return false;
            }

            byte b = bytes[i];
            if (b == (byte)',')
            {
                i = JsonBlank.Skip(bytes, i + 1);
                b = bytes[i];
                nameNext = depth > 0 && (objects & (1UL << (depth - 1))) != 0;
            }

            tokenStart = i;
            escaped = false;
            switch (b)
            {
                case (byte)'"':
                    int end = StringEnd(bytes, i + 1, out escaped);
                    valueStart = i + 1;
                    valueLength = end - valueStart;
                    i = end + 1;
                    if (nameNext)
                    {
                        nameNext = false;
                        tokenType = JsonTokenType.PropertyName;

                        // The name's colon is read with it, as Utf8JsonReader reads it.
                        i = JsonBlank.Skip(bytes, i) + 1;
                    }
                    else
                    {
                        tokenType = JsonTokenType.String;
                    }

                    break;
                case (byte)'{':
                    objects |= 1UL << depth;
                    depth++;
                    nameNext = true;
                    tokenType = JsonTokenType.StartObject;
                    Token(ref i, 1);
                    break;
                case (byte)'[':
                    objects &= ~(1UL << depth);
                    depth++;
                    nameNext = false;
                    tokenType = JsonTokenType.StartArray;
                    Token(ref i, 1);
                    break;
                case (byte)'}':
                    depth--;
                    nameNext = false;
                    tokenType = JsonTokenType.EndObject;
                    Token(ref i, 1);
                    break;
                case (byte)']':
                    depth--;
                    nameNext = false;
                    tokenType = JsonTokenType.EndArray;
                    Token(ref i, 1);
                    break;
                case (byte)'t':
                    tokenType = JsonTokenType.True;
                    Token(ref i, 4);
                    break;
                case (byte)'f':
                    tokenType = JsonTokenType.False;
                    Token(ref i, 5);
                    break;
                case (byte)'n':
                    tokenType = JsonTokenType.Null;
                    Token(ref i, 4);
                    break;
                default:
                    int last = i + 1;
                    while (last < bytes.Length && IsNumberByte(bytes[last]))
                    {
                        last++;
                    }

                    tokenType = JsonTokenType.Number;
                    Token(ref i, last - i);
                    break;
            }

            consumed = i;
            return true;
        }

        /// <summary>
        /// Skips the value the reader is on, as <see cref="Utf8JsonReader.Skip"/> does: from a name to its value, and from
        /// the start of an object or array to its end.
        /// </summary>
        public void Skip()
        {
            if (tokenType == JsonTokenType.PropertyName)
            {
                Read();
            }

            if (tokenType != JsonTokenType.StartObject && tokenType != JsonTokenType.StartArray)
            {
                return;
            }

            ReadOnlySpan<byte> bytes = json;
            int open = 1;
            int i = consumed;
            while (true)
            {
                byte b = bytes[i];
                if (b == (byte)'"')
                {
                    i = StringEnd(bytes, i + 1, out _) + 1;
                    continue;
                }

                if (b == (byte)'{' || b == (byte)'[')
                {
                    open++;
                }
                else if ((b == (byte)'}' || b == (byte)']') && --open == 0)
                {
                    break;
                }

                i++;
            }

            EndAt(i);
        }

        /// <summary>
        /// Skips the object or array the reader is on, as <see cref="Skip"/> does, when where it ends is known already:
        /// <paramref name="end"/> is the index of its closing bracket (as the bytes of a list bound before end, the same
        /// bytes at the same start).
        /// </summary>
        /// <param name="end">The index of the closing bracket of the object or array the reader is on.</param>
        public void SkipTo(int end) => EndAt(end);

        /// <summary>Puts the reader on the closing bracket at <paramref name="i"/> of the object or array it was on.</summary>
        private void EndAt(int i)
        {
            depth--;
            nameNext = false;
            tokenStart = i;
            escaped = false;
            tokenType = json[i] == (byte)'}' ? JsonTokenType.EndObject : JsonTokenType.EndArray;
            valueStart = i;
            valueLength = 1;
            consumed = i + 1;
        }

        /// <summary>The text of the string or name read last (<c>null</c> for a null), as <see cref="Utf8JsonReader.GetString"/> gives it.</summary>
        public readonly string? GetString()
        {
            if (tokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (tokenType != JsonTokenType.String && tokenType != JsonTokenType.PropertyName)
            {
                throw new InvalidOperationException($"Cannot get the value of a token type '{tokenType}' as a string.");
            }

            ReadOnlySpan<byte> value = ValueSpan;
            if (!escaped)
            {
                return Utf8Text(value);
            }

            byte[] unescaped = new byte[value.Length];
            return Utf8Text(new ReadOnlySpan<byte>(unescaped, 0, Unescape(value, unescaped)));
        }

        /// <summary>Whether the string or name read last is <paramref name="utf8"/> once its escapes are undone.</summary>
        public readonly bool ValueTextEquals(ReadOnlySpan<byte> utf8)
        {
            if (!escaped)
            {
                return ValueSpan.SequenceEqual(utf8);
            }

            byte[] unescaped = new byte[valueLength];
            return new ReadOnlySpan<byte>(unescaped, 0, Unescape(ValueSpan, unescaped)).SequenceEqual(utf8);
        }

        /// <summary>The number read last as an <see cref="int"/>, when it is one, as <see cref="Utf8JsonReader.TryGetInt32"/> reads it.</summary>
        public readonly bool TryGetInt32(out int value)
        {
            ReadOnlySpan<byte> span = ValueSpan;
            if (Utf8Parser.TryParse(span, out int parsed, out int read) && read == span.Length)
            {
                value = parsed;
                return true;
            }

            value = 0;
            return false;
        }

        /// <summary>The number read last as a <see cref="long"/>, when it is one, as <see cref="Utf8JsonReader.TryGetInt64"/> reads it.</summary>
        public readonly bool TryGetInt64(out long value)
        {
            ReadOnlySpan<byte> span = ValueSpan;
            if (Utf8Parser.TryParse(span, out long parsed, out int read) && read == span.Length)
            {
                value = parsed;
                return true;
            }

            value = 0;
            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Token(ref int i, int length)
        {
            valueStart = i;
            valueLength = length;
            i += length;
        }

        /// <summary>
        /// The index of the quote that ends the string whose first byte is at <paramref name="from"/>: the first stop at or
        /// after it that is a quote (no string of measured bytes holds a control character, so every stop in one is a quote
        /// or a backslash, and an escaped character is stepped over).
        /// </summary>
        private int StringEnd(ReadOnlySpan<byte> bytes, int from, out bool escaped)
        {
            escaped = false;
            while (true)
            {
                int at = stops.Next(bytes, from);
                if (bytes[at] == (byte)'"')
                {
                    return at;
                }

                escaped = true;
                from = at + 2;
            }
        }

        private static bool IsNumberByte(byte b) => (uint)(b - '0') <= 9u || b == (byte)'.' || b == (byte)'e' || b == (byte)'E' || b == (byte)'-' || b == (byte)'+';

        /// <summary>Undoes the escapes of a string with no <c>\u</c> escape; the length written.</summary>
        private static int Unescape(ReadOnlySpan<byte> value, byte[] into)
        {
            int written = 0;
            for (int i = 0; i < value.Length; i++)
            {
                byte b = value[i];
                if (b == (byte)'\\')
                {
                    b = value[++i] switch
                    {
                        (byte)'b' => (byte)'\b',
                        (byte)'f' => (byte)'\f',
                        (byte)'n' => (byte)'\n',
                        (byte)'r' => (byte)'\r',
                        (byte)'t' => (byte)'\t',
                        byte other => other,
                    };
                }

                into[written++] = b;
            }

            return written;
        }

        private static string Utf8Text(ReadOnlySpan<byte> utf8)
        {
#if NETSTANDARD2_0
            return utf8.IsEmpty ? string.Empty : Encoding.UTF8.GetString(utf8.ToArray());
#else
            return Encoding.UTF8.GetString(utf8);
#endif
        }
    }
}
