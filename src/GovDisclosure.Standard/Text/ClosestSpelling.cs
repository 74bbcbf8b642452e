using System;
using System.Collections.Generic;

namespace GovDisclosure.Standard.Text
{
    /// <summary>
    /// Finds the candidate whose spelling is closest to a text that named none of them, for "did you
    /// mean" advice. Texts are compared folded (<see cref="ChineseText.Fold"/>) by edit distance; a
    /// spelling that contains the text, or is contained in it, is at most 1 away; nothing is suggested
    /// further than half the text's length (at least 2). It uses the base class library only: the source
    /// generator compiles this file and <see cref="ChineseText"/> too, so that its advice on a catalogue
    /// file is the library's.
    /// </summary>
    internal static class ClosestSpelling
    {
        /// <summary>The closest candidate, or <c>null</c> when none is reasonably close.</summary>
        /// <typeparam name="T">The candidates' type.</typeparam>
        /// <param name="text">The text that named no candidate.</param>
        /// <param name="candidates">The candidates, in the order that breaks ties.</param>
        /// <param name="spellings">Every way of writing a candidate (code, names, synonyms), already folded (<see cref="ChineseText.Fold"/>).</param>
        public static T? Among<T>(string? text, IEnumerable<T> candidates, Func<T, IEnumerable<string>> spellings)
            where T : class
        {
            string folded = ChineseText.Fold(text);
            if (folded.Length == 0)
            {
                return null;
            }

            T? best = null;
            int bestDistance = int.MaxValue;
            int tolerance = Math.Max(2, folded.Length / 2);
            foreach (T candidate in candidates)
            {
                foreach (string spelling in spellings(candidate))
                {
                    string other = spelling;

                    // The edit distance is at least the difference in length: a spelling that far away cannot be chosen,
                    // and is not measured (a value of a million letters against each spelling would take minutes).
                    int lower = Math.Abs(folded.Length - other.Length);
                    int distance;
                    if (other.Contains(folded) || folded.Contains(other))
                    {
                        distance = lower == 0 ? 0 : 1;
                    }
                    else if (lower > tolerance || lower >= bestDistance)
                    {
                        continue;
                    }
                    else
                    {
                        distance = ChineseText.EditDistance(folded, other);
                    }

                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        best = candidate;
                    }
                }
            }

            return bestDistance <= tolerance ? best : null;
        }
    }
}
