namespace GovDisclosure.Standard.Review
{
    /// <summary>The kinds of file a review compares, told apart by their content.</summary>
    public enum ReviewedFileKind
    {
        /// <summary>A standard catalogue definition, <c>catalog/domains/&lt;domain&gt;.catalog.json</c> (标准目录): entries keyed by code.</summary>
        Catalogue = 0,

        /// <summary>The pilot-domain list, <c>catalog/domains.json</c> (试点领域): domains keyed by code.</summary>
        DomainList = 1,

        /// <summary>A JSON Schema (draft 2020-12), e.g. <c>catalog/schema/catalog.schema.json</c>.</summary>
        JsonSchema = 2,

        /// <summary>A public API listing in PublicApiGenerator's format, e.g. <c>api/GovDisclosure.Standard.approved.txt</c>.</summary>
        ApiListing = 3,
    }
}
