using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Reporting.Comparison
{
    /// <summary>How the <c>CompareWithStandard</c> methods of <see cref="ComparisonRun"/> compare a local catalogue.</summary>
    public sealed record CatalogueComparisonOptions
    {
        /// <summary>The pilot domain of entries that name none (published tables name it only in their title).</summary>
        public PilotDomain? Domain { get; init; }

        /// <summary>A catalogue definition to compare with (e.g. a province's); the built-in standard catalogue when <c>null</c>.</summary>
        public CatalogueDefinition? Standard { get; init; }

        /// <summary>The name reports give <see cref="Standard"/> (e.g. its file); locations of its entries use it.</summary>
        public string? StandardName { get; init; }

        /// <summary>The rule set giving each GD-CMP rule's severity; <see cref="RuleSet.Standard"/> when <c>null</c>.</summary>
        public RuleSet? Rules { get; init; }
    }
}
