using System;
using System.Buffers.Text;
using System.IO;
using System.Text.Json;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// A finding put together as the bytes the report's <see cref="Utf8JsonWriter"/> would write of it, line breaks and
    /// indentation included, to be handed to the writer as one raw array item
    /// (<see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>, which writes the comma before it): property
    /// names are copied from their encoding, numbers formatted straight to UTF-8, texts quoted by <see cref="EscapedStrings"/>,
    /// codes by <see cref="EncodedCodes"/>, messages by <see cref="EscapedMessages"/>, with none of the writer's checks and
    /// state per member. A text only the writer can escape (a non-ASCII character to escape, a lone surrogate) makes the
    /// finding <see cref="Failed"/>: it is then written by the writer (<see cref="WriterMembers"/>), as before.
    /// One per writer, beside its <see cref="EscapedStrings"/>; not for sharing between threads.
    /// </summary>
    internal sealed class RawMembers : IJsonMembers
    {
        private readonly EscapedStrings strings;
        private readonly EncodedCodes codes;
        private readonly EscapedMessages messages;
        private byte[] buffer = new byte[2048];
        private int length;

        /// <summary>Where the item being put together starts: the bytes before it are items kept to be written (<see cref="KeepItem"/>).</summary>
        private int itemStart;
        private int depth;

        /// <summary>Whether the container being written has no member or item yet (no comma before the next).</summary>
        private bool first;

        private bool indented;
        private byte[] newLine = Array.Empty<byte>();
        private byte[] indentation = Array.Empty<byte>();
        private int indentSize;

        /// <summary>Grows whenever the layout (indentation, line breaks) changes: members put together under one layout are not repeated under another.</summary>
        private int layout;

        /// <summary>Findings put together with the quoting of <paramref name="strings"/>, <paramref name="codes"/> and <paramref name="messages"/>.</summary>
        public RawMembers(EscapedStrings strings, EncodedCodes codes, EscapedMessages messages)
        {
            this.strings = strings ?? throw new ArgumentNullException(nameof(strings));
            this.codes = codes ?? throw new ArgumentNullException(nameof(codes));
            this.messages = messages ?? throw new ArgumentNullException(nameof(messages));
        }

        /// <summary>Whether something of the finding could not be put together here (what was put together is then not to be written).</summary>
        public bool Failed { get; private set; }

        /// <summary>
        /// Starts the next item of <paramref name="writer"/>'s array, laid out as the writer lays it out; <c>false</c> where
        /// the writer's options do not say how (before .NET 9), and the item is the writer's. Items kept to be written past the
        /// writer (<see cref="KeepItem"/>) are dropped: they are written first (<see cref="WriteKept"/>).
        /// </summary>
        public bool Start(Utf8JsonWriter writer)
        {
            length = 0;
            itemStart = 0;
            return Begin(writer);
        }

        /// <summary>
        /// Starts an item of <paramref name="writer"/>'s array that follows an item already in it, after the items kept
        /// (<see cref="KeepItem"/>): with the comma the writer writes before such an item, so that the kept items are the
        /// bytes the writer would write of them (<see cref="StreamedFindings"/>); <c>false</c> as <see cref="Start"/>.
        /// </summary>
        public bool StartFollowing(Utf8JsonWriter writer)
        {
            // Whatever was put together after the kept items (an item the writer wrote, one that failed) is dropped.
            length = itemStart;
            if (!Begin(writer))
            {
                return false;
            }

            Append((byte)',');
            return true;
        }

        /// <summary>
        /// Keeps the item put together since <see cref="StartFollowing"/> to be written with the items kept before it; when it
        /// <see cref="Failed"/>, drops it (its comma too) and gives <c>false</c>.
        /// </summary>
        public bool KeepItem()
        {
            if (Failed)
            {
                length = itemStart;
                return false;
            }

            itemStart = length;
            return true;
        }

        /// <summary>How many bytes of kept items (<see cref="KeepItem"/>) wait to be written.</summary>
        public int Kept => itemStart;

        /// <summary>Writes the items kept (<see cref="KeepItem"/>) to <paramref name="output"/>, and keeps none.</summary>
        public void WriteKept(Stream output)
        {
            if (itemStart > 0)
            {
                output.Write(buffer, 0, itemStart);
            }

            length = 0;
            itemStart = 0;
        }

        /// <summary>The layout of <paramref name="writer"/>, its depth, no member yet, nothing failed; <c>false</c> before .NET 9.</summary>
        private bool Begin(Utf8JsonWriter writer)
        {
#if NET9_0_OR_GREATER
            JsonWriterOptions options = writer.Options;
            string lineBreak = options.NewLine;
            if (options.Indented && (newLine.Length != lineBreak.Length || newLine[0] != lineBreak[0] || indentSize != options.IndentSize
                || indentation.Length == 0 || indentation[0] != (byte)options.IndentCharacter))
            {
                newLine = System.Text.Encoding.UTF8.GetBytes(lineBreak);
                indentSize = options.IndentSize;
                indentation = new byte[16 * Math.Max(indentSize, 1)];
                indentation.AsSpan().Fill((byte)options.IndentCharacter);
                layout++;
            }

            if (indented != options.Indented)
            {
                layout++;
            }

            indented = options.Indented;
            depth = writer.CurrentDepth;
            first = true;
            Failed = false;
            return true;
#else
            indented = false;
            indentSize = 0;
            layout = 0;
            return false;
#endif
        }

        /// <summary>How many bytes are put together since <see cref="Start"/>: where a run of members starts.</summary>
        public int Length => length;

        /// <summary>
        /// What the bytes of the next members depend on besides their own values: the layout (line breaks, indentation), the
        /// depth, and whether a member or item came before them in their container (a comma). Members put together at one
        /// place are the same bytes at another place with the same value (<see cref="RepeatedMembers"/>).
        /// </summary>
        public long Place => ((long)layout << 32) | ((long)depth << 1) | (first ? 1L : 0L);

        /// <summary>The bytes put together since <paramref name="from"/> (a <see cref="Length"/>); good until the next member.</summary>
        public ReadOnlySpan<byte> Since(int from) => buffer.AsSpan(from, length - from);

        /// <summary>Appends members put together before at the same <see cref="Place"/> (<see cref="Since"/>): at least one member, so the next has a comma before it.</summary>
        public void Repeat(ReadOnlySpan<byte> members)
        {
            Append(members);
            first = false;
        }

        /// <summary>The depth of the container being written, as <see cref="KeptRun"/> keeps it after a run.</summary>
        public int Depth => depth;

        /// <summary>Whether the container being written has no member or item yet, as <see cref="KeptRun"/> keeps it after a run.</summary>
        public bool First => first;

        /// <summary>
        /// Appends a run of members put together before at the same <see cref="Place"/> (<see cref="KeptRun"/>), which left the
        /// container <paramref name="depthAfter"/> deep, with a member or not (<paramref name="firstAfter"/>).
        /// </summary>
        public void Repeat(ReadOnlySpan<byte> members, int depthAfter, bool firstAfter)
        {
            Append(members);
            depth = depthAfter;
            first = firstAfter;
        }

        /// <summary>Writes what was put together since <see cref="Start"/> as <paramref name="writer"/>'s next item; <c>false</c> when it <see cref="Failed"/> and nothing was written.</summary>
        public bool WrittenTo(Utf8JsonWriter writer)
        {
            if (Failed)
            {
                return false;
            }

            writer.WriteRawValue(buffer.AsSpan(itemStart, length - itemStart), skipInputValidation: true);
            return true;
        }

        /// <inheritdoc/>
        public void StartObject()
        {
            Item();
            Append((byte)'{');
            Open();
        }

        /// <inheritdoc/>
        public void StartObject(JsonEncodedText name)
        {
            Name(name.EncodedUtf8Bytes);
            Append((byte)'{');
            Open();
        }

        /// <inheritdoc/>
        public void StartObject(string name)
        {
            if (name != null && codes.TryGet(name, out JsonEncodedText encoded))
            {
                StartObject(encoded);
            }
            else if (name != null && strings.TryQuoted(name, out ReadOnlySpan<byte> json))
            {
                Name(json.Slice(1, json.Length - 2));
                Append((byte)'{');
                Open();
            }
            else
            {
                Failed = true;
            }
        }

        /// <inheritdoc/>
        public void EndObject() => Close((byte)'}');

        /// <inheritdoc/>
        public void StartArray(JsonEncodedText name)
        {
            Name(name.EncodedUtf8Bytes);
            Append((byte)'[');
            Open();
        }

        /// <inheritdoc/>
        public void EndArray() => Close((byte)']');

        /// <inheritdoc/>
        public void String(JsonEncodedText name, string? value)
        {
            if (value is null)
            {
                Name(name.EncodedUtf8Bytes);
                Append("null"u8);
            }
            else if (strings.TryQuoted(value, out ReadOnlySpan<byte> json))
            {
                Name(name.EncodedUtf8Bytes);
                Append(json);
            }
            else
            {
                Failed = true;
            }
        }

#if NET8_0_OR_GREATER
        /// <inheritdoc/>
        public void String(JsonEncodedText name, ReadOnlySpan<char> value)
        {
            if (strings.TryQuoted(value, out ReadOnlySpan<byte> json))
            {
                Name(name.EncodedUtf8Bytes);
                Append(json);
            }
            else
            {
                Failed = true;
            }
        }

#endif
        /// <summary>
        /// A text that is <paramref name="plain"/> (ASCII that no encoder escapes: letters, digits, brackets) followed by
        /// <paramref name="value"/>: the bytes of quoting the two as one string, with <paramref name="value"/>'s quoting
        /// remembered (<see cref="EscapedStrings.TryQuoted(string, out ReadOnlySpan{byte})"/>) instead of the whole quoted anew.
        /// </summary>
        public void String(JsonEncodedText name, ReadOnlySpan<byte> plain, string value)
        {
            if (strings.TryQuoted(value, out ReadOnlySpan<byte> json))
            {
                Name(name.EncodedUtf8Bytes);
                Room(json.Length + plain.Length);
                buffer[length++] = (byte)'"';
                plain.CopyTo(buffer.AsSpan(length));
                length += plain.Length;
                json.Slice(1).CopyTo(buffer.AsSpan(length));
                length += json.Length - 1;
            }
            else
            {
                Failed = true;
            }
        }

        /// <inheritdoc/>
        public void Strings<TState>(JsonEncodedText name, int count, TState state, Func<TState, int, string> item)
        {
            StartArray(name);
            for (int i = 0; i < count; i++)
            {
                string? value = item(state, i);
                if (value is null)
                {
                    Item();
                    Append("null"u8);
                }
                else if (strings.TryQuoted(value, out ReadOnlySpan<byte> json))
                {
                    Item();
                    Append(json);
                }
                else
                {
                    Failed = true;
                }
            }

            EndArray();
        }

        /// <inheritdoc/>
        public void Encoded(JsonEncodedText name, JsonEncodedText value)
        {
            Name(name.EncodedUtf8Bytes);
            Append((byte)'"');
            Append(value.EncodedUtf8Bytes);
            Append((byte)'"');
        }

        /// <inheritdoc/>
        public void Code(JsonEncodedText name, string value)
        {
            if (value != null && codes.TryGet(value, out JsonEncodedText encoded))
            {
                Encoded(name, encoded);
            }
            else
            {
                String(name, value);
            }
        }

        /// <inheritdoc/>
        public void Number(JsonEncodedText name, long value)
        {
            Name(name.EncodedUtf8Bytes);
            Room(20);
            Utf8Formatter.TryFormat(value, buffer.AsSpan(length), out int written);
            length += written;
        }

        /// <inheritdoc/>
        public void Boolean(JsonEncodedText name, bool value)
        {
            Name(name.EncodedUtf8Bytes);
            Append(value ? "true"u8 : "false"u8);
        }

        /// <inheritdoc/>
        public void Message(JsonEncodedText name, Finding finding, bool chinese, bool together, ReadOnlySpan<byte> json)
        {
            if (messages.TryQuotedText(finding, chinese, together, json, out ReadOnlySpan<byte> quoted))
            {
                Name(name.EncodedUtf8Bytes);
                Append(quoted);
            }
            else
            {
                Failed = true;
            }
        }

        /// <summary>What the writer writes before an array's item: a comma after an item, a line break and indentation.</summary>
        private void Item()
        {
            // The finding's own comma is the writer's (it knows whether an item came before).
            if (!first)
            {
                Append((byte)',');
            }

            if (indented)
            {
                LineBreak();
            }

            first = false;
        }

        /// <summary>What the writer writes for a member's name: the item's separation, the quoted name and the colon.</summary>
        private void Name(ReadOnlySpan<byte> encoded)
        {
            Item();
            Room(encoded.Length + 4);
            buffer[length++] = (byte)'"';
            encoded.CopyTo(buffer.AsSpan(length));
            length += encoded.Length;
            buffer[length++] = (byte)'"';
            buffer[length++] = (byte)':';
            if (indented)
            {
                buffer[length++] = (byte)' ';
            }
        }

        private void Open()
        {
            depth++;
            first = true;
        }

        /// <summary>Closes a container: on a line of its own when it has members (an empty one closes where it opened).</summary>
        private void Close(byte end)
        {
            depth--;
            if (!first && indented)
            {
                LineBreak();
            }

            Append(end);
            first = false;
        }

        /// <summary>A line break and the indentation of the current depth, as the writer writes them before a token.</summary>
        private void LineBreak()
        {
            Append(newLine);
            int spaces = depth * indentSize;
            if (spaces > indentation.Length)
            {
                byte fill = indentation[0];
                indentation = new byte[spaces * 2];
                indentation.AsSpan().Fill(fill);
            }

            Append(indentation.AsSpan(0, spaces));
        }

        private void Room(int more)
        {
            if (buffer.Length - length < more)
            {
                Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
            }
        }

        private void Append(byte b)
        {
            Room(1);
            buffer[length++] = b;
        }

        private void Append(ReadOnlySpan<byte> bytes)
        {
            Room(bytes.Length);
            bytes.CopyTo(buffer.AsSpan(length));
            length += bytes.Length;
        }
    }
}
