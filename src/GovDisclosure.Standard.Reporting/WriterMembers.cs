using System;
using System.Text.Json;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// A finding's members written by the report's <see cref="Utf8JsonWriter"/> call by call, texts through
    /// <see cref="EscapedStrings"/> and codes through <see cref="EncodedCodes"/> when given (the same bytes, written faster):
    /// the path of a finding <see cref="RawMembers"/> cannot put together, of the formats a writer's options give no
    /// indentation of, and the oracle the raw bytes are tested against.
    /// </summary>
    internal readonly struct WriterMembers : IJsonMembers
    {
        private readonly Utf8JsonWriter writer;
        private readonly EscapedStrings? strings;
        private readonly EncodedCodes? codes;
        private readonly EscapedMessages? messages;

        /// <summary>Members written by <paramref name="writer"/>.</summary>
        /// <param name="writer">The report's writer.</param>
        /// <param name="strings">Quotes texts, or <c>null</c> for the writer's own escaping.</param>
        /// <param name="codes">Encodes codes, or <c>null</c> for the writer's own escaping.</param>
        /// <param name="messages">Puts messages together, or <c>null</c> for the writer's own escaping of their texts.</param>
        public WriterMembers(Utf8JsonWriter writer, EscapedStrings? strings, EncodedCodes? codes, EscapedMessages? messages)
        {
            this.writer = writer;
            this.strings = strings;
            this.codes = codes;
            this.messages = messages;
        }

        /// <inheritdoc/>
        public void StartObject() => writer.WriteStartObject();

        /// <inheritdoc/>
        public void StartObject(JsonEncodedText name) => writer.WriteStartObject(name);

        /// <inheritdoc/>
        public void StartObject(string name)
        {
            if (codes is null)
            {
                writer.WriteStartObject(name);
            }
            else
            {
                codes.WriteStartObject(writer, name);
            }
        }

        /// <inheritdoc/>
        public void EndObject() => writer.WriteEndObject();

        /// <inheritdoc/>
        public void StartArray(JsonEncodedText name) => writer.WriteStartArray(name);

        /// <inheritdoc/>
        public void EndArray() => writer.WriteEndArray();

        /// <inheritdoc/>
        public void String(JsonEncodedText name, string? value)
        {
            if (strings is null)
            {
                writer.WriteString(name, value);
            }
            else
            {
                strings.Write(writer, name, value!);
            }
        }

#if NET8_0_OR_GREATER
        /// <inheritdoc/>
        public void String(JsonEncodedText name, ReadOnlySpan<char> value)
        {
            if (strings is null)
            {
                writer.WriteString(name, value);
            }
            else
            {
                strings.Write(writer, name, value);
            }
        }

#endif
        /// <inheritdoc/>
        public void Strings<TState>(JsonEncodedText name, int count, TState state, Func<TState, int, string> item)
        {
            if (strings is null)
            {
                writer.WriteStartArray(name);
                for (int i = 0; i < count; i++)
                {
                    writer.WriteStringValue(item(state, i));
                }

                writer.WriteEndArray();
            }
            else
            {
                strings.WriteArray(writer, name, count, state, item);
            }
        }

        /// <inheritdoc/>
        public void Encoded(JsonEncodedText name, JsonEncodedText value) => writer.WriteString(name, value);

        /// <inheritdoc/>
        public void Code(JsonEncodedText name, string value)
        {
            if (codes is null)
            {
                writer.WriteString(name, value);
            }
            else
            {
                codes.Write(writer, name, value);
            }
        }

        /// <inheritdoc/>
        public void Number(JsonEncodedText name, long value) => writer.WriteNumber(name, value);

        /// <inheritdoc/>
        public void Boolean(JsonEncodedText name, bool value) => writer.WriteBoolean(name, value);

        /// <inheritdoc/>
        public void Message(JsonEncodedText name, Finding finding, bool chinese, bool together, ReadOnlySpan<byte> json)
        {
            if (messages is null)
            {
                writer.WriteString(name, chinese ? finding.Message.Chinese : finding.Message.English);
            }
            else
            {
                messages.Write(writer, name, finding, chinese, together, json);
            }
        }
    }
}
