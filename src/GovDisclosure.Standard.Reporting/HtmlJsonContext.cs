using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>Source-generated JSON for the HTML report's spill file (one finding row per line).</summary>
    [JsonSerializable(typeof(string[]))]
    internal sealed partial class HtmlJsonContext : JsonSerializerContext
    {
    }
}
