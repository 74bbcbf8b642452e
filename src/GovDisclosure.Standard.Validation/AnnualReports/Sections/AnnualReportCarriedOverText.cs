using System;
using System.Collections.Generic;
using System.Globalization;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports.Sections
{
    /// <summary>
    /// GD-AR-017, the check across an agency's reports for two consecutive years (章节文字沿用上年报告): the share of section
    /// 一 (总体情况) or 五 (存在的主要问题及改进情况) of year N+1 that stands, word for word, in the same section of year N.
    /// Only Chinese characters and digits count (punctuation and spaces are typesetting), a year written before 年 counts
    /// as one and the same letter (2023年 and 2024年 match), and a letter is repeated when it lies in a run of at least
    /// <see cref="RunLength"/> letters found in last year's section. A section with <see cref="ThresholdPercent"/>% or more
    /// repeated is reported, with the longest passage repeated as written.
    /// </summary>
    internal static class AnnualReportCarriedOverText
    {
        /// <summary>The fewest letters in a row that count as repeated: a clause, longer than any set phrase of two or three words.</summary>
        public const int RunLength = 12;

        /// <summary>The share of a section repeated from which it is reported: about twice the most that different agencies' reports of the test corpus share (14%).</summary>
        public const int ThresholdPercent = 30;

        /// <summary>The fewest letters a section checked has (GD-AR-013's minimum for section 五): a shorter one is a sentence, left alone.</summary>
        private const int MinimumLetters = 30;

        /// <summary>The longest section whose letters a thread's buffers are kept for (longer ones get buffers of their own).</summary>
        private const int KeptLength = 8192;

        /// <summary>The most letters of the passage shown in the finding.</summary>
        private const int PassageShown = 60;

        public static RuleDescriptor Descriptor { get; } = RuleDescriptors.CarriedOverText;

        /// <summary>The sections compared: where each is in the report, how it is named, and how it is read.</summary>
        private static readonly (string Pointer, string Chinese, string English, Func<AnnualReport, string?> Text)[] Sections =
        {
            (FieldPaths.Of<AnnualReport>(nameof(AnnualReport.OverallSituation)).Pointer, "一、总体情况", "I (overall situation)", d => d.OverallSituation),
            (FieldPaths.Of<AnnualReport>(nameof(AnnualReport.ProblemsAndImprovements)).Pointer, "五、存在的主要问题及改进情况", "V (problems and improvements)", d => d.ProblemsAndImprovements),
        };

        /// <summary>Where the sections compared are in a report (the pointers the findings are located at).</summary>
        public static IEnumerable<string> SectionPointers()
        {
            foreach ((string pointer, _, _, _) in Sections)
            {
                yield return pointer;
            }
        }

        /// <summary>What a pair rule or a series keeps of a report for this check: its year, agency and the two sections' text.</summary>
        public static AnnualReport Remembered(AnnualReport report) => new AnnualReport
        {
            Year = report.Year,
            AgencyName = report.AgencyName,
            OverallSituation = report.OverallSituation,
            ProblemsAndImprovements = report.ProblemsAndImprovements,
        };

        /// <summary>Compares the sections of the two reports; the findings are located at the section in the record of <paramref name="context"/> (either report).</summary>
        public static IReadOnlyList<Finding> Check(AnnualReport earlier, AnnualReport later, RuleContext context)
        {
            if (earlier.Year is null || later.Year != earlier.Year + 1)
            {
                throw new ArgumentException($"The reports are not for consecutive years ({earlier.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"} and {later.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}).", nameof(later));
            }

            var findings = new List<Finding>();
            foreach ((string pointer, string chinese, string english, Func<AnnualReport, string?> text) in Sections)
            {
                if (!(text(later) is string now) || !(text(earlier) is string before) || !(Repeated(before, now) is (int percent, string passage)) || percent < ThresholdPercent)
                {
                    continue;
                }

                findings.Add(RuleFindings.Create(Descriptor, context, pointer, "default", passage, new[]
                {
                    new FindingArgument("section", chinese, english),
                    new FindingArgument("sectionEnglish", english),
                    new FindingArgument("year", Text(later.Year.Value)),
                    new FindingArgument("otherYear", Text(earlier.Year.Value)),
                    new FindingArgument("share", Text(percent)),
                    new FindingArgument("passage", passage),
                }));
            }

            return findings;
        }

        /// <summary>
        /// The share (whole per cent, rounded down) of <paramref name="now"/>'s letters that lie in a run of at least
        /// <see cref="RunLength"/> letters found in <paramref name="before"/>, and the longest such passage as written;
        /// <c>null</c> when <paramref name="now"/> has fewer than <see cref="MinimumLetters"/> letters.
        /// </summary>
        public static (int Percent, string Passage)? Repeated(string before, string now)
        {
            // The runs are compared where they stand in the letters (no string per run): last year's runs are indexed by a
            // rolling hash (LetterRuns), and each run of this year's is looked up by its own, rolled on from the last.
            // The arrays and the index are the thread's, used again report after report (a pair of reports compares two sections);
            // a section longer than any report's usually is has its own, so a thread keeps no more than a few hundred KB.
            Workspace work = now.Length <= KeptLength && before.Length <= KeptLength ? workspace ??= new Workspace() : new Workspace();
            char[] letters = Workspace.AtLeast(ref work.Letters, now.Length);
            int[] start = Workspace.AtLeast(ref work.Start, now.Length);
            int[] end = Workspace.AtLeast(ref work.End, now.Length);
            int length = Letters(now, letters, start, end);
            if (length < MinimumLetters)
            {
                return null;
            }

            char[] earlier = Workspace.AtLeast(ref work.Earlier, before.Length);
            int earlierLength = Letters(before, earlier, null, null);
            LetterRuns runs = work.Runs;
            runs.Index(earlier, earlierLength);

            bool[] covered = Workspace.AtLeast(ref work.Covered, length);
            Array.Clear(covered, 0, length);
            uint hash = 0;
            for (int i = 0; i + RunLength <= length; i++)
            {
                // The run's hash rolls on from the last run's (LetterRuns): one letter leaves, one enters.
                hash = i == 0 ? LetterRuns.Hash(letters, 0) : LetterRuns.Roll(hash, letters[i - 1], letters[i + RunLength - 1]);
                if (runs.Contains(letters, i, hash))
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
            for (int i = 0, from = 0; i <= length; i++)
            {
                if (i < length && covered[i])
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
            return (count * 100 / length, passage.Length > PassageShown ? passage.Substring(0, PassageShown) + "…" : passage);
        }

        /// <summary>
        /// The Chinese characters and digits of <paramref name="text"/>, a year before 年 as one letter, into
        /// <paramref name="letters"/>, with where each letter starts and ends in the text (when asked); how many there are.
        /// </summary>
        private static int Letters(string text, char[] letters, int[]? start, int[]? end)
        {
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (IsDigit(c) && i + 4 < text.Length && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && IsDigit(text[i + 3]) && text[i + 4] == '年' && (i == 0 || !IsDigit(text[i - 1])))
                {
                    letters[n] = '#';
                    if (start != null && end != null)
                    {
                        start[n] = i;
                        end[n] = i + 4;
                    }

                    n++;
                    i += 3;
                }
                else if (IsDigit(c) || (c >= '\u4e00' && c <= '\u9fff'))
                {
                    letters[n] = c;
                    if (start != null && end != null)
                    {
                        start[n] = i;
                        end[n] = i + 1;
                    }

                    n++;
                }
            }

            return n;
        }

        /// <summary>The buffers and the index of runs one thread uses for <see cref="Repeated"/>, grown to the longest section seen.</summary>
        private sealed class Workspace
        {
            public readonly LetterRuns Runs = new LetterRuns();
            public char[] Letters = Array.Empty<char>();
            public int[] Start = Array.Empty<int>();
            public int[] End = Array.Empty<int>();
            public char[] Earlier = Array.Empty<char>();
            public bool[] Covered = Array.Empty<bool>();

            /// <summary><paramref name="buffer"/>, made anew when shorter than <paramref name="length"/>.</summary>
            public static T[] AtLeast<T>(ref T[] buffer, int length) => buffer.Length >= length ? buffer : buffer = new T[length];
        }

        [ThreadStatic]
        private static Workspace? workspace;

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
