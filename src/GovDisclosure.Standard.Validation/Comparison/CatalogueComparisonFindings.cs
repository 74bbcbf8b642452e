using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Catalogue.Comparison;
using GovDisclosure.Standard.Validation.CatalogueEntries;
using GovDisclosure.Standard.Validation.Rules;

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

            void Add(CompanionRule rule, SourceLocation location, SourceLocation? related, string? value, params FindingArgument[] arguments)
            {
                if (set.Contains(rule.Id))
                {
                    findings.Add(RuleFindings.Create(rule.Descriptor, set.SeverityOf(rule.Id), location, "default", value, arguments) with
                    {
                        RelatedLocations = related is null ? System.Array.Empty<SourceLocation>() : new[] { related },
                    });
                }
            }

            foreach (CatalogueMatch<CatalogueEntry> match in comparison.Alignment.Matches)
            {
                if (match.Kind == CatalogueMatchKind.Probable)
                {
                    string score = match.Score.ToString("0.00", CultureInfo.InvariantCulture);
                    Add(CatalogueComparisonRules.Probable, locate(match.Local), locate(match.Standard), score,
                        new FindingArgument("local", Name(match.Local)),
                        new FindingArgument("standard", Name(match.Standard)),
                        new FindingArgument("score", score));
                }

                foreach (CatalogueEntryDifference difference in comparison.Differences.Where(d => d.Match == match))
                {
                    CompanionRule rule = difference.Direction switch
                    {
                        CatalogueDifferenceDirection.Weaker => CatalogueComparisonRules.Weakened,
                        CatalogueDifferenceDirection.Stronger => CatalogueComparisonRules.Stronger,
                        _ => CatalogueComparisonRules.NotComparable,
                    };
                    Add(rule, locate(match.Local), locate(match.Standard), difference.LocalValue,
                        new FindingArgument("local", Name(match.Local)),
                        new FindingArgument("difference", difference.Message.Chinese, difference.Message.English));
                }
            }

            foreach (CatalogueEntry added in comparison.Alignment.Added)
            {
                Add(CatalogueComparisonRules.Added, locate(added), null, Name(added), new FindingArgument("local", Name(added)));
            }

            foreach (CatalogueEntry missing in comparison.Alignment.Missing)
            {
                Add(CatalogueComparisonRules.Missing, localCatalogue, locate(missing), Name(missing),
                    new FindingArgument("standard", Name(missing)),
                    missing.TimeLimit?.Text is string timeLimit ? new FindingArgument("timeLimit", timeLimit) : new FindingArgument("timeLimit", "未写", "none"));
            }

            return findings;
        }

        private static string Name(CatalogueEntry entry) => $"{entry.FirstLevelItem} / {entry.SecondLevelItem}";
    }
}
