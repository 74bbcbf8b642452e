using System;
using System.Text.Json;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// Where the JSON and SARIF reports write a finding's members: the report's <see cref="Utf8JsonWriter"/> itself
    /// (<see cref="WriterMembers"/>), or the finding's bytes put together first and handed to the writer as one raw value
    /// (<see cref="RawMembers"/>). A finding's layout is written once, over either; both give the same bytes.
    /// </summary>
    internal interface IJsonMembers
    {
        /// <summary>Starts an object that is an array's item.</summary>
        void StartObject();

        /// <summary>Starts an object named <paramref name="name"/>.</summary>
        void StartObject(JsonEncodedText name);

        /// <summary>Starts an object whose name is data (an argument's name), written as a short code is.</summary>
        void StartObject(string name);

        /// <summary>Ends the object last started.</summary>
        void EndObject();

        /// <summary>Starts an array named <paramref name="name"/>.</summary>
        void StartArray(JsonEncodedText name);

        /// <summary>Ends the array last started.</summary>
        void EndArray();

        /// <summary>A text (a path, pointer, value): <c>null</c> is written as JSON's null.</summary>
        void String(JsonEncodedText name, string? value);

#if NET8_0_OR_GREATER
        /// <summary>A text put together for this one member (nothing is remembered of it).</summary>
        void String(JsonEncodedText name, ReadOnlySpan<char> value);

#endif
        /// <summary>An array of the <paramref name="count"/> texts <paramref name="item"/> gives.</summary>
        void Strings<TState>(JsonEncodedText name, int count, TState state, Func<TState, int, string> item);

        /// <summary>A text encoded already.</summary>
        void Encoded(JsonEncodedText name, JsonEncodedText value);

        /// <summary>A short text written again and again (a rule's id, a category or severity code): encoded once (<see cref="EncodedCodes"/>).</summary>
        void Code(JsonEncodedText name, string value);

        /// <summary>A number.</summary>
        void Number(JsonEncodedText name, long value);

        /// <summary>A boolean.</summary>
        void Boolean(JsonEncodedText name, bool value);

        /// <summary>
        /// A finding's message in one language: <paramref name="json"/> when <paramref name="together"/> (what
        /// <see cref="EscapedMessages.TryQuoted"/> gave), else its text (<see cref="EscapedMessages.Write"/>).
        /// </summary>
        void Message(JsonEncodedText name, Finding finding, bool chinese, bool together, ReadOnlySpan<byte> json);
    }
}
