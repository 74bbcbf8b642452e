using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace GovDisclosure.Standard.Calendar
{
    /// <summary>Reads a <see cref="CalendarYear"/> from the JSON of <c>catalog/calendars/*.json</c>.</summary>
    internal static class CalendarYearReader
    {
        public static CalendarYear Read(Stream json, string sourceName)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            }
            catch (JsonException e)
            {
                throw new FormatException($"{sourceName}: line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}: not valid JSON ({e.Message})", e);
            }

            using (document)
            {
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw Error(sourceName, "", "a calendar year must be a JSON object");
                }

                int year = root.TryGetProperty("year", out JsonElement y) && y.ValueKind == JsonValueKind.Number && y.TryGetInt32(out int parsed)
                    ? parsed
                    : throw Error(sourceName, "/year", "required integer 'year' is missing");

                var holidays = new List<HolidayPeriod>();
                if (root.TryGetProperty("holidays", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
                {
                    int i = 0;
                    foreach (JsonElement h in list.EnumerateArray())
                    {
                        string at = $"/holidays/{i}";
                        string name = Text(h, "name", sourceName, at) ?? throw Error(sourceName, at + "/name", "required 'name' is missing");
                        CalendarDate start = Date(h, "start", sourceName, at);
                        CalendarDate end = Date(h, "end", sourceName, at);
                        if (end < start)
                        {
                            throw Error(sourceName, at, $"'{name}' ends ({end}) before it starts ({start})");
                        }

                        holidays.Add(new HolidayPeriod(name, start, end));
                        i++;
                    }
                }
                else
                {
                    throw Error(sourceName, "/holidays", "required array 'holidays' is missing");
                }

                var workdays = new List<CalendarDate>();
                if (root.TryGetProperty("makeUpWorkdays", out JsonElement days) && days.ValueKind == JsonValueKind.Array)
                {
                    int i = 0;
                    foreach (JsonElement d in days.EnumerateArray())
                    {
                        if (d.ValueKind != JsonValueKind.String || !CalendarDate.TryParse(d.GetString(), out CalendarDate date))
                        {
                            throw Error(sourceName, $"/makeUpWorkdays/{i}", "not a date (yyyy-MM-dd)");
                        }

                        workdays.Add(date);
                        i++;
                    }
                }

                return new CalendarYear(year, holidays, workdays)
                {
                    Region = Text(root, "region", sourceName, ""),
                    Notice = Text(root, "notice", sourceName, ""),
                    Note = Text(root, "note", sourceName, ""),
                    Verified = root.TryGetProperty("verified", out JsonElement v) && v.ValueKind == JsonValueKind.True,
                };
            }
        }

        private static string? Text(JsonElement owner, string property, string source, string at)
        {
            if (!owner.TryGetProperty(property, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Error(source, at + "/" + property, "must be a string");
        }

        private static CalendarDate Date(JsonElement owner, string property, string source, string at)
        {
            string? text = Text(owner, property, source, at);
            return CalendarDate.TryParse(text, out CalendarDate date) ? date : throw Error(source, at + "/" + property, "required date (yyyy-MM-dd) is missing or invalid");
        }

        private static FormatException Error(string source, string pointer, string message) =>
            new FormatException($"{source}: at '{(pointer.Length == 0 ? "/" : pointer)}': {message}");
    }
}
