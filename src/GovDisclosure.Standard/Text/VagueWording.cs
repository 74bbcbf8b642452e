using System;
#if NET8_0_OR_GREATER
using System.Buffers;
#endif
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GovDisclosure.Standard.Text
{
    /// <summary>
    /// Finds uncertain wording (模糊表述, 兜底性表述) that service guides must not use: catch-all
    /// materials (其他材料, 其他相关材料, 等材料), unnamed bodies (有关部门, 相关部门) and unnamed rules
    /// (有关规定, 相关规定). It compares folded text (<see cref="ChineseText.Fold"/>), so white space
    /// and full-width or half-width forms do not matter, and reports each match as an exact span of
    /// the original text. Proper names that contain such words — 其他对外管理服务事项 (Art. 20(5)),
    /// 其他行政机关, 法人或者其他组织, in either spelling 其他 / 其它 — document titles in 《》, and
    /// 有关规定 right after a named law (《城镇燃气管理条例》有关规定) are never reported.
    /// </summary>
    public sealed class VagueWording
    {
        private const int MaxGap = 8;

        /// <summary>The longest text whose fold <see cref="Find"/> makes on the stack to look for a phrase before folding it for good.</summary>
        private const int StackFold = 256;

        private static readonly string[] DefaultPhrases =
        {
            "有关部门", "相关部门", "有关单位", "相关单位", "有关机关", "相关机关", "有关机构", "相关机构",
            "有关规定", "相关规定", "有关要求", "相关要求", "有关法律法规", "相关法律法规",
            "有关材料", "相关材料", "有关资料", "相关资料", "有关文件", "相关文件", "有关证明", "相关证明",
            "等材料", "等资料", "等文件", "等证明", "等证件", "等部门", "等单位",
            "其他有关", "其它有关", "其他相关", "其它相关",
        };

        /// <summary>What may follow a named law or document (《…》) and then names its rules, not vague ones: 《城镇燃气管理条例》有关规定.</summary>
        private static readonly string[] AfterTitle = { "的有关规定", "的相关规定", "有关规定", "相关规定" };

        private static readonly string[] DefaultCatchAllHeads = { "其他", "其它" };

        private static readonly string[] DefaultCatchAllNouns = { "材料", "资料", "文件", "证明", "证件", "部门", "单位", "机关", "机构", "事项", "规定", "条件", "要求" };

        private static readonly string[] DefaultProperNames =
        {
            "其他对外管理服务事项", "其他行政机关", "法人或者其他组织", "法人或其他组织", "其他组织",
            "其他需要报告的事项", "其他法律行政法规禁止公开", "其他法律、行政法规禁止公开",
        };

        private readonly string[] phrases;
        private readonly string[] properNames;

        /// <summary>The letters a phrase or a catch-all head begins with: no match starts at any other letter.</summary>
        private readonly string firstLetters;

        /// <summary><see cref="firstLetters"/>, searched for at once: a scan jumps from one to the next.</summary>
#if NET8_0_OR_GREATER
        private readonly SearchValues<char> starts;
#else
        private readonly char[] starts;
#endif

        /// <summary>
        /// Per UTF-16 code unit, whether its fold holds one of <see cref="firstLetters"/>: 0 not yet known, 1 no, 2 yes.
        /// Each unit is worked out the first time a text holds it, so a run normalises only the few it meets and never
        /// the whole range (a start-up cost of every run). Threads that race on a unit write the same answer.
        /// </summary>
        private readonly byte[] mayStart = new byte[char.MaxValue + 1];

        private VagueWording(IEnumerable<string> phrases, IEnumerable<string> properNames)
        {
            this.phrases = phrases.Select(ChineseText.Fold).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ToArray();
            this.properNames = properNames.Select(ChineseText.Fold).Where(p => p.Length > 0)
                .SelectMany(p => new[] { p, p.Replace("其他", "其它"), p.Replace("其它", "其他") })
                .Distinct(StringComparer.Ordinal).ToArray();
            firstLetters = new string(this.phrases.Select(p => p[0]).Concat(DefaultCatchAllHeads.Select(h => h[0])).Distinct().ToArray());
#if NET8_0_OR_GREATER
            starts = SearchValues.Create(firstLetters);
#else
            starts = firstLetters.ToCharArray();
#endif
        }

        /// <summary>
        /// The built-in matcher, made when first asked for: a run that checks no service guide or catalogue entry never
        /// folds the phrases or builds their tables (some 7 ms of a run's start).
        /// </summary>
        private static readonly Lazy<VagueWording> BuiltIn = new Lazy<VagueWording>(() => new VagueWording(DefaultPhrases, DefaultProperNames));

        /// <summary>The built-in phrases, catch-all patterns (其他/其它 followed within a clause by 材料, 部门, 规定…) and proper names.</summary>
        public static VagueWording Default => BuiltIn.Value;

        /// <summary>The fixed phrases (folded), longest first; the catch-all pattern <c>其他…材料</c> comes in addition.</summary>
        public IReadOnlyList<string> Phrases => phrases;

        /// <summary>The proper names (folded) within which nothing is reported.</summary>
        public IReadOnlyList<string> ProperNames => properNames;

        /// <summary>A matcher that also reports <paramref name="extraPhrases"/>.</summary>
        /// <param name="extraPhrases">More phrases, e.g. a province's list.</param>
        public VagueWording WithPhrases(params string[] extraPhrases) =>
            new VagueWording(phrases.Concat(extraPhrases ?? Array.Empty<string>()), properNames);

        /// <summary>A matcher that also treats <paramref name="names"/> as proper names, never reported.</summary>
        /// <param name="names">Proper names, e.g. 其他对外管理服务事项.</param>
        public VagueWording WithProperNames(params string[] names) =>
            new VagueWording(phrases, properNames.Concat(names ?? Array.Empty<string>()));

        /// <summary>Every uncertain wording in <paramref name="text"/>, left to right, not overlapping.</summary>
        /// <param name="text">A field's text as written.</param>
        public IReadOnlyList<VagueWordingMatch> Find(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return Array.Empty<VagueWordingMatch>();
            }

            if (CannotMatch(text!))
            {
                return Array.Empty<VagueWordingMatch>();
            }

            // A text that is already its own fold (most bodies, names and bases) is searched as it is: its folded
            // positions are its own, and nothing is allocated unless a phrase is found.
            if (ChineseText.IsFolded(text!))
            {
                return Scan(text!, text!, null);
            }

            // A text whose fold is made character by character (full-width commas, spaces) is folded on the stack and looked
            // through there: most hold no phrase, and are told so without the fold and its map to the original being made.
            if (text!.Length <= StackFold && !MayHoldPhrase(text))
            {
                return Array.Empty<VagueWordingMatch>();
            }

            return FindInFold(text);
        }

        /// <summary>What <see cref="Find"/> answers for a non-empty text that may hold a phrase, found in its fold with each match mapped back to the original.</summary>
        /// <param name="text">A field's text as written.</param>
        internal IReadOnlyList<VagueWordingMatch> FindInFold(string text)
        {
            FoldedText folded = FoldedText.Of(text);
            return Scan(text, folded.Text, folded);
        }

        /// <summary>
        /// Whether a phrase or a catch-all pattern begins anywhere in the fold of <paramref name="text"/>; <c>true</c> also when
        /// the fold is not made character by character (<see cref="ChineseText.FoldSimpleInto"/>), since then it is not known.
        /// A match of <see cref="Scan"/> begins only where one begins.
        /// </summary>
        private bool MayHoldPhrase(string text)
        {
            Span<char> buffer = stackalloc char[text.Length];
            int length = ChineseText.FoldSimpleInto(text.AsSpan(), buffer);
            if (length < 0)
            {
                return true;
            }

            ReadOnlySpan<char> s = buffer.Slice(0, length);
            for (int position = 0; position < s.Length; position++)
            {
                int next = s.Slice(position).IndexOfAny(starts);
                if (next < 0)
                {
                    return false;
                }

                position += next;
                if (LongestAt(s, position).Length > 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The matches in <paramref name="s"/>, the fold of <paramref name="text"/> (<paramref name="folded"/>; <c>null</c> when the text is its own fold).</summary>
        private IReadOnlyList<VagueWordingMatch> Scan(string text, string s, FoldedText? folded)
        {
            bool[]? excluded = null;
            List<VagueWordingMatch>? matches = null;
            int position = 0;
            while (position < s.Length)
            {
                // No match begins at a letter no phrase begins with: the scan jumps to the next that one does.
                int next = s.AsSpan(position).IndexOfAny(starts);
                if (next < 0)
                {
                    break;
                }

                position += next;
                (int length, string phrase) = LongestAt(s.AsSpan(), position);
                if (length > 0 && !IsExcluded(excluded ??= Excluded(s), position, length))
                {
                    int start = folded is null ? position : folded.OriginStart(position);
                    int end = folded is null ? position + length : folded.OriginEnd(position + length - 1);
                    (matches ??= new List<VagueWordingMatch>()).Add(new VagueWordingMatch(start, end - start, text.Substring(start, end - start), phrase));
                    position += length;
                }
                else
                {
                    position++;
                }
            }

            return matches ?? (IReadOnlyList<VagueWordingMatch>)Array.Empty<VagueWordingMatch>();
        }

        private static bool IsExcluded(bool[] excluded, int start, int length)
        {
            for (int i = start; i < start + length; i++)
            {
                if (excluded[i])
                {
                    return true;
                }
            }

            return false;
        }

        private bool CannotMatch(string text)
        {
            byte[] starts = mayStart;
            foreach (char c in text)
            {
                if (char.IsSurrogate(c))
                {
                    return false;
                }

                byte known = starts[c];
                if (known == 0)
                {
                    starts[c] = known = MayStart(c) ? (byte)2 : (byte)1;
                }

                if (known == 2)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether <paramref name="c"/> is known to be its own NFKC form: ASCII, a CJK Unified Ideograph (U+4E00–U+9FFF), stable CJK punctuation or a Hangul syllable (U+AC00–U+D7A3).</summary>
        internal static bool IsOwnNormalForm(char c) =>
            c < '\u0080' || (c >= '\u4E00' && c <= '\u9FFF') || ChineseText.IsStablePunctuation(c) || (c >= '\uAC00' && c <= '\uD7A3');

        /// <summary>Whether the fold of <paramref name="c"/> (not a surrogate) holds a letter a match can begin with.</summary>
        internal bool MayStart(char c)
        {
            // ASCII, the CJK Unified Ideographs, stable CJK punctuation and the Hangul syllables are their own NFKC
            // form: they are decided without asking ICU.
            if (IsOwnNormalForm(c))
            {
                return firstLetters.IndexOf(c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) >= 0;
            }

            string normalized;
            try
            {
                normalized = c.ToString().Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                normalized = c.ToString();
            }

            foreach (char d in normalized)
            {
                if (firstLetters.IndexOf(d >= 'A' && d <= 'Z' ? (char)(d + 32) : d) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The longest phrase or catch-all pattern that begins at <paramref name="position"/> of the fold <paramref name="s"/>, which holds one of <see cref="firstLetters"/> there.</summary>
        private (int Length, string Phrase) LongestAt(ReadOnlySpan<char> s, int position)
        {
            ReadOnlySpan<char> rest = s.Slice(position);
            int bestLength = 0;
            string best = string.Empty;
            foreach (string phrase in phrases)
            {
                if (phrase.Length > bestLength && rest.StartsWith(phrase.AsSpan()))
                {
                    bestLength = phrase.Length;
                    best = phrase;
                }
            }

            foreach (string head in DefaultCatchAllHeads)
            {
                if (!rest.StartsWith(head.AsSpan()))
                {
                    continue;
                }

                (int gap, string noun)? nearest = NearestNoun(s, position + head.Length);
                if (nearest != null && head.Length + nearest.Value.gap + nearest.Value.noun.Length > bestLength)
                {
                    bestLength = head.Length + nearest.Value.gap + nearest.Value.noun.Length;
                    best = nearest.Value.gap == 0 ? head + nearest.Value.noun : head + "…" + nearest.Value.noun;
                }
            }

            return (bestLength, best);
        }

        private static (int gap, string noun)? NearestNoun(ReadOnlySpan<char> s, int gapStart)
        {
            for (int gap = 0; gap <= MaxGap && gapStart + gap < s.Length; gap++)
            {
                if (gap > 0 && !char.IsLetter(s[gapStart + gap - 1]))
                {
                    return null;
                }

                foreach (string noun in DefaultCatchAllNouns)
                {
                    if (s.Slice(gapStart + gap).StartsWith(noun.AsSpan()))
                    {
                        return (gap, noun);
                    }
                }
            }

            return null;
        }

        private bool[] Excluded(string s)
        {
            var excluded = new bool[s.Length];
            int titleDepth = 0;
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] == '《')
                {
                    titleDepth++;
                }

                excluded[i] = excluded[i] || titleDepth > 0;
                if (s[i] == '》' && titleDepth > 0)
                {
                    titleDepth--;
                    string? named = AfterTitle.FirstOrDefault(suffix => string.CompareOrdinal(s, i + 1, suffix, 0, suffix.Length) == 0);
                    for (int j = i + 1; named != null && j <= i + named.Length; j++)
                    {
                        excluded[j] = true;
                    }
                }
            }

            foreach (string name in properNames)
            {
                for (int at = s.IndexOf(name, StringComparison.Ordinal); at >= 0; at = s.IndexOf(name, at + 1, StringComparison.Ordinal))
                {
                    for (int i = at; i < at + name.Length; i++)
                    {
                        excluded[i] = true;
                    }
                }
            }

            return excluded;
        }

        /// <summary>Folded text with, for each folded character, the span of the original it came from.</summary>
        private sealed class FoldedText
        {
            private readonly List<int> starts;
            private readonly List<int> ends;

            private FoldedText(string text, List<int> starts, List<int> ends)
            {
                Text = text;
                this.starts = starts;
                this.ends = ends;
            }

            public string Text { get; }

            public static FoldedText Of(string original)
            {
                var builder = new StringBuilder(original.Length);
                var starts = new List<int>(original.Length);
                var ends = new List<int>(original.Length);
                int i = 0;
                while (i < original.Length)
                {
                    int width = char.IsHighSurrogate(original[i]) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]) ? 2 : 1;
                    if (width == 1 && IsOwnNormalForm(original[i]))
                    {
                        Append(builder, starts, ends, original[i], i, width);
                        i++;
                        continue;
                    }

                    string unit = original.Substring(i, width);
                    string normalized;
                    try
                    {
                        normalized = unit.Normalize(NormalizationForm.FormKC);
                    }
                    catch (ArgumentException)
                    {
                        normalized = unit;
                    }

                    foreach (char c in normalized)
                    {
                        Append(builder, starts, ends, c, i, width);
                    }

                    i += width;
                }

                return new FoldedText(builder.ToString(), starts, ends);
            }

            /// <summary>
            /// Whether a character alone is its own NFKC form, so it need not be normalised: ASCII, and the
            /// CJK Unified Ideographs (U+4E00–U+9FFF), which have no compatibility decomposition.
            /// </summary>
            private static bool IsOwnNormalForm(char c) => c < '\u0080' || (c >= '\u4E00' && c <= '\u9FFF');

            private static void Append(StringBuilder builder, List<int> starts, List<int> ends, char c, int origin, int width)
            {
                if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
                {
                    return;
                }

                builder.Append(c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
                starts.Add(origin);
                ends.Add(origin + width);
            }

            public int OriginStart(int foldedIndex) => starts[foldedIndex];

            public int OriginEnd(int foldedIndex) => ends[foldedIndex];
        }
    }
}
