using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>Writes the parts the JSON and SARIF reports share: locations, summaries, run information.</summary>
    internal static class JsonFields
    {
        /// <summary>The encoder of the reports' writers: every character is written as itself except those JavaScript or HTML would misread.</summary>
        public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

        public static JsonWriterOptions WriterOptions(bool indented) => new JsonWriterOptions
        {
            Indented = indented,
            Encoder = Encoder,
        };

        public static void Location(Utf8JsonWriter writer, SourceLocation location) => Location(new WriterMembers(writer, null, null, null), location);

        /// <summary>Writes a location as an object: where an object may start (a member's value after its name, or an array's item).</summary>
        /// <param name="members">Where the report writes.</param>
        /// <param name="location">The location.</param>
        /// <param name="name">The member's name, or <c>null</c> for an array's item.</param>
        /// <param name="start">
        /// When <paramref name="members"/> are <see cref="RawMembers"/>: the location's start and file as put together for an
        /// earlier location of the same file at the same place, given again; <c>null</c> to put them together every time.
        /// </param>
        public static void Location<TMembers>(TMembers members, SourceLocation location, JsonEncodedText? name = null, KeptRun? start = null)
            where TMembers : IJsonMembers
        {
            RawMembers? raw = start != null && members is RawMembers put ? put : null;
            if (raw is null || !start!.TryRepeat(raw, location.File))
            {
                if (name is null)
                {
                    members.StartObject();
                }
                else
                {
                    members.StartObject(name.Value);
                }

                if (location.File != null)
                {
                    members.String(JsonNames.File, location.File);
                }

                if (raw != null)
                {
                    start!.Keep(raw);
                }
            }

            Number(members, JsonNames.RecordNumber, location.RecordNumber);
            members.String(JsonNames.JsonPointer, location.JsonPointer);
            Number(members, JsonNames.Line, location.Line);
            Number(members, JsonNames.Column, location.Column);
            String(members, JsonNames.Sheet, location.Sheet);
            Number(members, JsonNames.Row, location.Row);
            String(members, JsonNames.Cell, location.Cell);
            String(members, JsonNames.Table, location.Table);
            String(members, JsonNames.RowLabel, location.RowLabel);
            String(members, JsonNames.ColumnLabel, location.ColumnLabel);
            String(members, JsonNames.ElementPath, location.ElementPath);
            Number(members, JsonNames.Page, location.Page);
            members.EndObject();
        }

        /// <summary>Writes <paramref name="value"/> when it is not <c>null</c>.</summary>
        public static void String<TMembers>(TMembers members, JsonEncodedText name, string? value)
            where TMembers : IJsonMembers
        {
            if (value != null)
            {
                members.String(name, value);
            }
        }

        /// <summary>Writes <paramref name="value"/> when it is not <c>null</c>.</summary>
        public static void Number<TMembers>(TMembers members, JsonEncodedText name, long? value)
            where TMembers : IJsonMembers
        {
            if (value != null)
            {
                members.Number(name, value.Value);
            }
        }

        public static void Summary(Utf8JsonWriter writer, ValidationSummary summary)
        {
            writer.WriteStartObject();
            writer.WriteNumber("read", summary.Read);
            writer.WriteNumber("valid", summary.Valid);
            writer.WriteNumber("withFindings", summary.WithFindings);
            writer.WriteNumber("unreadable", summary.Unreadable);
            writer.WriteNumber("errors", summary.Errors);
            writer.WriteNumber("warnings", summary.Warnings);
            writer.WriteNumber("information", summary.Information);
            writer.WriteStartObject("findingsByRule");
            // The rule ids sorted as an array of strings, not ordered by a query over the pairs, which is compiled for each run.
            var ruleIds = new string[summary.FindingsByRule.Count];
            int count = 0;
            foreach (string ruleId in summary.FindingsByRule.Keys)
            {
                ruleIds[count++] = ruleId;
            }

            System.Array.Sort(ruleIds, System.StringComparer.Ordinal);
            foreach (string ruleId in ruleIds)
            {
                writer.WriteNumber(ruleId, summary.FindingsByRule[ruleId]);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        public static void RunInfo(Utf8JsonWriter writer, ReportRun run)
        {
            writer.WriteStartObject();
            writer.WriteString("toolVersion", ReportRun.ToolVersion);
            writer.WriteString("libraryVersion", run.Info.LibraryVersion);
            writer.WriteString("codelistVersion", run.Info.CodelistVersion);
            writer.WriteStartArray("calendarYears");
            foreach (int year in run.Info.CalendarYears)
            {
                writer.WriteNumberValue(year);
            }

            writer.WriteEndArray();
            writer.WriteString("ruleSet", run.Info.RuleSetName);
            writer.WriteStartArray("ruleIds");
            foreach (string id in run.Info.RuleIds)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            writer.WriteString("language", run.Language);
            writer.WriteString("failOn", Labels.Code(run.FailOn));
            writer.WriteString("startedAt", run.StartedAt);
            writer.WriteEndObject();
        }

        public static void File(Utf8JsonWriter writer, ReportFile file)
        {
            writer.WriteStartObject();
            writer.WriteString("path", file.Path);
            String(writer, "format", file.Format is null ? null : char.ToLowerInvariant(file.Format.Value.ToString()[0]) + file.Format.Value.ToString().Substring(1));
            String(writer, "kind", file.Kind?.Code);
            writer.WriteBoolean("kindDetected", file.KindDetected);
            String(writer, "encoding", file.Encoding);
            String(writer, "sheet", file.Sheet);
            writer.WriteString("status", file.NotOpened ? "notRead" : file.Failure != null ? "stopped" : "read");
            if (file.Failure != null)
            {
                writer.WriteStartObject("failure");
                writer.WriteString("zh", file.Failure.Chinese);
                writer.WriteString("en", file.Failure.English);
                if (file.FailureLocation != null)
                {
                    writer.WritePropertyName("location");
                    Location(writer, file.FailureLocation);
                }

                writer.WriteEndObject();
            }

            writer.WritePropertyName("summary");
            Summary(writer, file.Summary);
            writer.WriteEndObject();
        }

        public static void String(Utf8JsonWriter writer, JsonEncodedText name, string? value)
        {
            if (value != null)
            {
                writer.WriteString(name, value);
            }
        }

        public static void Number(Utf8JsonWriter writer, JsonEncodedText name, long? value)
        {
            if (value != null)
            {
                writer.WriteNumber(name, value.Value);
            }
        }

        public static void String(Utf8JsonWriter writer, string name, string? value)
        {
            if (value != null)
            {
                writer.WriteString(name, value);
            }
        }

        public static void Number(Utf8JsonWriter writer, string name, long? value)
        {
            if (value != null)
            {
                writer.WriteNumber(name, value.Value);
            }
        }
    }
}
