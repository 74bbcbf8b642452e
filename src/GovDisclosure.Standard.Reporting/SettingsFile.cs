using System;
using System.IO;
using System.Text.Json;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// A small JSON file of settings the run reads (a rules file, a baseline), held whole, with comments and
    /// trailing commas allowed; every mistake in it is an <see cref="InputException"/> at its line and column.
    /// </summary>
    internal sealed class SettingsFile
    {
        private readonly byte[] bytes;
        private readonly int start;

        private SettingsFile(string name, byte[] bytes)
        {
            Name = name;
            this.bytes = bytes;
            start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        }

        /// <summary>The file's name as given, used in every location.</summary>
        public string Name { get; }

        /// <summary>Reads a file of at most <paramref name="maxBytes"/> bytes.</summary>
        public static SettingsFile Open(string path, string what, long maxBytes)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                return Of(stream, path, what, maxBytes);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new InputException(
                    new SourceLocation { File = path },
                    new BilingualText($"无法读取{what.Split('|')[0]} '{path}'：{e.Message}", $"cannot read the {what.Split('|')[1]} '{path}': {e.Message}"),
                    e);
            }
        }

        /// <summary>Reads at most <paramref name="maxBytes"/> bytes of <paramref name="stream"/>; <paramref name="what"/> is "中文|English".</summary>
        public static SettingsFile Of(Stream stream, string name, string what, long maxBytes)
        {
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                copy.Write(buffer, 0, read);
                if (copy.Length > maxBytes)
                {
                    throw new InputException(
                        new SourceLocation { File = name },
                        new BilingualText($"{what.Split('|')[0]}超过 {maxBytes:N0} 字节，不予读取。", $"the {what.Split('|')[1]} is over {maxBytes:N0} bytes and is not read."));
                }
            }

            return new SettingsFile(name, copy.ToArray());
        }

        /// <summary>Whether the file holds nothing but white space (after any byte-order mark).</summary>
        public bool IsBlank
        {
            get
            {
                for (int i = start; i < bytes.Length; i++)
                {
                    if (bytes[i] != (byte)' ' && bytes[i] != (byte)'\t' && bytes[i] != (byte)'\r' && bytes[i] != (byte)'\n')
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>A reader over the whole file (comments skipped, trailing commas allowed, nesting at most 16).</summary>
        public Utf8JsonReader Reader() => new Utf8JsonReader(
            new ReadOnlySpan<byte>(bytes, start, bytes.Length - start),
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 });

        /// <summary>Moves to the next token; broken JSON is an error at its place.</summary>
        public bool Read(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.Read();
            }
            catch (JsonException e)
            {
                long line = (e.LineNumber ?? 0) + 1;
                long column = (e.BytePositionInLine ?? 0) + 1;
                int cut = e.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
                string detail = cut > 0 ? e.Message.Substring(0, cut) : e.Message;
                throw new InputException(
                    new SourceLocation { File = Name, Line = line, Column = column },
                    new BilingualText("不是有效的 JSON（位置见前）。", $"not valid JSON: {detail}"),
                    e);
            }
        }

        /// <summary>How <see cref="ReadMembers"/> hands on a member: its name, the byte where the name starts, and the reader at its value.</summary>
        /// <param name="member">The member's name.</param>
        /// <param name="memberAt">The byte offset of the name, for errors about the member.</param>
        /// <param name="reader">The reader at the member's value; the handler reads past it.</param>
        public delegate void MemberReader(string member, long memberAt, ref Utf8JsonReader reader);

        /// <summary>
        /// Reads the members of the object <paramref name="reader"/> is at, skipping <c>$schema</c> and handing each other member
        /// to <paramref name="read"/>, then the rest of the file: anything after the object (a second object, stray text) is
        /// broken JSON, reported at its place.
        /// </summary>
        public void ReadMembers(ref Utf8JsonReader reader, MemberReader read)
        {
            while (Read(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                long memberAt = reader.TokenStartIndex;
                string member = Text(ref reader);
                Read(ref reader);
                if (member == "$schema")
                {
                    Skip(ref reader);
                }
                else
                {
                    read(member, memberAt, ref reader);
                }
            }

            while (Read(ref reader))
            {
            }
        }

        /// <summary>Moves to the value after a member name, and past it with <see cref="Skip"/>.</summary>
        public void Skip(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                Read(ref reader);
            }

            if (reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray)
            {
                int depth = reader.CurrentDepth;
                while (Read(ref reader) && reader.CurrentDepth > depth)
                {
                }
            }
        }

        /// <summary>The current token's text (a string or member name); text that is not UTF-8 is an error at its place.</summary>
        public string Text(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString() ?? string.Empty;
            }
            catch (InvalidOperationException e)
            {
                throw Error(reader.TokenStartIndex, "这段文字不是有效的 UTF-8。", "this text is not valid UTF-8.", e);
            }
        }

        /// <summary>The place of the byte at <paramref name="offset"/> (after any byte-order mark) as a line and a column in characters, both from 1.</summary>
        public SourceLocation At(long offset)
        {
            long end = Math.Min(start + offset, bytes.Length);
            long line = 1;
            int lineStart = start;
            for (int i = start; i < end; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            long column = 1;
            for (int i = lineStart; i < end; i++)
            {
                // Count characters, not bytes: UTF-8 continuation bytes start no character.
                if ((bytes[i] & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            return new SourceLocation { File = Name, Line = line, Column = column };
        }

        /// <summary>A mistake at the byte <paramref name="offset"/>.</summary>
        public InputException Error(long offset, string chinese, string english, Exception? inner = null) =>
            new InputException(At(offset), new BilingualText(chinese, english), inner);

        /// <summary>A token of the wrong type where <paramref name="expected"/> ("中文|English") was wanted.</summary>
        public InputException Expected(ref Utf8JsonReader reader, string expected) =>
            Error(reader.TokenStartIndex, $"此处应为{expected.Split('|')[0]}。", $"expected {expected.Split('|')[1]} here.");
    }
}
