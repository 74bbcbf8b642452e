namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>
    /// One <c>*.catalog.json</c> file, read and checked on its own (the checks that need other
    /// inputs — known domains, other files' class names — come later).
    /// </summary>
    internal sealed record CatalogueModel(
        string FilePath,
        string FileName,
        string DomainCode,
        SourceSpan DomainSpan,
        string Version,
        string? Coverage,
        string? CoverageNote,
        ProvenanceModel? Provenance,
        EquatableArray<FirstLevelItemModel> FirstLevelItems,
        GuidelineItemCountsModel? ItemCounts,
        EquatableArray<EntryModel> Entries,
        EquatableArray<EntrySpan> EntrySpans)
    {
        /// <summary>The generated static class: PascalCase of the domain code + <c>Catalogue</c>.</summary>
        public string ClassName => Reading.Identifiers.ToPascalCase(DomainCode) + "Catalogue";

        /// <summary>The <c>PilotDomain</c> field the class points at.</summary>
        public string DomainMember => Reading.Identifiers.ToPascalCase(DomainCode);
    }

    /// <summary>Where an entry's code is written, for diagnostics that need other inputs.</summary>
    internal sealed record EntrySpan(string PropertyName, SourceSpan CodeSpan);
}
