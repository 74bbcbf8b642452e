using System;
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
    /// GD-AR-017 finds last year's runs of letters in this year's section through an index with a rolling hash
    /// (<see cref="LetterRuns"/>): for any two sections, the share repeated and the passage shown must be what a set of
    /// every run of last year's letters as text (the rule's earlier way, written out here) gives — hash collisions included,
    /// which the letters' own comparison settles.
    /// </summary>
    public class CarriedOverRunsTests
    {
        /// <summary>Pieces of section texts: phrases both years share, others, digits, years, punctuation and spaces.</summary>
        private static readonly Gen<string> Piece = Gen.Elements(
            "本机关坚持以习近平新时代中国特色社会主义思想为指导", "认真贯彻落实政府信息公开条例", "主动公开政府信息", "依申请公开",
            "进一步加强", "政务公开工作", "全年", "新收", "申请", "件", "2023年", "2024年", "2023", "12", "１２", "一", "二", "公开",
            "政府", "信息", "，", "。", "；", " ", "\n", "a", "（一）", "存在的主要问题", "改进情况", "公开公开公开公开", "信息信息信息");

        private static readonly Gen<string> Section = Piece.ArrayOf().Select(pieces => string.Concat(pieces));

        /// <summary>Two sections, the later often built from the earlier's pieces so that runs repeat.</summary>
        private static readonly Gen<(string Before, string Now)> Sections =
            from before in Section
            from now in Section
            from mix in Gen.Choose(0, 2)
            select (before, mix == 0 ? now : mix == 1 ? before + now : now + before.Substring(before.Length / 3));

        [Property(MaxTest = 1000)]
        public Property The_share_and_passage_are_those_a_set_of_every_run_as_text_gives()
        {
            return Prop.ForAll(Sections.ToArbitrary(), s =>
                Equals(AnnualReportCarriedOverText.Repeated(s.Before, s.Now), RepeatedAsText(s.Before, s.Now)));
        }

        [Property(MaxTest = 300)]
        public Property Sections_checked_one_after_another_on_a_thread_find_what_each_finds_alone()
        {
            // The thread's index is used again for the next pair: what it held for the last must not count.
            return Prop.ForAll(Sections.ToArbitrary(), Sections.ToArbitrary(), (first, second) =>
            {
                AnnualReportCarriedOverText.Repeated(first.Before, first.Now);
                return Equals(AnnualReportCarriedOverText.Repeated(second.Before, second.Now), RepeatedAsText(second.Before, second.Now));
            });
        }

        [Fact]
        public void A_run_with_an_indexed_runs_hash_but_other_letters_is_not_found()
        {
            // A run looked up with the hash of an indexed run but other letters (as a collision would give) is not found:
            // the letters are compared, not only the hashes.
            char[] letters = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥".ToCharArray();
            var runs = new LetterRuns();
            runs.Index(letters, letters.Length);
            for (int i = 0; i + AnnualReportCarriedOverText.RunLength <= letters.Length; i++)
            {
                Assert.True(runs.Contains(letters, i, LetterRuns.Hash(letters, i)));
                char[] other = (char[])letters.Clone();
                other[i] = '口';
                Assert.False(runs.Contains(other, i, LetterRuns.Hash(letters, i)));
            }
        }

        /// <summary>The rule's earlier way: last year's runs as texts in a set, this year's looked up one by one.</summary>
        private static (int Percent, string Passage)? RepeatedAsText(string before, string now)
        {
            const int runLength = AnnualReportCarriedOverText.RunLength;
            (string letters, int[] start, int[] end) = Letters(now);
            if (letters.Length < 30)
            {
                return null;
            }

            string earlier = Letters(before).Letters;
            var runs = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i + runLength <= earlier.Length; i++)
            {
                runs.Add(earlier.Substring(i, runLength));
            }

            var covered = new bool[letters.Length];
            for (int i = 0; i + runLength <= letters.Length; i++)
            {
                if (runs.Contains(letters.Substring(i, runLength)))
                {
                    for (int j = i; j < i + runLength; j++)
                    {
                        covered[j] = true;
                    }
                }
            }

            int count = 0, bestFrom = 0, bestLength = 0;
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

        /// <summary>Chinese characters and digits, a year before 年 as one letter '#', with where each starts and ends.</summary>
        private static (string Letters, int[] Start, int[] End) Letters(string text)
        {
            var letters = new List<char>();
            var start = new List<int>();
            var end = new List<int>();
            static bool IsDigit(char c) => c >= '0' && c <= '9';
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (IsDigit(c) && i + 4 < text.Length && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && IsDigit(text[i + 3]) && text[i + 4] == '年' && (i == 0 || !IsDigit(text[i - 1])))
                {
                    letters.Add('#');
                    start.Add(i);
                    end.Add(i + 4);
                    i += 3;
                }
                else if (IsDigit(c) || (c >= '\u4e00' && c <= '\u9fff'))
                {
                    letters.Add(c);
                    start.Add(i);
                    end.Add(i + 1);
                }
            }

            return (new string(letters.ToArray()), start.ToArray(), end.ToArray());
        }
    }
}
