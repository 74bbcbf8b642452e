using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Cli.Commands;
using GovDisclosure.Standard.Json;

namespace GovDisclosure.Standard.Cli.Catalogues
{
    /// <summary>
    /// A pilot domain's standard catalogue as the tool shows and writes it. The one source is the
    /// library's <see cref="StandardCatalogue"/>, compiled from <c>catalog/domains/*.catalog.json</c>
    /// by the source generator; the tool carries no copy of its own.
    /// </summary>
    internal static class CatalogueRecords
    {
        /// <summary>The domain's entries, in file order; a failure naming the domain when the library has none.</summary>
        public static IReadOnlyList<CatalogueEntry> Entries(PilotDomain domain)
        {
            IReadOnlyList<CatalogueEntry> entries = StandardCatalogue.For(domain);
            if (entries.Count == 0)
            {
                throw new CommandFailure($"程序库中没有 {domain.ChineseName}（{domain.Code}）的标准目录。", $"the library has no standard catalogue for {domain.Code} ({domain.ChineseName}).");
            }

            return entries;
        }

        /// <summary>Entries as canonical JSON records, each with its domain.</summary>
        public static JsonElement[] Records(IEnumerable<CatalogueEntry> entries) =>
            entries.Select(entry =>
            {
                using JsonDocument document = JsonDocument.Parse(CanonicalJson.Serialize(entry));
                return document.RootElement.Clone();
            }).ToArray();
    }
}
