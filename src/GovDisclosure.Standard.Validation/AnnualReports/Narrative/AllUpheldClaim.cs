using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.AnnualReports.Narrative
{
    /// <summary>
    /// A sentence saying that every reconsideration or lawsuit it names was upheld (“行政复议7件，诉讼9件，均获维持”):
    /// the groups of table 四 it speaks of, and where the words are.
    /// </summary>
    internal sealed record AllUpheldClaim(IReadOnlyList<string> Groups, int Start, int Length, string Text)
    {
        /// <summary>The word every such sentence has (<see cref="UpheldPattern"/> ends with it).</summary>
        public const string Upheld = "维持";

        private static readonly Regex UpheldPattern = new Regex("(?:均|全部|都|皆)(?:已|获|被|予以|得到|获得)?(?:复议机关|法院)?维持", RegexOptions.CultureInvariant);

        /// <summary>The claims of a text.</summary>
        public static IEnumerable<AllUpheldClaim> In(string text)
        {
            for (Match match = UpheldPattern.Match(text); match.Success; match = match.NextMatch())
            {
                int from = text.LastIndexOfAny(new[] { '。', '；', ';', '\n' }, match.Index == 0 ? 0 : match.Index - 1) + 1;
                string sentence = text.Substring(from, match.Index - from);
                var groups = new List<string>();
                if (sentence.Contains("复议"))
                {
                    groups.Add(FieldPaths.Of<ReviewAndLitigationTable>(nameof(ReviewAndLitigationTable.AdministrativeReconsideration)).Field.Name);
                }

                if (sentence.Contains("诉讼") || sentence.Contains("起诉") || sentence.Contains("应诉"))
                {
                    groups.Add(FieldPaths.Of<ReviewAndLitigationTable>(nameof(ReviewAndLitigationTable.LitigationWithoutReconsideration)).Field.Name);
                    groups.Add(FieldPaths.Of<ReviewAndLitigationTable>(nameof(ReviewAndLitigationTable.LitigationAfterReconsideration)).Field.Name);
                }

                if (groups.Count > 0)
                {
                    yield return new AllUpheldClaim(groups, from, match.Index + match.Length - from, text.Substring(from, match.Index + match.Length - from));
                }
            }
        }
    }
}
