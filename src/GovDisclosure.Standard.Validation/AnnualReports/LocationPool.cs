using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// The cell locations a batch of annual reports keeps for later comparisons, each kept once (位置共享): a location
    /// without its file and record number (the table, row and column labels, the element path, page and line) is the
    /// same for every report laid out alike, so a region's folder of a thousand reports of one template holds one copy
    /// of each cell's location instead of a thousand. Locations are compared by value, so sharing changes nothing a
    /// finding reports.
    /// </summary>
    internal sealed class LocationPool
    {
        private readonly Dictionary<SourceLocation, SourceLocation> shapes = new Dictionary<SourceLocation, SourceLocation>();

        /// <summary>How many distinct locations the pool holds.</summary>
        public int Count => shapes.Count;

        /// <summary>The pool's copy of <paramref name="location"/>, added if it is the first of its value.</summary>
        public SourceLocation Shared(SourceLocation location)
        {
            if (shapes.TryGetValue(location, out SourceLocation? kept))
            {
                return kept;
            }

            shapes.Add(location, location);
            return location;
        }
    }
}
