using System;
using System.Text.Json;
#if NET8_0_OR_GREATER
using System.Buffers;
using System.Text;
using System.Text.Unicode;
#endif

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Finds the first member name or string value of a parsed record that cannot be read as text: an escaped lone
    /// surrogate (<c>"\ud800"</c>) is valid JSON but no Unicode string, and every later step (rules, CSV, XLSX) would fail on it.
    /// </summary>
    internal static class JsonStringCheck
    {
#if NET8_0_OR_GREATER
        private static ReadOnlySpan<byte> UnicodeEscape => "\\u"u8;

#endif
        /// <summary>
        /// Whether every member name and string value of one parsed JSON value is readable text of at most
        /// <paramref name="maxLength"/> characters, found in one pass over its bytes with nothing allocated for a
        /// clean record. <c>false</c> means there may be a problem: <see cref="FirstUnreadable"/> and
        /// <see cref="FirstTooLong"/> then say where.
        /// </summary>
        /// <param name="json">One JSON value that parsed, in UTF-8.</param>
        /// <param name="options">The reader options it parsed with.</param>
        /// <param name="maxLength">The longest string allowed, in characters.</param>
        public static bool AllReadable(ReadOnlySpan<byte> json, JsonReaderOptions options, int maxLength)
        {
#if !NET8_0_OR_GREATER
            // Without a UTF-8 validator in the framework, every record takes the full check.
            return false;
#else
            // Most records are settled by two vectorized searches over their bytes instead of a reader pass: in a value
            // that parsed, a string is a stretch between two ASCII quotes, so if all the bytes are valid UTF-8 each
            // string's raw bytes are; only a \u escape can decode to a lone surrogate (every other escape is ASCII);
            // and a string never has more characters than the record has bytes.
            if (IsPlainlyReadable(json, maxLength))
            {
                return true;
            }

            var reader = new Utf8JsonReader(json, true, new JsonReaderState(options));
            char[]? scratch = null;
            try
            {
                while (reader.Read())
                {
                    if (reader.TokenType != JsonTokenType.String && reader.TokenType != JsonTokenType.PropertyName)
                    {
                        continue;
                    }

                    ReadOnlySpan<byte> value = reader.ValueSpan;
                    if (!reader.ValueIsEscaped)
                    {
                        // UTF-8 never takes fewer bytes than UTF-16 takes characters: a short span is a short string.
                        if (!Utf8.IsValid(value) || (value.Length > maxLength && Encoding.UTF8.GetCharCount(value) > maxLength))
                        {
                            return false;
                        }

                        continue;
                    }

                    if (scratch is null || scratch.Length < value.Length)
                    {
                        if (scratch != null)
                        {
                            ArrayPool<char>.Shared.Return(scratch);
                        }

                        scratch = ArrayPool<char>.Shared.Rent(Math.Max(value.Length, 256));
                    }

                    int written;
                    try
                    {
                        written = reader.CopyString(scratch);
                    }
                    catch (InvalidOperationException)
                    {
                        return false;
                    }

                    if (written > maxLength)
                    {
                        return false;
                    }
                }

                return true;
            }
            catch (JsonException)
            {
                return false;
            }
            finally
            {
                if (scratch != null)
                {
                    ArrayPool<char>.Shared.Return(scratch);
                }
            }
#endif
        }

        /// <summary>
        /// Whether the bytes of one well-formed JSON value settle, by two vectorized searches and no reader pass, that
        /// every string in it is readable text of at most <paramref name="maxLength"/> characters: no <c>\u</c> escape
        /// (only one can make a lone surrogate), valid UTF-8 throughout, and no longer than the limit in bytes.
        /// <c>false</c> says nothing either way.
        /// </summary>
        /// <param name="json">One well-formed JSON value, in UTF-8.</param>
        /// <param name="maxLength">The longest string allowed, in characters.</param>
        public static bool IsPlainlyReadable(ReadOnlySpan<byte> json, int maxLength) =>
#if NET8_0_OR_GREATER
            json.Length <= maxLength && json.IndexOf(UnicodeEscape) < 0 && Utf8.IsValid(json);
#else
            false;
#endif

        /// <summary>
        /// <see cref="IsPlainlyReadable"/> for a value already known to hold no <c>\u</c> escape (one that
        /// <see cref="JsonValueExtent"/> measured): valid UTF-8 and no longer than the limit in bytes.
        /// </summary>
        /// <param name="json">One well-formed JSON value with no <c>\u</c> escape, in UTF-8.</param>
        /// <param name="maxLength">The longest string allowed, in characters.</param>
        public static bool IsPlainlyReadableUnescaped(ReadOnlySpan<byte> json, int maxLength) =>
#if NET8_0_OR_GREATER
            json.Length <= maxLength && Utf8.IsValid(json);
#else
            false;
#endif

        /// <summary>
        /// <see cref="IsPlainlyReadableUnescaped"/> for a value also known to be valid UTF-8 (a slice, at ASCII bytes, of
        /// bytes already checked): no longer than the limit in bytes.
        /// </summary>
        /// <param name="json">One well-formed JSON value with no <c>\u</c> escape, in valid UTF-8.</param>
        /// <param name="maxLength">The longest string allowed, in characters.</param>
        public static bool IsPlainlyReadableValidUtf8(ReadOnlySpan<byte> json, int maxLength) =>
#if NET8_0_OR_GREATER
            json.Length <= maxLength;
#else
            false;
#endif

        /// <summary>The JSON pointer of the first unreadable string, or <c>null</c> when every string is readable.</summary>
        public static string? FirstUnreadable(JsonElement element, string pointer = "")
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        string name;
                        try
                        {
                            name = property.Name;
                        }
                        catch (InvalidOperationException)
                        {
                            return pointer + "/?";
                        }

                        string? inner = FirstUnreadable(property.Value, JsonPointer.Append(pointer, name));
                        if (inner != null)
                        {
                            return inner;
                        }
                    }

                    return null;
                case JsonValueKind.Array:
                    int index = 0;
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        string? inner = FirstUnreadable(item, JsonPointer.Append(pointer, index++));
                        if (inner != null)
                        {
                            return inner;
                        }
                    }

                    return null;
                case JsonValueKind.String:
                    try
                    {
                        _ = element.GetString();
                        return null;
                    }
                    catch (InvalidOperationException)
                    {
                        return pointer.Length == 0 ? "/" : pointer;
                    }

                default:
                    return null;
            }
        }

        /// <summary>The JSON pointer of the first member name or string value longer than <paramref name="maxLength"/> characters, or <c>null</c>.</summary>
        public static string? FirstTooLong(JsonElement element, int maxLength, string pointer = "")
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        string member = JsonPointer.Append(pointer, property.Name);
                        if (property.Name.Length > maxLength)
                        {
                            return member;
                        }

                        if (FirstTooLong(property.Value, maxLength, member) is string inner)
                        {
                            return inner;
                        }
                    }

                    return null;
                case JsonValueKind.Array:
                    int index = 0;
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        if (FirstTooLong(item, maxLength, JsonPointer.Append(pointer, index++)) is string inner)
                        {
                            return inner;
                        }
                    }

                    return null;
                case JsonValueKind.String:
                    // The raw text (with its quotes and escapes) is never shorter than the string; only a long one is decoded.
                    return element.GetRawText().Length - 2 > maxLength && element.GetString()!.Length > maxLength ? (pointer.Length == 0 ? "/" : pointer) : null;
                default:
                    return null;
            }
        }

        /// <summary>The reason given for a record holding a string longer than the limit.</summary>
        public static BilingualText TooLong(string pointer, int maxLength) =>
            InputLimits.Exceeded($"{pointer} 处文字的长度", $"The length of the text at {pointer}", "string", maxLength);

        /// <summary>The reason given for a record holding such a string.</summary>
        public static BilingualText Reason(string pointer) => new BilingualText(
            $"{pointer} 处的字符串含有孤立的代理项（如 \\ud800）或无效字符，无法作为文本读取。",
            $"The string at {pointer} holds a lone surrogate (such as \\ud800) or an invalid character and cannot be read as text.");
    }
}
