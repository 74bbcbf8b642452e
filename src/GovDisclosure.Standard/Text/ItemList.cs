using System;
#if NET8_0_OR_GREATER
using System.Buffers;
using System.Collections.Concurrent;
#endif
using System.Collections.Generic;

namespace GovDisclosure.Standard.Text
{
    /// <summary>
    /// A list of items written as one text, as spreadsheet cells and forms write them: items separated by 、，,;；/ or
    /// line breaks (公开内容、公开时限), or one item a line or a ；/; (身份证原件；户口簿). A separator inside 《》, brackets
    /// or quotation marks does not split (《中华人民共和国政府信息公开条例》（第二十条、第二十一条）).
    /// </summary>
    internal static class ItemList
    {
        /// <summary>What separates the items of a list within a line: 、，,;；/.</summary>
        public const string InlineSeparators = "、，,;；/";

        /// <summary>What separates the items of a list: <see cref="InlineSeparators"/> or a line break.</summary>
        public const string Separators = InlineSeparators + "\n\r";

        /// <summary>What separates items that are written one a line (materials, fees): a line break, ；or ;.</summary>
        public const string LineSeparators = "\n\r；;";

        private const string Openers = "《（(【[「“";
        private const string Closers = "》）)】]」”";

#if NET8_0_OR_GREATER
        /// <summary>How many ways of cutting (separators, marks, phrases) keep their <see cref="Stops"/>: callers pass a few constant ones.</summary>
        private const int StopsKept = 64;

        private static readonly ConcurrentDictionary<(string Separators, string Marks, IReadOnlyList<string> Phrases), SearchValues<char>?> StopsByWay =
            new ConcurrentDictionary<(string, string, IReadOnlyList<string>), SearchValues<char>?>();

        /// <summary>How many ways of cutting are found again by reference before the dictionary is asked (callers pass constants).</summary>
        private const int WaysByReference = 8;

        /// <summary>The ways of cutting asked for first, each with its stops, found by reference with no hashing (replaced whole, never changed).</summary>
        private static Way[] waysByReference = System.Array.Empty<Way>();
#endif

        /// <summary>The items of <paramref name="text"/>, trimmed, empty ones left out.</summary>
        /// <param name="text">The list as written.</param>
        /// <param name="separators">The characters that separate items outside brackets (<see cref="Separators"/> or <see cref="LineSeparators"/>).</param>
        public static IReadOnlyList<string> Split(string text, string separators) => Split(text, separators, string.Empty, System.Array.Empty<string>());

        /// <summary>
        /// The items of <paramref name="text"/>, trimmed, empty ones left out: split on separators outside brackets and
        /// before a mark that follows text (● 公开内容 ● 公开时限), keeping protected phrases whole.
        /// </summary>
        /// <param name="text">The list as written.</param>
        /// <param name="separators">The characters that separate items outside brackets.</param>
        /// <param name="marks">Characters that begin an item (●, ■); empty for none.</param>
        /// <param name="protectedPhrases">Phrases that hold a separator but are one item (a name with 、 in it).</param>
        public static IReadOnlyList<string> Split(string text, string separators, string marks, IReadOnlyList<string> protectedPhrases)
        {
            var ranges = new List<(int Start, int Length)>();
            Cut(text.AsSpan(), separators, marks, protectedPhrases, ranges);
            var items = new List<string>(ranges.Count);
            foreach ((int start, int length) in ranges)
            {
                items.Add(length == text.Length ? text : text.Substring(start, length));
            }

            return items;
        }

        /// <summary>
        /// Where the items of <paramref name="text"/> are, as <see cref="Split(string, string, string, IReadOnlyList{string})"/>
        /// gives them (trimmed, empty ones left out), added to <paramref name="items"/>: no string is made.
        /// </summary>
        /// <param name="text">The list as written.</param>
        /// <param name="separators">The characters that separate items outside brackets.</param>
        /// <param name="marks">Characters that begin an item (●, ■); empty for none.</param>
        /// <param name="protectedPhrases">Phrases that hold a separator but are one item.</param>
        /// <param name="items">Receives each item's start and length in <paramref name="text"/>.</param>
        public static void Cut(ReadOnlySpan<char> text, string separators, string marks, IReadOnlyList<string> protectedPhrases, List<(int Start, int Length)> items)
        {
            // An item is always one slice of the text (a separator ends it and is left out; a mark or a phrase stays in it),
            // so it is cut from the text where it ends, with no builder.
            int start = 0;
            int depth = 0;
            int i = 0;
#if NET8_0_OR_GREATER
            SearchValues<char>? stops = Stops(separators, marks, protectedPhrases);
#endif
            while (i < text.Length)
            {
#if NET8_0_OR_GREATER
                if (stops != null)
                {
                    // A character that is no separator, mark, bracket or first character of a phrase changes nothing: skipped as a run.
                    int plain = text.Slice(i).IndexOfAny(stops);
                    if (plain < 0)
                    {
                        i = text.Length;
                        break;
                    }

                    i += plain;
                }
#endif
                char c = text[i];
                if (depth == 0)
                {
                    int phrase = PhraseAt(text.Slice(i), protectedPhrases);
                    if (phrase > 0)
                    {
                        i += phrase;
                        continue;
                    }

                    if (separators.IndexOf(c) >= 0)
                    {
                        Flush(items, text, start, i);
                        start = ++i;
                        continue;
                    }

                    if (marks.Length > 0 && marks.IndexOf(c) >= 0 && !text.Slice(start, i - start).IsWhiteSpace())
                    {
                        Flush(items, text, start, i);
                        start = i;
                    }
                }

                if (Openers.IndexOf(c) >= 0)
                {
                    depth++;
                }
                else if (Closers.IndexOf(c) >= 0 && depth > 0)
                {
                    depth--;
                }

                i++;
            }

            Flush(items, text, start, i);
        }

#if NET8_0_OR_GREATER
        /// <summary>
        /// The characters at which cutting may do something (a separator, a mark, a bracket, a protected phrase's first
        /// character), kept for each way of cutting; <c>null</c> (every character is looked at) when a phrase is empty or
        /// too many ways were asked for.
        /// </summary>
        private static SearchValues<char>? Stops(string separators, string marks, IReadOnlyList<string> protectedPhrases)
        {
            // The same strings and list as before (the callers' constants) have the same stops: found by reference, not hashed.
            Way[] known = System.Threading.Volatile.Read(ref waysByReference);
            for (int k = 0; k < known.Length; k++)
            {
                Way each = known[k];
                if (ReferenceEquals(each.Separators, separators) && ReferenceEquals(each.Marks, marks) && ReferenceEquals(each.Phrases, protectedPhrases))
                {
                    return each.Stops;
                }
            }

            SearchValues<char>? stops = StopsByKey(separators, marks, protectedPhrases);
            if (known.Length < WaysByReference)
            {
                var more = new Way[known.Length + 1];
                known.CopyTo(more, 0);
                more[known.Length] = new Way(separators, marks, protectedPhrases, stops);
                System.Threading.Interlocked.CompareExchange(ref waysByReference, more, known);
            }

            return stops;
        }

        /// <summary>The stops of a way of cutting, kept by its value for the first <see cref="StopsKept"/> ways.</summary>
        private static SearchValues<char>? StopsByKey(string separators, string marks, IReadOnlyList<string> protectedPhrases)
        {
            var way = (separators, marks, protectedPhrases);
            if (StopsByWay.TryGetValue(way, out SearchValues<char>? stops))
            {
                return stops;
            }

            HashSet<char>? characters = new HashSet<char>(separators + marks + Openers + Closers);
            foreach (string phrase in protectedPhrases)
            {
                if (phrase.Length == 0)
                {
                    characters = null;
                    break;
                }

                characters.Add(phrase[0]);
            }

            stops = characters is null ? null : SearchValues.Create(new List<char>(characters).ToArray());
            if (StopsByWay.Count < StopsKept)
            {
                StopsByWay.TryAdd(way, stops);
            }

            return stops;
        }

        /// <summary>A way of cutting (separators, marks, phrases) with its stops.</summary>
        private sealed class Way
        {
            public Way(string separators, string marks, IReadOnlyList<string> phrases, SearchValues<char>? stops)
            {
                Separators = separators;
                Marks = marks;
                Phrases = phrases;
                Stops = stops;
            }

            public string Separators { get; }

            public string Marks { get; }

            public IReadOnlyList<string> Phrases { get; }

            public SearchValues<char>? Stops { get; }
        }
#endif

        /// <summary>The length of the first protected phrase the text starts with, or 0.</summary>
        private static int PhraseAt(ReadOnlySpan<char> rest, IReadOnlyList<string> protectedPhrases)
        {
            for (int k = 0; k < protectedPhrases.Count; k++)
            {
                string phrase = protectedPhrases[k];
                if (rest.StartsWith(phrase.AsSpan(), StringComparison.Ordinal))
                {
                    return phrase.Length;
                }
            }

            return 0;
        }

        private static void Flush(List<(int Start, int Length)> items, ReadOnlySpan<char> text, int start, int end)
        {
            ReadOnlySpan<char> item = text.Slice(start, end - start);
            int leading = item.Length - item.TrimStart().Length;
            int length = item.Trim().Length;
            if (length > 0)
            {
                items.Add((start + leading, length));
            }
        }
    }
}
