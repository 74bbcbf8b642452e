using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Validation.CatalogueEntries;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// What one agency's whole catalogue covers (目录覆盖检查), counted entry by entry so that a catalogue
    /// of any size is checked in constant memory: the Art. 20 items its entries serve
    /// (<see cref="CatalogueEntry.Categories"/>) and the Art. 21 areas they cover
    /// (<see cref="Article21Area.IsCoveredBy"/>). <see cref="Findings"/> reports, under the rules the
    /// <see cref="RuleSet"/> holds: GD-CAT-008 (information) for each Art. 20 item no entry serves — every
    /// agency owes every item for the information it holds, and may hold none; GD-CAT-010 (warning) for
    /// each Art. 21 area of a city, county or township government that no entry covers; and, in the opt-in
    /// set <see cref="RuleSet.PlatformColumn"/>, GD-CAT-011 for each item the platform column lists.
    /// </summary>
    public sealed class CatalogueCoverage
    {
        private readonly HashSet<int> servedItems = new HashSet<int>();
        private readonly HashSet<Article21Area> coveredAreas = new HashSet<Article21Area>();

        /// <summary>Starts counting the catalogue of an agency of kind <paramref name="agencyKind"/>.</summary>
        /// <param name="agencyKind">The kind of agency whose catalogue it is.</param>
        /// <param name="rules">The rule set whose coverage rules report, at the severities it gives them; <see cref="RuleSet.Standard"/> when <c>null</c>.</param>
        public CatalogueCoverage(AgencyKind agencyKind, RuleSet? rules = null)
        {
            AgencyKind = agencyKind ?? throw new ArgumentNullException(nameof(agencyKind));
            Rules = rules ?? RuleSet.Standard;
        }

        /// <summary>The kind of agency whose catalogue it is.</summary>
        public AgencyKind AgencyKind { get; }

        /// <summary>The rule set whose coverage rules report.</summary>
        public RuleSet Rules { get; }

        /// <summary>Where the findings point, e.g. the catalogue's file; no place by default.</summary>
        public SourceLocation Location { get; init; } = new SourceLocation();

        /// <summary>The entries counted so far.</summary>
        public long Entries { get; private set; }

        /// <summary>The Art. 20 items served by at least one entry so far.</summary>
        public IReadOnlyCollection<DisclosureCategory> ServedItems => servedItems.OrderBy(n => n).Select(DisclosureCategory.FromNumber).ToArray();

        /// <summary>The Art. 21 areas covered by at least one entry so far.</summary>
        public IReadOnlyCollection<Article21Area> CoveredAreas => coveredAreas.OrderBy(a => a.Value).ToArray();

        /// <summary>The findings for a whole catalogue at once (see <see cref="Findings"/>), one per item or area, <c>Value</c> = the item number or the area's code.</summary>
        /// <param name="agencyKind">The kind of agency whose catalogue it is.</param>
        /// <param name="entries">The agency's catalogue entries.</param>
        /// <param name="rules">The rule set; <see cref="RuleSet.Standard"/> when <c>null</c>.</param>
        public static IReadOnlyList<Finding> Check(AgencyKind agencyKind, IEnumerable<CatalogueEntry> entries, RuleSet? rules = null)
        {
            var coverage = new CatalogueCoverage(agencyKind, rules);
            foreach (CatalogueEntry entry in entries ?? throw new ArgumentNullException(nameof(entries)))
            {
                coverage.Add(entry);
            }

            return coverage.Findings();
        }

        /// <summary>Counts one entry; a <c>null</c> entry is ignored.</summary>
        /// <param name="entry">A catalogue entry of the agency.</param>
        public void Add(CatalogueEntry? entry)
        {
            if (entry is null)
            {
                return;
            }

            Entries++;
            foreach (DisclosureCategory category in entry.Categories ?? Array.Empty<DisclosureCategory>())
            {
                if (category != null)
                {
                    servedItems.Add(category.Number);
                }
            }

            foreach (Article21Area area in Article21Area.Declared)
            {
                if (!coveredAreas.Contains(area) && area.IsCoveredBy(entry))
                {
                    coveredAreas.Add(area);
                }
            }
        }

        /// <summary>
        /// The coverage findings of the rules <see cref="Rules"/> holds, in rule order: GD-CAT-008 per Art. 20
        /// item no entry serves, GD-CAT-010 per Art. 21 area no entry covers, GD-CAT-011 per item the platform
        /// column lists that no entry serves. None for a catalogue with no entries.
        /// </summary>
        public IReadOnlyList<Finding> Findings()
        {
            if (Entries == 0)
            {
                return RuleFindings.None;
            }

            var findings = new List<Finding>();
            foreach (ValidationRule rule in Rules.Rules)
            {
                if (rule == Article20CoverageRule.Rule)
                {
                    findings.AddRange(Article20CoverageRule.Findings(AgencyKind, servedItems, Rules.SeverityOf(rule.Id), Location));
                }
                else if (rule == Article21CoverageRule.Rule)
                {
                    findings.AddRange(Article21CoverageRule.Findings(AgencyKind, coveredAreas, Rules.SeverityOf(rule.Id), Location));
                }
                else if (rule == PlatformColumnRule.Rule)
                {
                    findings.AddRange(PlatformColumnRule.Findings(AgencyKind, servedItems, Rules.SeverityOf(rule.Id), Location));
                }
            }

            return findings;
        }
    }
}
