using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Json;

namespace Bailuwan.CountyPortal
{
    /// <summary>
    /// Writes the answer of <c>GET /api/catalogue</c>: the county, the domain list with counts, the
    /// entries — each exactly as <see cref="CanonicalJson"/> writes a <see cref="CatalogueEntry"/> — and
    /// the <c>domain/code</c> keys of the county's own entries.
    /// </summary>
    internal static class CatalogueResponse
    {
        public static byte[] Write(CountyCatalogue catalogue, PilotDomain? domain)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = CanonicalJson.Options.Encoder }))
            {
                json.WriteStartObject();
                json.WriteStartObject("county");
                json.WriteString("name", County.Name);
                json.WriteString("englishName", County.EnglishName);
                json.WriteBoolean("fictional", true);
                json.WriteString("notice", County.FictionNotice);
                json.WriteEndObject();
                if (domain is null)
                {
                    json.WriteNull("domain");
                }
                else
                {
                    json.WriteString("domain", domain.Code);
                }

                json.WriteStartArray("domains");
                foreach (PilotDomain d in PilotDomain.Declared)
                {
                    var entries = catalogue.In(d);
                    json.WriteStartObject();
                    json.WriteString("code", d.Code);
                    json.WriteString("name", d.ChineseName);
                    json.WriteString("englishName", d.EnglishName);
                    json.WriteNumber("entries", entries.Count);
                    json.WriteNumber("countyEntries", entries.Count(catalogue.IsCountyEntry));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                var selected = catalogue.In(domain);
                json.WriteStartArray("entries");
                foreach (CatalogueEntry entry in selected)
                {
                    json.WriteRawValue(CanonicalJson.Serialize(entry), skipInputValidation: true);
                }

                json.WriteEndArray();
                json.WriteStartArray("countyEntries");
                foreach (CatalogueEntry entry in selected.Where(catalogue.IsCountyEntry))
                {
                    json.WriteStringValue(CountyCatalogue.KeyOf(entry));
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            return buffer.ToArray();
        }
    }
}
