using System;
using System.Collections.Generic;

namespace GovDisclosure.Standard.Generators.Reading
{
    /// <summary>Finds the candidate closest to a misspelling by edit distance (case-insensitive), for "did you mean" advice.</summary>
    internal static class Closest
    {
        public static T? Among<T>(string text, IEnumerable<T> candidates, Func<T, IEnumerable<string>> spellings)
            where T : class
        {
            string wanted = text.Trim().ToLowerInvariant();
            if (wanted.Length == 0)
            {
                return null;
            }

            T? best = null;
            int bestDistance = int.MaxValue;
            foreach (T candidate in candidates)
            {
                foreach (string spelling in spellings(candidate))
                {
                    string folded = spelling.ToLowerInvariant();
                    int distance = folded.Contains(wanted) || wanted.Contains(folded) ? 1 : EditDistance(wanted, folded);
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        best = candidate;
                    }
                }
            }

            int tolerance = Math.Max(2, wanted.Length / 2);
            return bestDistance <= tolerance ? best : null;
        }

        public static int EditDistance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
