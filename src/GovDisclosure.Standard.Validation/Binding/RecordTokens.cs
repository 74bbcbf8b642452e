using System;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// The tokens of a record the binder reads: by a <see cref="Utf8JsonReader"/>, or, for a record whose bytes the reading
    /// thread's boundary scan measured (<see cref="SourceRecord.IsStrictJson"/>), by a <see cref="MeasuredJsonReader"/>,
    /// which gives the same tokens with none of the checks those bytes were proven to pass. Which of the two reads is
    /// fixed when the tokens are made, for the whole record; each member asks it once and goes on with that reader.
    /// </summary>
    internal ref struct RecordTokens
    {
        private Utf8JsonReader json;
        private MeasuredJsonReader measured;
        private readonly bool isMeasured;

        /// <summary>Tokens read by a <see cref="Utf8JsonReader"/> with <paramref name="options"/>.</summary>
        /// <param name="source">The bytes to read.</param>
        /// <param name="options">The reader's options.</param>
        public RecordTokens(ReadOnlySpan<byte> source, JsonReaderOptions options)
        {
            json = new Utf8JsonReader(source, options);
            measured = default;
            isMeasured = false;
        }

        private RecordTokens(ReadOnlySpan<byte> measuredSource)
        {
            json = default;
            measured = new MeasuredJsonReader(measuredSource);
            isMeasured = true;
        }

        /// <summary>Tokens of bytes the boundary scan measured, read with none of a <see cref="Utf8JsonReader"/>'s checks.</summary>
        /// <param name="source">One value the boundary scan (<c>JsonValueExtent</c>) measured (or a value inside one).</param>
        public static RecordTokens Measured(ReadOnlySpan<byte> source) => new RecordTokens(source);

        /// <summary>Whether the tokens are read by <see cref="MeasuredJsonReader"/>.</summary>
        public readonly bool IsMeasured => isMeasured;

        /// <summary>The kind of the token read last.</summary>
        public readonly JsonTokenType TokenType
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => isMeasured ? measured.TokenType : json.TokenType;
        }

        /// <summary>Where the token read last starts.</summary>
        public readonly long TokenStartIndex => isMeasured ? measured.TokenStartIndex : json.TokenStartIndex;

        /// <summary>How many bytes have been read.</summary>
        public readonly long BytesConsumed => isMeasured ? measured.BytesConsumed : json.BytesConsumed;

        /// <summary>The raw bytes of the token read last.</summary>
        public readonly ReadOnlySpan<byte> ValueSpan
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => isMeasured ? measured.ValueSpan : json.ValueSpan;
        }

        /// <summary>Whether the string or name read last holds an escape.</summary>
        public readonly bool ValueIsEscaped => isMeasured ? measured.ValueIsEscaped : json.ValueIsEscaped;

        /// <summary>Whether the value read last spans buffers (never: a record is one span).</summary>
        public readonly bool HasValueSequence => !isMeasured && json.HasValueSequence;

        /// <summary>Reads the next token; false at the end.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Read() => isMeasured ? measured.Read() : json.Read();

        /// <summary>Skips the value the reader is on (see <see cref="Utf8JsonReader.Skip"/>).</summary>
        public void Skip()
        {
            if (isMeasured)
            {
                measured.Skip();
            }
            else
            {
                json.Skip();
            }
        }

        /// <summary>
        /// Skips the object or array the reader is on, whose bytes are known to end just before <paramref name="end"/> (those of
        /// a list bound before, the same bytes from the same start): the measured reader is put on its closing bracket with
        /// no byte read; a <see cref="Utf8JsonReader"/> skips it as <see cref="Skip"/> does.
        /// </summary>
        /// <param name="end">Just after the object's or array's closing bracket, from the start of the record's bytes.</param>
        public void SkipTo(int end)
        {
            if (isMeasured)
            {
                measured.SkipTo(end - 1);
            }
            else
            {
                json.Skip();
            }
        }

        /// <summary>The text of the string or name read last (see <see cref="Utf8JsonReader.GetString"/>).</summary>
        public readonly string? GetString() => isMeasured ? measured.GetString() : json.GetString();

        /// <summary>Whether the string or name read last is <paramref name="utf8"/> once its escapes are undone.</summary>
        public readonly bool ValueTextEquals(ReadOnlySpan<byte> utf8) => isMeasured ? measured.ValueTextEquals(utf8) : json.ValueTextEquals(utf8);

        /// <summary>The number read last as an <see cref="int"/>, when it is one.</summary>
        public readonly bool TryGetInt32(out int value) => isMeasured ? measured.TryGetInt32(out value) : json.TryGetInt32(out value);

        /// <summary>The number read last as a <see cref="long"/>, when it is one.</summary>
        public readonly bool TryGetInt64(out long value) => isMeasured ? measured.TryGetInt64(out value) : json.TryGetInt64(out value);

        /// <summary>The number read last as a <see cref="decimal"/>, when it is one, as <see cref="Utf8JsonReader.TryGetDecimal"/> reads it.</summary>
        public readonly bool TryGetDecimal(out decimal value)
        {
            if (!isMeasured)
            {
                return json.TryGetDecimal(out value);
            }

            // Rare (amounts): the number alone, read by the reader that would have read it.
            var number = new Utf8JsonReader(measured.ValueSpan);
            number.Read();
            return number.TryGetDecimal(out value);
        }

        /// <summary>The value the reader is on as an element, the reader left on its last token (see <see cref="JsonElement.ParseValue"/>).</summary>
        public JsonElement ParseValue()
        {
            if (!isMeasured)
            {
                return JsonElement.ParseValue(ref json);
            }

            // Rare (an unknown member): the value read by the reader that would have read it, and skipped here.
            var value = new Utf8JsonReader(measured.FromToken, new JsonReaderOptions { MaxDepth = 100_000 });
            value.Read();
            JsonElement element = JsonElement.ParseValue(ref value);
            measured.Skip();
            return element;
        }

        /// <summary>
        /// Tokens of the bytes <paramref name="bytes"/> (a value inside the ones read here), read the same way, before
        /// their first token.
        /// </summary>
        public readonly RecordTokens Over(ReadOnlySpan<byte> bytes) =>
            isMeasured ? new RecordTokens(bytes) : new RecordTokens(bytes, json.CurrentState.Options);
    }
}
