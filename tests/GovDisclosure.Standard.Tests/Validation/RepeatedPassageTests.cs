using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Validation.AnnualReports.Sections;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// GD-AR-017's measure of a section repeated from last year (<see cref="AnnualReportCarriedOverText.Repeated"/>), which
    /// compares runs of letters where they stand, gives the share and passage that comparing each run as a string of its own
    /// (the way it was measured before) gives, for texts of a few letters, digits, years before 年 and punctuation. Last
    /// year's runs are found through an index with a rolling hash (<see cref="LetterRuns"/>), which a thread uses again
    /// section after section, and whose hashes only narrow the search: the letters decide.
    /// </summary>
    public class RepeatedPassageTests
    {
        private const int RunLength = AnnualReportCarriedOverText.RunLength;

        private static readonly Gen<string> Pieces = Gen.Elements("公开", "工作", "机制", "2023年", "2024年", "12", "，", "。", " ", "a", "健全", "梳理流程", "一是", "本机关");

        private static readonly Gen<string> Texts = Pieces.ListOf().Select(p => string.Concat(p));

        [Property(MaxTest = 500)]
        public Property The_share_and_passage_are_those_of_runs_compared_as_strings()
        {
            Gen<(string Before, string Now)> pairs =
                from before in Texts
                from keep in Gen.Choose(0, 3)
                from now in Texts
                select (before, keep == 0 ? now : keep == 1 ? before.Replace("2023年", "2024年") + now : now + before);
            return Prop.ForAll(pairs.ToArbitrary(), pair =>
                Equals(AnnualReportCarriedOverText.Repeated(pair.Before, pair.Now), ByStrings(pair.Before, pair.Now)));
        }

        /// <summary>Sections longer than those a thread's buffers are kept for, between ordinary ones, measure as the oracle does.</summary>
        [Property(MaxTest = 60)]
        public Property Long_and_short_sections_in_turn_are_measured_as_runs_compared_as_strings()
        {
            Gen<(string Before, string Now)> pairs =
                from before in Texts
                from now in Texts
                from times in Gen.Elements(1, 1, 60)
                select (string.Concat(Enumerable.Repeat(before, times)), string.Concat(Enumerable.Repeat(now + before, times)));
            return Prop.ForAll(pairs.ToArbitrary(), pair =>
                Equals(AnnualReportCarriedOverText.Repeated(pair.Before, pair.Now), ByStrings(pair.Before, pair.Now)));
        }

        /// <summary>A thread's index of runs, used for one pair of sections after another, keeps nothing of the last pair that counts.</summary>
        [Property(MaxTest = 300)]
        public Property Sections_measured_one_after_another_on_a_thread_are_measured_as_runs_compared_as_strings()
        {
            Gen<(string Before, string Now)> pairs =
                from before in Texts
                from now in Texts
                from keep in Gen.Choose(0, 2)
                select (before, keep == 0 ? now : now + before);
            return Prop.ForAll(pairs.ToArbitrary(), pairs.ToArbitrary(), (first, second) =>
            {
                AnnualReportCarriedOverText.Repeated(first.Before, first.Now);
                return Equals(AnnualReportCarriedOverText.Repeated(second.Before, second.Now), ByStrings(second.Before, second.Now));
            });
        }

        /// <summary>A run looked up with an indexed run's hash but other letters (as a collision would give) is not found.</summary>
        [Fact]
        public void A_run_with_an_indexed_runs_hash_but_other_letters_is_not_found()
        {
            char[] letters = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥".ToCharArray();
            var runs = new LetterRuns();
            runs.Index(letters, letters.Length);
            for (int i = 0; i + RunLength <= letters.Length; i++)
            {
                Assert.True(runs.Contains(letters, i, LetterRuns.Hash(letters, i)));
                char[] other = (char[])letters.Clone();
                other[i] = '口';
                Assert.False(runs.Contains(other, i, LetterRuns.Hash(letters, i)));
            }
        }

        /// <summary>The measure as it was: every run of last year's letters a string in a set (the oracle).</summary>
        private static (int Percent, string Passage)? ByStrings(string before, string now)
        {
            (string letters, int[] start, int[] end) = Letters(now);
            if (letters.Length < 30)
            {
                return null;
            }

            string earlier = Letters(before).Letters;
            var runs = new HashSet<string>(System.StringComparer.Ordinal);
            for (int i = 0; i + RunLength <= earlier.Length; i++)
            {
                runs.Add(earlier.Substring(i, RunLength));
            }

            var covered = new bool[letters.Length];
            for (int i = 0; i + RunLength <= letters.Length; i++)
            {
                if (runs.Contains(letters.Substring(i, RunLength)))
                {
                    for (int j = i; j < i + RunLength; j++)
                    {
                        covered[j] = true;
                    }
                }
            }

            int count = 0;
            int bestFrom = 0;
            int bestLength = 0;
            for (int i = 0, from = 0; i <= letters.Length; i++)
            {
                if (i < letters.Length && covered[i])
                {
                    count++;
                    continue;
                }

                if (i - from > bestLength)
                {
                    bestFrom = from;
                    bestLength = i - from;
                }

                from = i + 1;
            }

            if (bestLength == 0)
            {
                return (0, string.Empty);
            }

            string passage = now.Substring(start[bestFrom], end[bestFrom + bestLength - 1] - start[bestFrom]);
            return (count * 100 / letters.Length, passage.Length > 60 ? passage.Substring(0, 60) + "…" : passage);
        }

        private static (string Letters, int[] Start, int[] End) Letters(string text)
        {
            var letters = new System.Text.StringBuilder(text.Length);
            var start = new List<int>(text.Length);
            var end = new List<int>(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (IsDigit(c) && i + 4 < text.Length && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && IsDigit(text[i + 3]) && text[i + 4] == '年' && (i == 0 || !IsDigit(text[i - 1])))
                {
                    letters.Append('#');
                    start.Add(i);
                    end.Add(i + 4);
                    i += 3;
                }
                else if (IsDigit(c) || (c >= '\u4e00' && c <= '\u9fff'))
                {
                    letters.Append(c);
                    start.Add(i);
                    end.Add(i + 1);
                }
            }

            return (letters.ToString(), start.ToArray(), end.ToArray());
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
