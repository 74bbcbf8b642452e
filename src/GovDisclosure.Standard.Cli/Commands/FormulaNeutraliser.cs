using System.IO;
using System.Text.Json;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>
    /// Guards CSV output against formula injection: a string value that <see cref="FormulaText.IsFormula"/> gets a
    /// leading <c>'</c> so that a spreadsheet shows it as text instead of running it. <c>convert --keep-formulas</c> writes values raw.
    /// </summary>
    internal sealed class FormulaNeutraliser
    {
        /// <summary>How many string values were given a leading <c>'</c>.</summary>
        public int Neutralised { get; private set; }

        public JsonElement Apply(JsonElement record)
        {
            if (!NeedsAny(record))
            {
                return record;
            }

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                Write(writer, record);
            }

            using JsonDocument document = JsonDocument.Parse(buffer.ToArray());
            return document.RootElement.Clone();
        }

        public static bool IsFormula(string value) => FormulaText.IsFormula(value);

        private static bool NeedsAny(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        if (NeedsAny(property.Value))
                        {
                            return true;
                        }
                    }

                    return false;
                case JsonValueKind.Array:
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        if (NeedsAny(item))
                        {
                            return true;
                        }
                    }

                    return false;
                case JsonValueKind.String:
                    return IsFormula(element.GetString()!);
                default:
                    return false;
            }
        }

        private void Write(Utf8JsonWriter writer, JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    writer.WriteStartObject();
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        writer.WritePropertyName(property.Name);
                        Write(writer, property.Value);
                    }

                    writer.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    writer.WriteStartArray();
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        Write(writer, item);
                    }

                    writer.WriteEndArray();
                    break;
                case JsonValueKind.String when IsFormula(element.GetString()!):
                    Neutralised++;
                    writer.WriteStringValue("'" + element.GetString());
                    break;
                default:
                    element.WriteTo(writer);
                    break;
            }
        }
    }
}
