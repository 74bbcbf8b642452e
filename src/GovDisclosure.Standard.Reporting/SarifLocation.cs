using System;
using System.Buffers.Text;
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
        public static void Write(Utf8JsonWriter writer, SourceLocation location, string fallbackFile, int? relatedId, EscapedStrings? strings) =>
            Write(new WriterMembers(writer, strings, null, null), location, fallbackFile, relatedId);

        /// <summary>Writes one SARIF <c>location</c> object, as an array's item, to <paramref name="members"/>.</summary>
        /// <param name="members">Where the report writes.</param>
        /// <param name="location">The location.</param>
        /// <param name="fallbackFile">The file to name when the location names none.</param>
        /// <param name="relatedId">The id of a related location (<c>relatedLocations</c>), or <c>null</c> for a primary one.</param>
        public static void Write<TMembers>(TMembers members, SourceLocation location, string fallbackFile, int? relatedId)
            where TMembers : IJsonMembers =>
            Write(members, location, fallbackFile, relatedId, null);

        /// <summary>
        /// Writes one SARIF <c>location</c> object as <see cref="Write{TMembers}(TMembers, SourceLocation, string, int?)"/> does; a
        /// primary location put together as raw bytes (<see cref="RawMembers"/>) gets the runs of members that are the same
        /// for every finding of its file from <paramref name="runs"/> (the same bytes, copied).
        /// </summary>
        /// <param name="members">Where the report writes.</param>
        /// <param name="location">The location.</param>
        /// <param name="fallbackFile">The file to name when the location names none.</param>
        /// <param name="relatedId">The id of a related location (<c>relatedLocations</c>), or <c>null</c> for a primary one.</param>
        /// <param name="runs">The writer's kept runs, or <c>null</c> to write every member.</param>
        public static void Write<TMembers>(TMembers members, SourceLocation location, string fallbackFile, int? relatedId, SarifLocationRuns? runs)
            where TMembers : IJsonMembers
        {
            RawMembers? raw = runs != null && relatedId is null && members is RawMembers put ? put : null;
            string pointer = location.JsonPointer.Length == 0 ? "/" : location.JsonPointer;
            string file = location.File ?? fallbackFile;
            if (raw is null || !runs!.Artifact.TryRepeat(raw, file))
            {
                members.StartObject();
                if (relatedId != null)
                {
                    members.Number(SarifNames.Id, relatedId.Value);
                    members.StartObject(SarifNames.Message);
                    members.String(SarifNames.Text, pointer);
                    members.EndObject();
                }

                members.StartObject(SarifNames.PhysicalLocation);
                members.StartObject(SarifNames.ArtifactLocation);
                members.String(SarifNames.Uri, SarifReportWriter.ArtifactUri(file));
                members.EndObject();
                if (raw != null)
                {
                    runs!.Artifact.Keep(raw);
                }
            }

            // A PDF's line is counted on its page, not in the file: it is a property, not a region.
            if (location.Line != null && location.Page is null)
            {
                members.StartObject(SarifNames.Region);
                members.Number(SarifNames.StartLine, location.Line.Value);
                if (location.Column != null && location.Cell is null)
                {
                    members.Number(SarifNames.StartColumn, location.Column.Value);
                }

                members.EndObject();
            }

            if (raw is null || !runs!.Logical.TryRepeat(raw, null))
            {
                members.EndObject();
                members.StartArray(SarifNames.LogicalLocations);
                members.StartObject();
                if (raw != null)
                {
                    runs!.Logical.Keep(raw);
                }
            }

            members.String(SarifNames.Name, pointer);
            if (raw != null)
            {
                QualifiedName(raw, location);
            }
            else
            {
                QualifiedName(members, location);
            }

            if (raw is null || !runs!.Properties.TryRepeat(raw, null))
            {
                members.Encoded(SarifNames.Kind, SarifNames.Member);
                members.EndObject();
                members.EndArray();
                members.StartObject(SarifNames.Properties);
                if (raw != null)
                {
                    runs!.Properties.Keep(raw);
                }
            }

            members.String(SarifNames.JsonPointer, location.JsonPointer);
            JsonFields.Number(members, SarifNames.RecordNumber, location.RecordNumber);
            JsonFields.String(members, SarifNames.Sheet, location.Sheet);
            JsonFields.String(members, SarifNames.Cell, location.Cell);
            JsonFields.Number(members, SarifNames.Row, location.Row);
            JsonFields.String(members, SarifNames.Table, location.Table);
            JsonFields.String(members, SarifNames.RowLabel, location.RowLabel);
            JsonFields.String(members, SarifNames.ColumnLabel, location.ColumnLabel);
            JsonFields.String(members, SarifNames.ElementPath, location.ElementPath);
            JsonFields.Number(members, SarifNames.Page, location.Page);
            JsonFields.Number(members, SarifNames.LineOnPage, location.Page is null ? null : location.Line);
            members.EndObject();
            members.EndObject();
        }

        /// <summary>
        /// The logical location's <c>fullyQualifiedName</c> put together as raw bytes: <c>record[N]</c> formatted straight to
        /// UTF-8 before the pointer's remembered quoting (no encoder escapes a letter, digit, sign, bracket or question mark, so
        /// the bytes are those of quoting the whole name).
        /// </summary>
        private static void QualifiedName(RawMembers raw, SourceLocation location)
        {
            Span<byte> name = stackalloc byte[32];
            "record["u8.CopyTo(name);
            int length = 7;
            if (location.RecordNumber is long number)
            {
                Utf8Formatter.TryFormat(number, name.Slice(length), out int digits);
                length += digits;
            }
            else
            {
                name[length++] = (byte)'?';
            }

            name[length++] = (byte)']';
            raw.String(SarifNames.FullyQualifiedName, name.Slice(0, length), location.JsonPointer);
        }

        /// <summary>The logical location's <c>fullyQualifiedName</c>, <c>record[N]</c> and the pointer.</summary>
        private static void QualifiedName<TMembers>(TMembers members, SourceLocation location)
            where TMembers : IJsonMembers
        {
#if NET8_0_OR_GREATER
            // Put together on the stack: the record's number and the name are no strings of their own for each finding.
            if (location.JsonPointer.Length <= 200)
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
                members.String(SarifNames.FullyQualifiedName, (ReadOnlySpan<char>)name.Slice(0, length));
                return;
            }
#endif
            string record = location.RecordNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
            members.String(SarifNames.FullyQualifiedName, "record[" + record + "]" + location.JsonPointer);
        }
    }
}
