using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovDisclosure.Standard.Throughput.Generation
{
    /// <summary>
    /// Annual reports (年度报告) of many agencies, two consecutive years each (record 2k is agency k's
    /// 2022 report, record 2k+1 its 2023 report), from the bundled 2021-format sample. This is the
    /// input on which GD-AR-009 (年度衔接) has to remember one report per agency while it streams.
    /// </summary>
    internal sealed class AnnualReports
    {
        private readonly JsonObject template;

        public AnnualReports(string repositoryRoot)
        {
            string path = Path.Combine(repositoryRoot, "samples", "data", "annual-report-2021-broken.json");
            template = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        }

        /// <summary>Writes report number <paramref name="i"/> (0-based) as one JSON object.</summary>
        public void Write(Utf8JsonWriter json, long i)
        {
            long agency = i / 2;
            template["agencyName"] = "青山县第" + agency.ToString(CultureInfo.InvariantCulture) + "局";
            template["year"] = 2022 + (int)(i % 2);
            template["publishedOn"] = (2023 + (int)(i % 2)).ToString(CultureInfo.InvariantCulture) + "-01-31";
            template.WriteTo(json);
        }
    }
}
