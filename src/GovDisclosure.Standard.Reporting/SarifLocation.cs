using System.Text.Json;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>A source location as SARIF 2.1.0 writes it, shared by the validation and the comparison reports.</summary>
    internal static class SarifLocation
    {
        /// <summary>Writes one SARIF <c>location</c> object: the file, the line (and column outside tables; not a PDF's line on its page), the record's JSON pointer as a logical location, and the pointer, record, sheet, row, cell and a published report's table, row label, column label, element path, page and line on the page as properties.</summary>
        /// <param name="writer">The writer, positioned where a location object may start.</param>
        /// <param name="location">The location.</param>
        /// <param name="fallbackFile">The file to name when the location names none.</param>
        /// <param name="relatedId">The id of a related location (<c>relatedLocations</c>), or <c>null</c> for a primary one.</param>
        public static void Write(Utf8JsonWriter writer, SourceLocation location, string fallbackFile, int? relatedId = null)
        {
            writer.WriteStartObject();
            if (relatedId != null)
            {
                writer.WriteNumber("id", relatedId.Value);
                writer.WriteStartObject("message");
                writer.WriteString("text", location.JsonPointer.Length == 0 ? "/" : location.JsonPointer);
                writer.WriteEndObject();
            }

            writer.WriteStartObject("physicalLocation");
            writer.WriteStartObject("artifactLocation");
            writer.WriteString("uri", SarifReportWriter.ArtifactUri(location.File ?? fallbackFile));
            writer.WriteEndObject();
            // A PDF's line is counted on its page, not in the file: it is a property, not a region.
            if (location.Line != null && location.Page is null)
            {
                writer.WriteStartObject("region");
                writer.WriteNumber("startLine", location.Line.Value);
                if (location.Column != null && location.Cell is null)
                {
                    writer.WriteNumber("startColumn", location.Column.Value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteStartArray("logicalLocations");
            writer.WriteStartObject();
            string pointer = location.JsonPointer.Length == 0 ? "/" : location.JsonPointer;
            string record = location.RecordNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
            writer.WriteString("name", pointer);
            writer.WriteString("fullyQualifiedName", "record[" + record + "]" + (location.JsonPointer.Length == 0 ? string.Empty : location.JsonPointer));
            writer.WriteString("kind", "member");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteStartObject("properties");
            writer.WriteString("jsonPointer", location.JsonPointer);
            JsonFields.Number(writer, "recordNumber", location.RecordNumber);
            JsonFields.String(writer, "sheet", location.Sheet);
            JsonFields.String(writer, "cell", location.Cell);
            JsonFields.Number(writer, "row", location.Row);
            JsonFields.String(writer, "table", location.Table);
            JsonFields.String(writer, "rowLabel", location.RowLabel);
            JsonFields.String(writer, "columnLabel", location.ColumnLabel);
            JsonFields.String(writer, "elementPath", location.ElementPath);
            JsonFields.Number(writer, "page", location.Page);
            JsonFields.Number(writer, "lineOnPage", location.Page is null ? null : location.Line);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }
}
