using System;
using System.Collections.Generic;
using System.Text.Json;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// A finding's message as the JSON string a report's <see cref="System.Text.Json.Utf8JsonWriter"/> writes of its text,
    /// put together from its template: each literal of a template is escaped once, as UTF-8, the first time the template
    /// is written, and each argument's text is quoted by <see cref="EscapedStrings"/> (which remembers the same string
    /// objects), so a message's literals are neither transcoded nor searched for characters to escape again for every
    /// finding, and the message needs no string. The writer's escaping decides each character alone, so the escaped
    /// pieces joined are the escaped message; a piece that is not well-formed UTF-16 on its own (a surrogate pair split
    /// between a literal and an argument) or has a character only the writer escapes makes the message the writer's.
    /// A wording keeps the last message put together from it with its argument texts: the next with the same argument
    /// objects (a rule's findings often name the same field and code) is the same bytes, given again.
    /// One per writer, beside its <see cref="EscapedStrings"/>; not for sharing between threads.
    /// </summary>
    internal sealed class EscapedMessages
    {
        private readonly EscapedStrings strings;

        /// <summary>Per wording (a template's, in one language), its literals escaped and its last message; <c>null</c> when a literal cannot be escaped here.</summary>
        private readonly Dictionary<MessageParts, Wording?> wordings = new Dictionary<MessageParts, Wording?>();
#if NET8_0_OR_GREATER

        /// <summary>The characters of a message not put together from escaped pieces (<see cref="TryQuotedText"/>), rendered with no string.</summary>
        private char[]? characters;
#endif

        /// <summary>Messages put together with the escapes of <paramref name="strings"/>.</summary>
        public EscapedMessages(EscapedStrings strings)
        {
            this.strings = strings ?? throw new ArgumentNullException(nameof(strings));
        }

        /// <summary>
        /// The JSON string, quotes included, that the writer writes for <paramref name="finding"/>'s message in one language;
        /// <c>false</c> when the message has no template or the writer must escape it itself. The bytes are good until the
        /// next call for a message of the same template in the same language.
        /// </summary>
        /// <param name="finding">The finding.</param>
        /// <param name="chinese">The Chinese message, else the English.</param>
        /// <param name="json">The quoted, escaped UTF-8 bytes.</param>
        public bool TryQuoted(Finding finding, bool chinese, out ReadOnlySpan<byte> json)
        {
            json = default;
            if (!finding.TryGetTemplate(out MessageTemplate? template, out FindingArgument[]? ordered))
            {
                return false;
            }

            MessageParts parts = template.Parts(chinese);
            if (!wordings.TryGetValue(parts, out Wording? wording))
            {
                wording = Wording.Of(parts, strings);
                wordings.Add(parts, wording);
            }

            if (wording is null)
            {
                return false;
            }

            // The same argument texts (the same string objects) as the wording's last message: the same bytes.
            string[] last = wording.Values;
            bool same = wording.Length > 0;
            for (int i = 0; i < last.Length; i++)
            {
                BilingualText value = ordered[parts.Parameter(i)].Value;
                string text = chinese ? value.Chinese : value.English;
                if (!ReferenceEquals(last[i], text))
                {
                    same = false;
                    last[i] = text;
                }
            }

            if (!same && !Put(wording, parts))
            {
                wording.Length = 0;
                return false;
            }

            json = wording.Json.AsSpan(0, wording.Length);
            return true;
        }

        /// <summary>
        /// Writes <paramref name="name"/> with <paramref name="finding"/>'s message in one language: <paramref name="json"/> when
        /// <paramref name="together"/> (what <see cref="TryQuoted"/> gave for that language), else the text the writer escapes,
        /// rendered from its template into one buffer with no string while nothing has made it a string (the same characters,
        /// so the same bytes as <see cref="Utf8JsonWriter.WriteString(JsonEncodedText, string)"/> of the message's text).
        /// </summary>
        /// <param name="writer">The report's writer (its encoder is the one of this instance's <see cref="EscapedStrings"/>).</param>
        /// <param name="name">The member's name.</param>
        /// <param name="finding">The finding.</param>
        /// <param name="chinese">The Chinese message, else the English.</param>
        /// <param name="together">Whether <paramref name="json"/> is the message's JSON string.</param>
        /// <param name="json">The message's JSON string, when <paramref name="together"/>.</param>
        public void Write(Utf8JsonWriter writer, JsonEncodedText name, Finding finding, bool chinese, bool together, ReadOnlySpan<byte> json)
        {
            if (TryQuotedText(finding, chinese, together, json, out ReadOnlySpan<byte> quoted))
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(quoted, skipInputValidation: true);
                return;
            }

            writer.WriteString(name, chinese ? finding.Message.Chinese : finding.Message.English);
        }

        /// <summary>
        /// The JSON string <see cref="Write"/> writes of <paramref name="finding"/>'s message in one language: <paramref name="json"/>
        /// when <paramref name="together"/>, else its text quoted by <see cref="EscapedStrings"/>; <c>false</c> when the writer
        /// must escape the text itself. The bytes are good until the next call here or to the <see cref="EscapedStrings"/>.
        /// </summary>
        /// <param name="finding">The finding.</param>
        /// <param name="chinese">The Chinese message, else the English.</param>
        /// <param name="together">Whether <paramref name="json"/> is the message's JSON string (<see cref="TryQuoted"/>).</param>
        /// <param name="json">The message's JSON string, when <paramref name="together"/>.</param>
        /// <param name="quoted">The quoted, escaped UTF-8 bytes.</param>
        public bool TryQuotedText(Finding finding, bool chinese, bool together, ReadOnlySpan<byte> json, out ReadOnlySpan<byte> quoted)
        {
            if (together)
            {
                quoted = json;
                return true;
            }
#if NET8_0_OR_GREATER

            if (finding.TryRenderInto(chinese, ref characters, out int length))
            {
                return strings.TryQuoted(new ReadOnlySpan<char>(characters, 0, length), out quoted);
            }
#endif

            return strings.TryQuoted(chinese ? finding.Message.Chinese : finding.Message.English, out quoted);
        }

        /// <summary>
        /// Writes <paramref name="finding"/>'s message in both languages, as <paramref name="zh"/> then <paramref name="en"/>
        /// (<see cref="IJsonMembers.Message"/>): the run's language as <paramref name="json"/> put together already (it is written a second
        /// time here, after the report's own member), the other put together now.
        /// </summary>
        /// <param name="members">Where the report writes the finding's members.</param>
        /// <param name="zh">The Chinese member's name.</param>
        /// <param name="en">The English member's name.</param>
        /// <param name="finding">The finding.</param>
        /// <param name="chinese">The run's language is Chinese, else English.</param>
        /// <param name="together">Whether <paramref name="json"/> is the run's language's JSON string (<see cref="TryQuoted"/>).</param>
        /// <param name="json">The run's language's JSON string, when <paramref name="together"/>.</param>
        public void WriteBoth<TMembers>(TMembers members, JsonEncodedText zh, JsonEncodedText en, Finding finding, bool chinese, bool together, ReadOnlySpan<byte> json)
            where TMembers : IJsonMembers
        {
            bool other = TryQuoted(finding, !chinese, out ReadOnlySpan<byte> otherJson);
            if (chinese)
            {
                members.Message(zh, finding, true, together, json);
                members.Message(en, finding, false, other, otherJson);
            }
            else
            {
                members.Message(zh, finding, true, other, otherJson);
                members.Message(en, finding, false, together, json);
            }
        }

        /// <summary>Puts the wording's message together from its literals and <see cref="Wording.Values"/>; <c>false</c> when an argument cannot be quoted here.</summary>
        private bool Put(Wording wording, MessageParts parts)
        {
            int length = 0;
            Append(ref wording.Json, (byte)'"', ref length);
            for (int i = 0; ; i++)
            {
                Append(ref wording.Json, wording.Literals[i], ref length);
                if (i == parts.Placeholders)
                {
                    break;
                }

                if (!strings.TryQuoted(wording.Values[i], out ReadOnlySpan<byte> argument))
                {
                    return false;
                }

                Append(ref wording.Json, argument.Slice(1, argument.Length - 2), ref length);
            }

            Append(ref wording.Json, (byte)'"', ref length);
            wording.Length = length;
            return true;
        }

        /// <summary>A wording's literals escaped (without quotes), and the message last put together from it: its argument texts and bytes.</summary>
        private sealed class Wording
        {
            private Wording(byte[][] literals, int placeholders)
            {
                Literals = literals;
                Values = new string[placeholders];
            }

            public byte[][] Literals { get; }

            /// <summary>The argument texts of the last message, one for each placeholder.</summary>
            public string[] Values { get; }

            /// <summary>The last message's JSON string (the first <see cref="Length"/> bytes); nothing yet when the length is 0.</summary>
            public byte[] Json = new byte[256];

            public int Length;

            /// <summary>The wording of <paramref name="parts"/>, its literals escaped as the writer escapes them; <c>null</c> when one cannot be escaped here.</summary>
            public static Wording? Of(MessageParts parts, EscapedStrings strings)
            {
                var literals = new byte[parts.Placeholders + 1][];
                for (int i = 0; i < literals.Length; i++)
                {
                    if (!strings.TryQuoted(parts.Literal(i), out ReadOnlySpan<byte> json))
                    {
                        return null;
                    }

                    literals[i] = json.Slice(1, json.Length - 2).ToArray();
                }

                return new Wording(literals, parts.Placeholders);
            }
        }

        private static void Append(ref byte[] buffer, byte b, ref int length)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            buffer[length++] = b;
        }

        private static void Append(ref byte[] buffer, ReadOnlySpan<byte> bytes, ref int length)
        {
            if (buffer.Length - length < bytes.Length)
            {
                Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + bytes.Length));
            }

            bytes.CopyTo(buffer.AsSpan(length));
            length += bytes.Length;
        }
    }
}
