using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GovDisclosure.Standard.Generators.Model;

namespace GovDisclosure.Standard.Generators.Json
{
    /// <summary>
    /// A strict RFC 8259 JSON reader that records where every value is (the generator must not load
    /// System.Text.Json, and diagnostics need lines and columns). It stops at the first syntax error
    /// and reports it with its position; it never throws to its caller.
    /// </summary>
    internal sealed class JsonReader
    {
        private const int MaxDepth = 128;

        private readonly string text;
        private readonly LineMap lines;
        private int position;

        private JsonReader(string text)
        {
            this.text = text;
            lines = new LineMap(text);
        }

        public static JsonReadResult Read(string text)
        {
            var reader = new JsonReader(text);
            try
            {
                reader.SkipWhitespace();
                if (reader.position == 0 && text.Length > 0 && text[0] == '\uFEFF')
                {
                    reader.position = 1;
                    reader.SkipWhitespace();
                }

                JsonValue root = reader.ReadValue(0);
                reader.SkipWhitespace();
                if (reader.position < text.Length)
                {
                    throw reader.Error("unexpected " + reader.Describe(reader.position) + " after the end of the document", reader.position, 1);
                }

                return JsonReadResult.Success(root);
            }
            catch (SyntaxError error)
            {
                return JsonReadResult.Failure(error.Message, error.Span);
            }
        }

        private JsonValue ReadValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error($"values are nested more than {MaxDepth} deep", position, 1);
            }

            if (position >= text.Length)
            {
                throw Error("the document ends where a value was expected", position, 0);
            }

            char c = text[position];
            switch (c)
            {
                case '{':
                    return ReadObject(depth);
                case '[':
                    return ReadArray(depth);
                case '"':
                    {
                        int start = position;
                        string value = ReadString();
                        return JsonValue.Scalar(JsonKind.String, lines.Span(start, position - start), value);
                    }

                case 't':
                    return ReadLiteral("true", JsonKind.True);
                case 'f':
                    return ReadLiteral("false", JsonKind.False);
                case 'n':
                    return ReadLiteral("null", JsonKind.Null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ReadNumber();
                    }

                    throw Error("unexpected " + Describe(position) + " where a value was expected", position, 1);
            }
        }

        private JsonValue ReadObject(int depth)
        {
            int start = position;
            position++;
            var properties = new List<JsonProperty>();
            var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            SkipWhitespace();
            if (Peek() == '}')
            {
                position++;
                return JsonValue.NewObject(lines.Span(start, position - start), lines.Span(start, 1), properties);
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    throw Error("expected a property name in double quotes but found " + Describe(position), position, 1);
                }

                int nameStart = position;
                string name = ReadString();
                SourceSpan nameSpan = lines.Span(nameStart, position - nameStart);
                if (seen.TryGetValue(name, out SourceSpan first))
                {
                    throw new SyntaxError($"property '{name}' appears twice in one object (first at {first.Describe()})", nameSpan);
                }

                seen.Add(name, nameSpan);
                SkipWhitespace();
                if (Peek() != ':')
                {
                    throw Error("expected ':' after property name '" + name + "' but found " + Describe(position), position, 1);
                }

                position++;
                SkipWhitespace();
                JsonValue value = ReadValue(depth + 1);
                properties.Add(new JsonProperty(name, nameSpan, value));
                SkipWhitespace();
                char next = Peek();
                if (next == ',')
                {
                    position++;
                    SkipWhitespace();
                    if (Peek() == '}')
                    {
                        throw Error("a trailing comma before '}' is not allowed", position, 1);
                    }

                    continue;
                }

                if (next == '}')
                {
                    position++;
                    return JsonValue.NewObject(lines.Span(start, position - start), lines.Span(start, 1), properties);
                }

                throw Error("expected ',' or '}' but found " + Describe(position), position, 1);
            }
        }

        private JsonValue ReadArray(int depth)
        {
            int start = position;
            position++;
            var items = new List<JsonValue>();
            SkipWhitespace();
            if (Peek() == ']')
            {
                position++;
                return JsonValue.NewArray(lines.Span(start, position - start), lines.Span(start, 1), items);
            }

            while (true)
            {
                SkipWhitespace();
                items.Add(ReadValue(depth + 1));
                SkipWhitespace();
                char next = Peek();
                if (next == ',')
                {
                    position++;
                    SkipWhitespace();
                    if (Peek() == ']')
                    {
                        throw Error("a trailing comma before ']' is not allowed", position, 1);
                    }

                    continue;
                }

                if (next == ']')
                {
                    position++;
                    return JsonValue.NewArray(lines.Span(start, position - start), lines.Span(start, 1), items);
                }

                throw Error("expected ',' or ']' but found " + Describe(position), position, 1);
            }
        }

        private string ReadString()
        {
            int start = position;
            position++;
            var builder = new StringBuilder();
            while (true)
            {
                if (position >= text.Length)
                {
                    throw Error("the string is not closed before the end of the document", start, 1);
                }

                char c = text[position];
                if (c == '"')
                {
                    position++;
                    return builder.ToString();
                }

                if (c == '\\')
                {
                    builder.Append(ReadEscape());
                    continue;
                }

                if (c < ' ')
                {
                    throw Error("a control character (U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ") must be escaped inside a string; is a closing quote missing?", position, 1);
                }

                builder.Append(c);
                position++;
            }
        }

        private char ReadEscape()
        {
            int start = position;
            position++;
            if (position >= text.Length)
            {
                throw Error("the string is not closed before the end of the document", start, 1);
            }

            char c = text[position];
            position++;
            switch (c)
            {
                case '"': return '"';
                case '\\': return '\\';
                case '/': return '/';
                case 'b': return '\b';
                case 'f': return '\f';
                case 'n': return '\n';
                case 'r': return '\r';
                case 't': return '\t';
                case 'u':
                    if (position + 4 > text.Length)
                    {
                        throw Error("\\u needs four hexadecimal digits", start, text.Length - start);
                    }

                    string hex = text.Substring(position, 4);
                    if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                    {
                        throw Error("\\u needs four hexadecimal digits, found '" + hex + "'", start, 6);
                    }

                    position += 4;
                    return (char)code;
                default:
                    throw Error("'\\" + c + "' is not a JSON escape", start, 2);
            }
        }

        private JsonValue ReadNumber()
        {
            int start = position;
            if (Peek() == '-')
            {
                position++;
            }

            if (Peek() == '0')
            {
                position++;
            }
            else if (IsDigit(Peek()))
            {
                SkipDigits();
            }
            else
            {
                throw Error("a number needs digits after '-'", start, position - start + 1);
            }

            if (Peek() == '.')
            {
                position++;
                if (!IsDigit(Peek()))
                {
                    throw Error("a number needs digits after '.'", start, position - start + 1);
                }

                SkipDigits();
            }

            if (Peek() == 'e' || Peek() == 'E')
            {
                position++;
                if (Peek() == '+' || Peek() == '-')
                {
                    position++;
                }

                if (!IsDigit(Peek()))
                {
                    throw Error("a number needs digits in its exponent", start, position - start + 1);
                }

                SkipDigits();
            }

            if (IsDigit(Peek()))
            {
                throw Error("a number must not have leading zeros", start, position - start + 1);
            }

            return JsonValue.Scalar(JsonKind.Number, lines.Span(start, position - start), text.Substring(start, position - start));
        }

        private JsonValue ReadLiteral(string literal, JsonKind kind)
        {
            int start = position;
            if (string.CompareOrdinal(text, position, literal, 0, literal.Length) != 0)
            {
                int end = position;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
                {
                    end++;
                }

                string word = text.Substring(start, Math.Max(1, end - start));
                throw Error("'" + word + "' is not a JSON value (strings need double quotes)", start, word.Length);
            }

            position += literal.Length;
            return JsonValue.Scalar(kind, lines.Span(start, literal.Length), null);
        }

        private void SkipDigits()
        {
            while (IsDigit(Peek()))
            {
                position++;
            }
        }

        private void SkipWhitespace()
        {
            while (position < text.Length)
            {
                char c = text[position];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                {
                    position++;
                }
                else if (c == '/' && position + 1 < text.Length && (text[position + 1] == '/' || text[position + 1] == '*'))
                {
                    throw Error("comments are not allowed in JSON", position, 2);
                }
                else
                {
                    return;
                }
            }
        }

        private char Peek() => position < text.Length ? text[position] : '\0';

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private string Describe(int at)
        {
            if (at >= text.Length)
            {
                return "the end of the document";
            }

            char c = text[at];
            return c < ' ' || c == '\u3000' || char.IsWhiteSpace(c)
                ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                : "'" + c + "'";
        }

        private SyntaxError Error(string message, int start, int length)
        {
            int clampedStart = Math.Min(start, text.Length);
            int clampedLength = Math.Max(0, Math.Min(length, text.Length - clampedStart));
            return new SyntaxError(message, lines.Span(clampedStart, clampedLength));
        }

        private sealed class SyntaxError : Exception
        {
            public SyntaxError(string message, SourceSpan span)
                : base(message)
            {
                Span = span;
            }

            public SourceSpan Span { get; }
        }
    }
}
