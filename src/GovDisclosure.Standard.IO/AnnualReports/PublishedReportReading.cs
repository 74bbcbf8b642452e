using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>What reading one published report gathers: the report as canonical JSON, where each value came from, and what the reading noticed.</summary>
    internal sealed class PublishedReportReading
    {
        public PublishedReportReading(string? file)
        {
            File = file;
        }

        public string? File { get; }

        public JsonObject Root { get; } = new JsonObject();

        public Dictionary<string, SourceLocation> Locations { get; } = new Dictionary<string, SourceLocation>();

        public List<ReadingNote> Notes { get; } = new List<ReadingNote>();

        /// <summary>The object at a pointer, created (with its parents) when missing.</summary>
        public JsonObject Object(string pointer)
        {
            JsonObject current = Root;
            foreach (string name in pointer.Split(new[] { '/' }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                if (!(current[name] is JsonObject next))
                {
                    next = new JsonObject();
                    current[name] = next;
                }

                current = next;
            }

            return current;
        }

        /// <summary>Sets a value at a pointer (a <c>null</c> value leaves the member out: a blank cell is not 0).</summary>
        public void Set(string pointer, JsonNode? value, SourceLocation? location)
        {
            int slash = pointer.LastIndexOf('/');
            JsonObject parent = Object(pointer.Substring(0, slash));
            if (value != null)
            {
                parent[pointer.Substring(slash + 1)] = value;
            }

            if (location != null)
            {
                Locations[pointer] = location;
            }
        }

        /// <summary>Whether a value or row was already read at a pointer.</summary>
        public bool Has(string pointer) => Locations.ContainsKey(pointer);

        /// <summary>A location in the file.</summary>
        public SourceLocation At(string? table = null, string? row = null, string? column = null, string? element = null) =>
            new SourceLocation { File = File, Table = table, RowLabel = row, ColumnLabel = column, ElementPath = element };

        /// <summary>Notes something the reading noticed.</summary>
        public void Note(ReadingNoteKind kind, SourceLocation location, string? value = null) =>
            Notes.Add(new ReadingNote(kind, location) { Value = value });
    }
}
