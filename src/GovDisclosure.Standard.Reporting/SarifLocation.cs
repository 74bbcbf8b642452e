using System;
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
        public static void Write(Utf8JsonWriter writer, SourceLocation location, string fallbackFile, int? relatedId = null) =>
            Write(writer, location, fallbackFile, relatedId, null);

        /// <summary>Writes one SARIF <c>location</c> object as <see cref="Write(Utf8JsonWriter, SourceLocation, string, int?)"/> does, its texts through <paramref name="strings"/> when given (the same bytes, written faster).</summary>
        public static void Write(Utf8JsonWriter writer, SourceLocation location, string fallbackFile, int? relatedId, EscapedStrings? strings)
        {
            writer.WriteStartObject();
            string pointer = location.JsonPointer.Length == 0 ? "/" : location.JsonPointer;
            if (relatedId != null)
            {
                writer.WriteNumber(SarifNames.Id, relatedId.Value);
                writer.WriteStartObject(SarifNames.Message);
                Text(writer, strings, SarifNames.Text, pointer);
                writer.WriteEndObject();
            }

            writer.WriteStartObject(SarifNames.PhysicalLocation);
            writer.WriteStartObject(SarifNames.ArtifactLocation);
            Text(writer, strings, SarifNames.Uri, SarifReportWriter.ArtifactUri(location.File ?? fallbackFile));
            writer.WriteEndObject();
            // A PDF's line is counted on its page, not in the file: it is a property, not a region.
            if (location.Line != null && location.Page is null)
            {
                writer.WriteStartObject(SarifNames.Region);
                writer.WriteNumber(SarifNames.StartLine, location.Line.Value);
                if (location.Column != null && location.Cell is null)
                {
                    writer.WriteNumber(SarifNames.StartColumn, location.Column.Value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteStartArray(SarifNames.LogicalLocations);
            writer.WriteStartObject();
            Text(writer, strings, SarifNames.Name, pointer);
            QualifiedName(writer, strings, location);
            writer.WriteString(SarifNames.Kind, SarifNames.Member);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteStartObject(SarifNames.Properties);
            Text(writer, strings, SarifNames.JsonPointer, location.JsonPointer);
            JsonFields.Number(writer, SarifNames.RecordNumber, location.RecordNumber);
            TextIfGiven(writer, strings, SarifNames.Sheet, location.Sheet);
            TextIfGiven(writer, strings, SarifNames.Cell, location.Cell);
            JsonFields.Number(writer, SarifNames.Row, location.Row);
            TextIfGiven(writer, strings, SarifNames.Table, location.Table);
            TextIfGiven(writer, strings, SarifNames.RowLabel, location.RowLabel);
            TextIfGiven(writer, strings, SarifNames.ColumnLabel, location.ColumnLabel);
            TextIfGiven(writer, strings, SarifNames.ElementPath, location.ElementPath);
            JsonFields.Number(writer, SarifNames.Page, location.Page);
            JsonFields.Number(writer, SarifNames.LineOnPage, location.Page is null ? null : location.Line);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        /// <summary>The logical location's <c>fullyQualifiedName</c>, <c>record[N]</c> and the pointer.</summary>
        private static void QualifiedName(Utf8JsonWriter writer, EscapedStrings? strings, SourceLocation location)
        {
#if NET8_0_OR_GREATER
            // Put together on the stack: the record's number and the name are no strings of their own for each finding.
            if (strings != null && location.JsonPointer.Length <= 200)
            {
                Span<char> name = stackalloc char[240];
                "record[".AsSpan().CopyTo(name);
                int length = 7;
                if (location.RecordNumber is long number)
                {
                    number.TryFormat(name.Slice(length), out int digits, default, System.Globalization.CultureInfo.InvariantCulture);
                    length += digits;
                }
                else
                {
                    name[length++] = '?';
                }

                name[length++] = ']';
                location.JsonPointer.AsSpan().CopyTo(name.Slice(length));
                length += location.JsonPointer.Length;
                strings.Write(writer, SarifNames.FullyQualifiedName, (ReadOnlySpan<char>)name.Slice(0, length));
                return;
            }
#endif
            string record = location.RecordNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
            Text(writer, strings, SarifNames.FullyQualifiedName, "record[" + record + "]" + location.JsonPointer);
        }

        private static void Text(Utf8JsonWriter writer, EscapedStrings? strings, JsonEncodedText name, string value)
        {
            if (strings is null)
            {
                writer.WriteString(name, value);
            }
            else
            {
                strings.Write(writer, name, value);
            }
        }

        private static void TextIfGiven(Utf8JsonWriter writer, EscapedStrings? strings, JsonEncodedText name, string? value)
        {
            if (value != null)
            {
                Text(writer, strings, name, value);
            }
        }
    }
}
