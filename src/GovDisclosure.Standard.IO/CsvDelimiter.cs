using System;
using System.Collections.Generic;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Chooses the delimiter of a CSV file (分隔符) from its first block: the comma, the tab or the semicolon. Text between a
    /// pair of quotes is left out; the last line of the block is left out too when there are several (it may be cut).
    /// Only a candidate found on every line counts; the comma wins whenever it is on every line of several, otherwise the
    /// candidate found most often (the earlier of the list on a tie), and the comma when none is on every line. This is the
    /// rule the reader followed before it read with Sylvan.Data.Csv, kept so that a file splits into the same fields.
    /// </summary>
    internal static class CsvDelimiter
    {
        private static readonly char[] Candidates = { ',', '\t', ';' };

        /// <summary>The delimiter of the text that starts with <paramref name="preview"/>.</summary>
        public static char Choose(string preview)
        {
            var lines = new List<int[]>();
            var counts = new int[Candidates.Length];
            bool quoted = false;
            bool any = false;
            for (int i = 0; i < preview.Length; i++)
            {
                char c = preview[i];
                if (c == '"')
                {
                    // A quote with no partner before the end of the block is kept as text, as an unpaired quote is.
                    if (quoted || preview.IndexOf('"', i + 1) >= 0)
                    {
                        quoted = !quoted;
                        continue;
                    }
                }

                if (quoted)
                {
                    continue;
                }

                any = true;
                if (c == '\r' || c == '\n')
                {
                    if (c == '\r' && i + 1 < preview.Length && preview[i + 1] == '\n')
                    {
                        i++;
                    }

                    lines.Add(counts);
                    counts = new int[Candidates.Length];
                    any = false;
                    continue;
                }

                int candidate = Array.IndexOf(Candidates, c);
                if (candidate >= 0)
                {
                    counts[candidate]++;
                }
            }

            if (any)
            {
                lines.Add(counts);
            }

            if (lines.Count > 1)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            int best = -1;
            int bestCount = 0;
            for (int d = 0; d < Candidates.Length; d++)
            {
                int sum = 0;
                bool everywhere = lines.Count > 0;
                foreach (int[] line in lines)
                {
                    everywhere &= line[d] > 0;
                    sum += line[d];
                }

                if (!everywhere)
                {
                    continue;
                }

                if (d == 0 && lines.Count > 1)
                {
                    return ',';
                }

                if (sum > bestCount)
                {
                    best = d;
                    bestCount = sum;
                }
            }

            return best >= 0 ? Candidates[best] : ',';
        }
    }
}
