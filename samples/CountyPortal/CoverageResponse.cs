using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Validation;

namespace Bailuwan.CountyPortal
{
    /// <summary>
    /// The answer of <c>GET /api/coverage</c> (目录覆盖): what the county's own catalogue covers as the
    /// catalogue of a county government — the Art. 20 items and Art. 21 areas its entries serve, and the
    /// findings of <see cref="CatalogueCoverage"/> under the standard rules.
    /// </summary>
    internal sealed record CoverageResponse(
        string AgencyKind,
        long Entries,
        IReadOnlyList<int> ServedItems,
        IReadOnlyList<string> CoveredAreas,
        IReadOnlyList<FindingView> Findings)
    {
        public static CoverageResponse Of(AgencyKind agencyKind, IEnumerable<CatalogueEntry> entries)
        {
            var coverage = new CatalogueCoverage(agencyKind);
            foreach (CatalogueEntry entry in entries)
            {
                coverage.Add(entry);
            }

            return new CoverageResponse(
                agencyKind.Code,
                coverage.Entries,
                coverage.ServedItems.Select(c => c.Number).ToArray(),
                coverage.CoveredAreas.Select(a => a.Code).ToArray(),
                coverage.Findings().Select(f => FindingView.Of(0, f)).ToArray());
        }
    }
}
