using System;
using System.Runtime.CompilerServices;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Finds where a well-formed JSON object or array ends without a <see cref="System.Text.Json.Utf8JsonReader"/> pass
    /// (记录边界扫描): strings are crossed by the stops of 64-byte blocks (<see cref="JsonStringStops"/>), the rest is checked
    /// against the JSON grammar byte by byte. It only ever says "well formed, this long" or "cannot say": anything it is
    /// not sure of — an error, the end of the bytes, a comment, a trailing comma, a <c>\u</c> escape, a control
    /// character, more nesting than it is given — gives <c>-1</c>, and the reader pass then decides as it always did, with
    /// its own findings. So a value it measures is one the reader pass reads to the same end, with no error. Like the
    /// reader it stands in for, it is precompiled (the tool's build is ReadyToRun), so a run starts with optimized code
    /// for it and compiles none at start-up.
    /// </summary>
    internal static class JsonValueExtent
    {
        /// <summary>The deepest nesting the scan follows (one bit a level).</summary>
        public const int DeepestNesting = 64;

        /// <summary>
        /// The length in bytes of the object or array that <paramref name="json"/> starts with, when it is well formed
        /// and nested at most <paramref name="maxNesting"/> deep; otherwise <c>-1</c> (not well formed, cut short, or
        /// something the scan leaves to the reader).
        /// </summary>
        /// <param name="json">UTF-8 bytes starting with <c>{</c> or <c>[</c>.</param>
        /// <param name="maxNesting">The deepest nesting to follow (at most <see cref="DeepestNesting"/>).</param>
        public static int Measure(ReadOnlySpan<byte> json, int maxNesting)
        {
#if !NET8_0_OR_GREATER
            return -1;
#else
            maxNesting = Math.Min(maxNesting, DeepestNesting);
            if (json.IsEmpty || (json[0] != (byte)'{' && json[0] != (byte)'['))
            {
                return -1;
            }

            int depth = 0;
            ulong objects = 0;
            int i = 0;
            var stops = default(JsonStringStops);

        Value:
            // i is at a value's first byte (blanks skipped).
            switch (json[i])
            {
                case (byte)'{':
                    if (++depth > maxNesting)
                    {
                        return -1;
                    }

                    objects |= 1UL << (depth - 1);
                    i = JsonBlank.Skip(json, i + 1);
                    if (i >= json.Length)
                    {
                        return -1;
                    }

                    if (json[i] == (byte)'}')
                    {
                        depth--;
                        i++;
                        goto AfterValue;
                    }

                    goto Member;
                case (byte)'[':
                    if (++depth > maxNesting)
                    {
                        return -1;
                    }

                    objects &= ~(1UL << (depth - 1));
                    i = JsonBlank.Skip(json, i + 1);
                    if (i >= json.Length)
                    {
                        return -1;
                    }

                    if (json[i] == (byte)']')
                    {
                        depth--;
                        i++;
                        goto AfterValue;
                    }

                    goto Value;
                case (byte)'"':
                    i = SkipString(json, i, ref stops);
                    break;
                case (byte)'t':
                    i = SkipWord(json, i, "true"u8);
                    break;
                case (byte)'f':
                    i = SkipWord(json, i, "false"u8);
                    break;
                case (byte)'n':
                    i = SkipWord(json, i, "null"u8);
                    break;
                default:
                    i = SkipNumber(json, i);
                    break;
            }

            if (i < 0)
            {
                return -1;
            }

        AfterValue:
            // i is just after a value; depth says how many containers are open around it.
            if (depth == 0)
            {
                return i;
            }

            i = JsonBlank.Skip(json, i);
            if (i >= json.Length)
            {
                return -1;
            }

            bool inObject = (objects & (1UL << (depth - 1))) != 0;
            switch (json[i])
            {
                case (byte)',':
                    i = JsonBlank.Skip(json, i + 1);
                    if (i >= json.Length)
                    {
                        return -1;
                    }

                    if (inObject)
                    {
                        goto Member;
                    }

                    if (json[i] == (byte)']')
                    {
                        // A trailing comma: allowed by the reader options, left to the reader.
                        return -1;
                    }

                    goto Value;
                case (byte)'}' when inObject:
                case (byte)']' when !inObject:
                    depth--;
                    i++;
                    goto AfterValue;
                default:
                    return -1;
            }

        Member:
            // i is where a member name must start, blanks skipped.
            if (json[i] != (byte)'"')
            {
                return -1;
            }

            i = SkipString(json, i, ref stops);
            if (i < 0)
            {
                return -1;
            }

            i = JsonBlank.Skip(json, i);
            if (i >= json.Length || json[i] != (byte)':')
            {
                return -1;
            }

            i = JsonBlank.Skip(json, i + 1);
            if (i >= json.Length)
            {
                return -1;
            }

            goto Value;
#endif
        }

#if NET8_0_OR_GREATER
        /// <summary>Just after the string whose opening quote is at <paramref name="i"/>, or -1.</summary>
        /// <param name="json">The value's bytes.</param>
        /// <param name="i">Where the string's opening quote is.</param>
        /// <param name="stops">The value's string stops, kept from one string to the next.</param>
        private static int SkipString(ReadOnlySpan<byte> json, int i, ref JsonStringStops stops)
        {
            i++;
            while (true)
            {
                i = stops.Next(json, i);
                if (i < 0)
                {
                    return -1;
                }

                byte b = json[i];
                if (b == (byte)'"')
                {
                    return i + 1;
                }

                if (b != (byte)'\\' || i + 1 >= json.Length)
                {
                    return -1;
                }

                switch (json[i + 1])
                {
                    case (byte)'"':
                    case (byte)'\\':
                    case (byte)'/':
                    case (byte)'b':
                    case (byte)'f':
                    case (byte)'n':
                    case (byte)'r':
                    case (byte)'t':
                        i += 2;
                        break;
                    default:
                        // \u escapes (which may be lone surrogates) and anything invalid: the reader decides.
                        return -1;
                }
            }
        }

        /// <summary>Just after the literal <paramref name="word"/> at <paramref name="i"/>, or -1.</summary>
        private static int SkipWord(ReadOnlySpan<byte> json, int i, ReadOnlySpan<byte> word) =>
            json.Slice(i).StartsWith(word) ? i + word.Length : -1;

        /// <summary>Just after the number at <paramref name="i"/> (<c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>), or -1.</summary>
        private static int SkipNumber(ReadOnlySpan<byte> json, int i)
        {
            if (i < json.Length && json[i] == (byte)'-')
            {
                i++;
            }

            if (i >= json.Length || !IsDigit(json[i]))
            {
                return -1;
            }

            if (json[i] == (byte)'0')
            {
                i++;
            }
            else
            {
                i = SkipDigits(json, i);
            }

            if (i < json.Length && json[i] == (byte)'.')
            {
                i++;
                if (i >= json.Length || !IsDigit(json[i]))
                {
                    return -1;
                }

                i = SkipDigits(json, i);
            }

            if (i < json.Length && (json[i] == (byte)'e' || json[i] == (byte)'E'))
            {
                i++;
                if (i < json.Length && (json[i] == (byte)'+' || json[i] == (byte)'-'))
                {
                    i++;
                }

                if (i >= json.Length || !IsDigit(json[i]))
                {
                    return -1;
                }

                i = SkipDigits(json, i);
            }

            return i;
        }

        private static int SkipDigits(ReadOnlySpan<byte> json, int i)
        {
            while (i < json.Length && IsDigit(json[i]))
            {
                i++;
            }

            return i;
        }

        private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
#endif
    }
}
