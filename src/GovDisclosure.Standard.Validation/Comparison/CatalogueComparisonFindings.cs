using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Catalogue.Comparison;

namespace GovDisclosure.Standard.Validation.Comparison
{
    /// <summary>
    /// The findings of a <see cref="CatalogueStandardComparison"/>, rules GD-CMP-001 to GD-CMP-006: per probable match,
    /// per difference of a matched pair, per local addition and per missing standard item. A finding about a local
    /// entry is located at it, with the standard entry (if any) as its related location; a missing item is located at the
    /// local catalogue, with the standard entry related.
    /// </summary>
    public static class CatalogueComparisonFindings
    {
        /// <summary>The findings, in that order; rules left out of <paramref name="rules"/> report nothing.</summary>
        /// <param name="comparison">The comparison.</param>
        /// <param name="locate">Where an entry (local or standard) is.</param>
        /// <param name="localCatalogue">Where the local catalogue is (for missing items).</param>
        /// <param name="rules">The rule set giving each rule's severity; <see cref="RuleSet.Standard"/> when left out.</param>
        public static IReadOnlyList<Finding> Of(CatalogueStandardComparison comparison, Func<CatalogueEntry, SourceLocation> locate, SourceLocation localCatalogue, RuleSet? rules = null)
        {
            RuleSet set = rules ?? RuleSet.Standard;
            var findings = new List<Finding>();

            void Add(CompanionRule rule, SourceLocation location, SourceLocation? related, string chinese, string english, string? value)
            {
                if (set.Contains(rule.Id))
                {
                    findings.Add(new Finding(rule.Id, set.SeverityOf(rule.Id), rule.Descriptor.Category, location, new BilingualText(chinese, english))
                    {
                        Value = value,
                        RelatedLocations = related is null ? System.Array.Empty<SourceLocation>() : new[] { related },
                    });
                }
            }

            foreach (CatalogueMatch<CatalogueEntry> match in comparison.Alignment.Matches)
            {
                if (match.Kind == CatalogueMatchKind.Probable)
                {
                    string score = match.Score.ToString("0.00", CultureInfo.InvariantCulture);
                    Add(CatalogueComparisonRules.Probable, locate(match.Local), locate(match.Standard),
                        $"“{Name(match.Local)}”可能对应标准目录事项“{Name(match.Standard)}”（相似度 {score}）",
                        $"'{Name(match.Local)}' probably stands for the standard item '{Name(match.Standard)}' (similarity {score})",
                        score);
                }

                foreach (CatalogueEntryDifference difference in comparison.Differences.Where(d => d.Match == match))
                {
                    CompanionRule rule = difference.Direction switch
                    {
                        CatalogueDifferenceDirection.Weaker => CatalogueComparisonRules.Weakened,
                        CatalogueDifferenceDirection.Stronger => CatalogueComparisonRules.Stronger,
                        _ => CatalogueComparisonRules.NotComparable,
                    };
                    Add(rule, locate(match.Local), locate(match.Standard),
                        $"“{Name(match.Local)}”：{difference.Message.Chinese}",
                        $"'{Name(match.Local)}': {difference.Message.English}",
                        difference.LocalValue);
                }
            }

            foreach (CatalogueEntry added in comparison.Alignment.Added)
            {
                Add(CatalogueComparisonRules.Added, locate(added), null,
                    $"“{Name(added)}”不对应标准目录的任何事项（本地增加）",
                    $"'{Name(added)}' matches no standard item (a local addition)",
                    Name(added));
            }

            foreach (CatalogueEntry missing in comparison.Alignment.Missing)
            {
                Add(CatalogueComparisonRules.Missing, localCatalogue, locate(missing),
                    $"缺少标准目录事项“{Name(missing)}”（公开时限：{missing.TimeLimit?.Text ?? "未写"}）",
                    $"The standard item '{Name(missing)}' is missing (time limit: {missing.TimeLimit?.Text ?? "none"})",
                    Name(missing));
            }

            return findings;
        }

        private static string Name(CatalogueEntry entry) => $"{entry.FirstLevelItem} / {entry.SecondLevelItem}";
    }
}
