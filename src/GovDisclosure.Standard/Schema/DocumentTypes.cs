using System;
using System.Collections.Generic;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Directories;
using GovDisclosure.Standard.DisclosureGuides;
using GovDisclosure.Standard.Enforcement;
using GovDisclosure.Standard.Reports;
using GovDisclosure.Standard.ServiceGuides;

namespace GovDisclosure.Standard.Schema
{
    /// <summary>The document type of each <see cref="DocumentKind"/>.</summary>
    internal static class DocumentTypes
    {
        private static readonly Dictionary<DocumentKind, Type> ByKind = new Dictionary<DocumentKind, Type>
        {
            [DocumentKind.CatalogueEntry] = typeof(CatalogueEntry),
            [DocumentKind.ServiceGuide] = typeof(ServiceGuide),
            [DocumentKind.DirectoryItem] = typeof(DirectoryItem),
            [DocumentKind.EnforcementDisclosure] = typeof(EnforcementDisclosure),
            [DocumentKind.AnnualReport] = typeof(AnnualReport),
            [DocumentKind.DisclosureGuide] = typeof(DisclosureGuide),
        };

        public static Type Of(DocumentKind kind) =>
            ByKind.TryGetValue(kind ?? throw new ArgumentNullException(nameof(kind)), out Type? type)
                ? type
                : throw new ArgumentException($"No document type for kind '{kind.Code}'.", nameof(kind));
    }
}
