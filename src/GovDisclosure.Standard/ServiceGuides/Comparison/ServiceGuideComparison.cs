using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.ServiceGuides.Comparison
{
    /// <summary>
    /// The service guides of two sources (办事指南一致性检查: the department's website against the 政务服务网, the
    /// portal against the service hall's printed guide) compared item by item. Items are paired, each at most once, in
    /// three passes: the same 实施编码; the same 基本编码; the same item name after <see cref="ServiceItemName.Normalize"/>.
    /// In the last two passes the implementing bodies (实施主体) must not differ where both copies name one (a basic code
    /// and a name are shared by every county that implements the item). Each pair's differences are those of
    /// <see cref="ServiceGuideComparer"/>; items left over are published in one source only.
    /// </summary>
    public sealed record ServiceGuideComparison
    {
        private ServiceGuideComparison(IReadOnlyList<ServiceGuideMatch> matches, IReadOnlyList<ServiceGuide> onlyInFirst, IReadOnlyList<ServiceGuide> onlyInSecond, IReadOnlyList<ServiceGuideDifference> differences)
        {
            Matches = matches;
            OnlyInFirst = onlyInFirst;
            OnlyInSecond = onlyInSecond;
            Differences = differences;
        }

        /// <summary>The pairs, in the first source's order.</summary>
        public IReadOnlyList<ServiceGuideMatch> Matches { get; }

        /// <summary>Items of the first source that the second does not publish, in order.</summary>
        public IReadOnlyList<ServiceGuide> OnlyInFirst { get; }

        /// <summary>Items of the second source that the first does not publish, in order.</summary>
        public IReadOnlyList<ServiceGuide> OnlyInSecond { get; }

        /// <summary>Every difference of every pair, pair by pair.</summary>
        public IReadOnlyList<ServiceGuideDifference> Differences { get; }

        /// <summary>How many paired items differ in at least one element.</summary>
        public int Differing => Differences.Select(d => d.Match).Distinct().Count();

        /// <summary>Compares the guides of two sources.</summary>
        /// <param name="first">The first source's guides.</param>
        /// <param name="second">The second source's guides.</param>
        public static ServiceGuideComparison Compare(IReadOnlyList<ServiceGuide> first, IReadOnlyList<ServiceGuide> second)
        {
            var paired = new int?[first.Count];
            var kinds = new ServiceGuideMatchKind[first.Count];
            var taken = new bool[second.Count];
            string[] firstNames = first.Select(g => ServiceItemName.Normalize(g.ItemName)).ToArray();
            string[] secondNames = second.Select(g => ServiceItemName.Normalize(g.ItemName)).ToArray();

            void Pass(ServiceGuideMatchKind kind, System.Func<int, int, bool> same)
            {
                for (int i = 0; i < first.Count; i++)
                {
                    for (int j = 0; paired[i] == null && j < second.Count; j++)
                    {
                        if (!taken[j] && same(i, j))
                        {
                            (paired[i], kinds[i], taken[j]) = (j, kind, true);
                        }
                    }
                }
            }

            Pass(ServiceGuideMatchKind.ImplementationCode, (i, j) => Code(first[i].ImplementationCode) is string c && c == Code(second[j].ImplementationCode));
            Pass(ServiceGuideMatchKind.BasicCode, (i, j) => Code(first[i].BasicCode) is string c && c == Code(second[j].BasicCode) && SameBody(first[i], second[j]));
            Pass(ServiceGuideMatchKind.Name, (i, j) => firstNames[i].Length > 0 && firstNames[i] == secondNames[j] && SameBody(first[i], second[j]));

            var matches = new List<ServiceGuideMatch>();
            var onlyInFirst = new List<ServiceGuide>();
            for (int i = 0; i < first.Count; i++)
            {
                if (paired[i] is int j)
                {
                    matches.Add(new ServiceGuideMatch(first[i], second[j], kinds[i]));
                }
                else
                {
                    onlyInFirst.Add(first[i]);
                }
            }

            return new ServiceGuideComparison(matches, onlyInFirst, second.Where((_, j) => !taken[j]).ToArray(), matches.SelectMany(ServiceGuideComparer.Compare).ToArray());
        }

        private static string? Code(string? code)
        {
            string folded = Text.ChineseText.Fold(code);
            return folded.Length == 0 ? null : folded;
        }

        private static bool SameBody(ServiceGuide first, ServiceGuide second)
        {
            string a = Text.ComparableText.Name(first.ImplementingBody);
            string b = Text.ComparableText.Name(second.ImplementingBody);
            return a.Length == 0 || b.Length == 0 || a == b;
        }
    }
}
