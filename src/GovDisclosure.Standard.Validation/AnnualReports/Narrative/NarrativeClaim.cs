using System.Collections.Generic;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports.Narrative
{
    /// <summary>A count a sentence of the report states (“予以公开及部分公开258件”): what it counts, the number, and where in the text.</summary>
    internal sealed record NarrativeClaim(NarrativeQuantity Quantity, long Stated, int Start, int Length, string Text)
    {
        private static readonly Regex OtherYear = new Regex("(?<year>(?:19|20)[0-9]{2})年", RegexOptions.CultureInvariant);

        private static readonly Regex LastYear = new Regex("上年|去年|上一年|前一年", RegexOptions.CultureInvariant);

        private static readonly Regex Change = new Regex("同比|环比|较上年|较去年|比上年|比去年|较\\d|增长|增加|减少|下降|上升|回落|提高|降低|增幅|降幅", RegexOptions.CultureInvariant);

        private static readonly Regex Part = new Regex("其中|以上|以下|约|近|超过|逾|多件|余件", RegexOptions.CultureInvariant);

        /// <summary>The marks a clause starts after.</summary>
        private static readonly char[] ClauseStops = { '，', '。', '；', ',', ';', '\n', '！', '？', '：' };

        /// <summary>
        /// The counts a text states, in the order they appear. A count is left out when its clause speaks of
        /// another year or of last year (unless it counts 上年结转 itself), of a change (同比增长 N 件 is not a
        /// count), of a part (其中…) for the totals, or of an approximation (约, 近, 余).
        /// </summary>
        public static IEnumerable<NarrativeClaim> In(string text, int? reportYear)
        {
            // Every way a quantity is stated ends its count with a counter (件, 宗, 起, 个; NarrativeQuantity.Counters): a
            // text without one states no count, and is not run through the twelve patterns.
            if (text.IndexOfAny(NarrativeQuantity.Counters) < 0)
            {
                yield break;
            }

            var taken = new List<(int Start, int End)>();
            string? year = reportYear?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (NarrativeQuantity quantity in NarrativeQuantity.All)
            {
                // Match by match, not through Matches: a pattern that finds nothing (most of the twelve, in most texts) then
                // makes no collection, list or enumerator; the matches are the same (NextMatch goes on as the collection does).
                for (Match match = quantity.Pattern.Match(text); match.Success; match = match.NextMatch())
                {
                    int start = match.Index;
                    int end = match.Index + match.Length;
                    if (Overlaps(taken, start, end))
                    {
                        continue;
                    }

                    taken.Add((start, end));
                    Group number = match.Groups["number"];
                    if (!ChineseNumerals.TryParse(number.Value, out long stated))
                    {
                        continue;
                    }

                    string before = Clause(text, start);
                    string clause = before + match.Value;
                    if (Change.IsMatch(match.Value) || Change.IsMatch(before))
                    {
                        continue;
                    }

                    if (!quantity.SpeaksOfLastYear && LastYear.IsMatch(clause))
                    {
                        continue;
                    }

                    if (NamesOtherYear(clause, year))
                    {
                        continue;
                    }

                    if (Part.IsMatch(clause) && quantity.WholeOnly || Approximate(text, number.Index, number.Index + number.Length))
                    {
                        continue;
                    }

                    yield return new NarrativeClaim(quantity, stated, start, match.Length, match.Value);
                }
            }
        }

        /// <summary>Whether <paramref name="start"/>–<paramref name="end"/> overlaps a span already taken.</summary>
        private static bool Overlaps(List<(int Start, int End)> taken, int start, int end)
        {
            foreach ((int Start, int End) t in taken)
            {
                if (start < t.End && t.Start < end)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a clause names a year (2019年) other than the report's <paramref name="year"/>, or any year when the report's is unknown.</summary>
        private static bool NamesOtherYear(string clause, string? year)
        {
            for (Match y = OtherYear.Match(clause); y.Success; y = y.NextMatch())
            {
                if (year is null || y.Groups["year"].Value != year)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The clause before a position: back to the last comma, full stop, semicolon or line break.</summary>
        private static string Clause(string text, int position)
        {
            int from = text.LastIndexOfAny(ClauseStops, position == 0 ? 0 : position - 1);
            return from < 0 ? text.Substring(0, position) : text.Substring(from + 1, position - from - 1);
        }

        private static bool Approximate(string text, int numberStart, int numberEnd)
        {
            char before = numberStart == 0 ? '\0' : text[numberStart - 1];
            char after = numberEnd < text.Length ? text[numberEnd] : '\0';
            return before == '约' || before == '近' || before == '逾' || after == '余' || after == '多';
        }
    }
}
