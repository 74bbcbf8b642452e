using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Json;

namespace GovDisclosure.Standard.Cli.Catalogues
{
    /// <summary>The standard catalogues of the 26 pilot domains, as shipped inside the tool (catalog/domains/*.catalog.json).</summary>
    internal static class BundledCatalogues
    {
        private const string Prefix = "GovDisclosure.Standard.Cli.Catalogues.";

        /// <summary>The catalogue of <paramref name="domain"/>, or <c>null</c> when none is bundled.</summary>
        public static CatalogueDefinition? For(PilotDomain domain)
        {
            using Stream? stream = typeof(BundledCatalogues).Assembly.GetManifestResourceStream(Prefix + domain.Code + ".catalog.json");
            return stream is null ? null : CatalogueDefinition.Read(stream);
        }

        /// <summary>The entries of a catalogue as canonical JSON records, each with its domain.</summary>
        public static IEnumerable<JsonElement> Records(CatalogueDefinition definition) =>
            definition.Entries.Select(entry =>
            {
                using JsonDocument document = JsonDocument.Parse(CanonicalJson.Serialize(entry));
                return document.RootElement.Clone();
            }).ToArray();
    }
}
