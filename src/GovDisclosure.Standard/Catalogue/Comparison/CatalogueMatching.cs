using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Catalogue.Comparison
{
    /// <summary>
    /// Aligns the entries of a local catalogue with those of a standard one (and two versions of one
    /// catalogue, for <c>govdisclosure diff</c>). In three passes, each entry paired at most once:
    /// <list type="number">
    /// <item>the same code, where both entries have one;</item>
    /// <item>the same first- and second-level item names after <see cref="CatalogueItemName.Normalize"/>;</item>
    /// <item>the remaining pairs by <see cref="Similarity"/>, highest first, when at least
    /// <see cref="ProbableThreshold"/> — a probable match.</item>
    /// </list>
    /// Standard entries left over are missing from the local catalogue; local entries left over are additions.
    /// </summary>
    public static class CatalogueMatching
    {
        /// <summary>The least similarity at which two entries are a probable match: 0.6.</summary>
        public const double ProbableThreshold = 0.6;

        /// <summary>Aligns <paramref name="local"/> with <paramref name="standard"/>.</summary>
        /// <typeparam name="T">The entry type.</typeparam>
        /// <param name="local">The local catalogue's entries.</param>
        /// <param name="standard">The standard entries.</param>
        /// <param name="key">The key of an entry (<see cref="CatalogueItemKey.Of"/> for a <see cref="CatalogueEntry"/>).</param>
        public static CatalogueAlignment<T> Align<T>(IReadOnlyList<T> local, IReadOnlyList<T> standard, Func<T, CatalogueItemKey> key)
        {
            CatalogueItemKey[] localKeys = local.Select(key).ToArray();
            CatalogueItemKey[] standardKeys = standard.Select(key).ToArray();
            var pairedStandard = new int?[local.Count];
            var kinds = new CatalogueMatchKind[local.Count];
            var scores = new double[local.Count];
            var taken = new bool[standard.Count];

            void Pass(CatalogueMatchKind kind, Func<CatalogueItemKey, CatalogueItemKey, bool> same)
            {
                for (int i = 0; i < local.Count; i++)
                {
                    if (pairedStandard[i] != null)
                    {
                        continue;
                    }

                    for (int j = 0; j < standard.Count; j++)
                    {
                        if (!taken[j] && same(localKeys[i], standardKeys[j]))
                        {
                            (pairedStandard[i], kinds[i], scores[i], taken[j]) = (j, kind, 1.0, true);
                            break;
                        }
                    }
                }
            }

            Pass(CatalogueMatchKind.Code, (l, s) => l.Code != null && l.Code == s.Code);
            Pass(CatalogueMatchKind.Name, (l, s) => l.SameNames(s));

            var candidates = new List<(int Local, int Standard, double Score)>();
            for (int i = 0; i < local.Count; i++)
            {
                for (int j = 0; j < standard.Count; j++)
                {
                    if (pairedStandard[i] == null && !taken[j])
                    {
                        double score = Similarity(localKeys[i], standardKeys[j]);
                        if (score >= ProbableThreshold)
                        {
                            candidates.Add((i, j, score));
                        }
                    }
                }
            }

            foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Local).ThenBy(c => c.Standard))
            {
                if (pairedStandard[candidate.Local] == null && !taken[candidate.Standard])
                {
                    (pairedStandard[candidate.Local], kinds[candidate.Local], scores[candidate.Local], taken[candidate.Standard]) =
                        (candidate.Standard, CatalogueMatchKind.Probable, candidate.Score, true);
                }
            }

            var matches = new List<CatalogueMatch<T>>();
            var added = new List<T>();
            for (int i = 0; i < local.Count; i++)
            {
                if (pairedStandard[i] is int j)
                {
                    matches.Add(new CatalogueMatch<T>(local[i], standard[j], kinds[i], scores[i]));
                }
                else
                {
                    added.Add(local[i]);
                }
            }

            return new CatalogueAlignment<T>(matches, standard.Where((_, j) => !taken[j]).ToArray(), added);
        }

        /// <summary>
        /// How alike two items are, 0–1. Names: 0.4 × the similarity of the first-level items + 0.6 × that of the
        /// second-level items, each 1 − edit distance ÷ the longer normalised name's length (the second level says
        /// what is published, the first only groups). When both entries list content elements, the score is
        /// 0.7 × names + 0.3 × the Dice coefficient of the two sets of normalised element names; otherwise the names alone.
        /// </summary>
        /// <param name="left">One item.</param>
        /// <param name="right">The other.</param>
        public static double Similarity(CatalogueItemKey left, CatalogueItemKey right)
        {
            double names = (0.4 * NameSimilarity(left.FirstLevelItem, right.FirstLevelItem)) + (0.6 * NameSimilarity(left.SecondLevelItem, right.SecondLevelItem));
            if (left.ElementNames.Count == 0 || right.ElementNames.Count == 0)
            {
                return names;
            }

            int common = left.ElementNames.Intersect(right.ElementNames).Count();
            double elements = 2.0 * common / (left.ElementNames.Count + right.ElementNames.Count);
            return (0.7 * names) + (0.3 * elements);
        }

        private static double NameSimilarity(string left, string right)
        {
            int longer = Math.Max(left.Length, right.Length);
            return longer == 0 ? 0 : 1.0 - ((double)ChineseText.EditDistance(left, right) / longer);
        }
    }
}
