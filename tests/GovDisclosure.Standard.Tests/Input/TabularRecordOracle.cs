using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Input.Tabular;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// The row-to-record path of the tabular readers before they wrote records as bytes (commit f367560), kept as the oracle
    /// of <see cref="TabularRowPathEquivalenceTests"/>: a row built into a JSON tree, parsed into an element, and every
    /// field's location worked out at once.
    /// </summary>
    internal static class TabularRecordOracle
    {
        private static readonly string Fees = FieldPaths.Of<ServiceGuide>(g => g.Fees).Field.Name;

        private static readonly string IsCharged = FieldPaths.Of<ServiceGuide>(g => g.IsCharged).Field.Name;

        /// <summary>Builds a record from a row; <c>null</c> when every cell is empty or only 试点领域 is filled (a blank or untouched template row is not a record).</summary>
        /// <param name="header">The resolved header.</param>
        /// <param name="cellText">The text of the cell at a 0-based column index, or <c>null</c>.</param>
        /// <param name="cellLocation">The location of the cell at a column index.</param>
        /// <param name="fieldLocations">Receives the location of each column's field, by JSON pointer, blank cells included (so that a missing field is located at its cell).</param>
        public static JsonElement? ToRecord(TabularHeader header, Func<int, string?> cellText, Func<int, TabularHeader.HeaderCell, SourceLocation> cellLocation, Dictionary<string, SourceLocation> fieldLocations)
        {
            var record = new JsonObject();
            var twice = new Dictionary<JsonObject, List<KeyValuePair<string, JsonNode>>>();
            bool any = false;
            var ticked = new HashSet<string>(StringComparer.Ordinal);
            foreach (TabularHeader.HeaderCell cell in header.Cells)
            {
                string pointer = JsonPointer.Of(cell.Path);
                string? text = cellText(cell.Index);
                if (cell.Tick != null)
                {
                    any |= ReadTick(record, cell, text, pointer, cellLocation, fieldLocations, ticked);
                    continue;
                }

                if (string.IsNullOrWhiteSpace(text))
                {
                    // A blank cell is no content, but it still has a place: a finding about the missing
                    // field points at this cell. A filled cell of the same field (a repeated column) wins.
                    if (!fieldLocations.ContainsKey(pointer))
                    {
                        fieldLocations[pointer] = cellLocation(cell.Index, cell) with { JsonPointer = pointer };
                    }

                    continue;
                }

                // A row that names only its pilot domain is a template row nobody filled in (the template writes
                // 试点领域 on every row to fill, see XlsxTemplateWriter): no content, so not a record.
                any |= cell.Column?.Codelist != typeof(GovDisclosure.Standard.Catalogue.PilotDomain);
                fieldLocations[pointer] = cellLocation(cell.Index, cell) with { JsonPointer = pointer };
                JsonNode? value = cell.Column != null ? CellSyntax.Read(cell.Column, text) : CellSyntax.ReadAdditional(text);
                if (value is null)
                {
                    continue;
                }

                Set(record, cell.Path, value, twice);
            }

            if (!any)
            {
                return null;
            }

            if (record[Fees] is JsonArray fees && fees.Count == 0 && header.Layout.Kind == DocumentKind.ServiceGuide && record[IsCharged] is null)
            {
                record[IsCharged] = false;
            }

            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                Write(writer, record, twice);
            }

            using JsonDocument document = JsonDocument.Parse(stream.ToArray());
            return document.RootElement.Clone();
        }

        /// <summary>
        /// Reads one tick column (勾选列) of a list field: a tick adds the value its sub-header names
        /// (县级 → <c>county</c>); blank or a "no" mark (× □ 否) adds nothing; any other text is read as
        /// the field's own cell would be, so that a value the code list does not know is reported at
        /// this cell. The field is located at its first ticked cell (at its first tick column while
        /// none is ticked), each value at the cell that gave it.
        /// </summary>
        private static bool ReadTick(JsonObject record, TabularHeader.HeaderCell cell, string? text, string pointer, Func<int, TabularHeader.HeaderCell, SourceLocation> cellLocation, Dictionary<string, SourceLocation> fieldLocations, HashSet<string> ticked)
        {
            SourceLocation location = cellLocation(cell.Index, cell) with { JsonPointer = pointer };
            if (!fieldLocations.ContainsKey(pointer))
            {
                fieldLocations[pointer] = location;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }

            if (CellSyntax.IsNoTick(text))
            {
                return true;
            }

            if (ticked.Add(pointer))
            {
                fieldLocations[pointer] = location;
            }

            JsonNode? value = CellSyntax.Read(cell.Column!, CellSyntax.IsTick(text) ? cell.Tick : text);
            if (!(Get(record, cell.Path) is JsonArray list))
            {
                list = new JsonArray();
                Set(record, cell.Path, list, null);
            }

            foreach (JsonNode? item in value is JsonArray items ? items.ToArray() : new[] { value })
            {
                if (item is null)
                {
                    continue;
                }

                item.Parent?.AsArray().Remove(item);
                fieldLocations[JsonPointer.Append(pointer, list.Count)] = location with { JsonPointer = JsonPointer.Append(pointer, list.Count) };
                list.Add(item);
            }

            return true;
        }

        private static JsonNode? Get(JsonObject record, string[] path)
        {
            JsonNode? node = record;
            foreach (string segment in path)
            {
                node = node is JsonObject o ? o[segment] : null;
            }

            return node;
        }

        /// <summary>
        /// Sets a field. When two columns give the same field different values — a whole-field column and
        /// a column of one of its parts (<c>office</c> and <c>office.name</c>), or a repeated column — the
        /// earlier value is kept in <paramref name="twice"/> and written beside the later one, so that the
        /// record holds the field twice and its binding reports it (GD-STR-007) instead of one value being lost.
        /// </summary>
        private static void Set(JsonObject record, string[] path, JsonNode value, Dictionary<JsonObject, List<KeyValuePair<string, JsonNode>>>? twice)
        {
            JsonObject target = record;
            for (int i = 0; i < path.Length - 1; i++)
            {
                JsonNode? held = target[path[i]];
                if (!(held is JsonObject next))
                {
                    next = new JsonObject();
                    if (held != null && twice != null)
                    {
                        target.Remove(path[i]);
                        KeepAside(target, path[i], held, twice);
                    }

                    target[path[i]] = next;
                }

                target = next;
            }

            string name = path[path.Length - 1];
            JsonNode? earlier = target[name];
            if (earlier != null && twice != null && !JsonNode.DeepEquals(earlier, value))
            {
                target.Remove(name);
                KeepAside(target, name, earlier, twice);
            }

            target[name] = value;
        }

        private static void KeepAside(JsonObject owner, string name, JsonNode value, Dictionary<JsonObject, List<KeyValuePair<string, JsonNode>>> twice)
        {
            if (!twice.TryGetValue(owner, out List<KeyValuePair<string, JsonNode>>? aside))
            {
                aside = new List<KeyValuePair<string, JsonNode>>();
                twice.Add(owner, aside);
            }

            aside.Add(new KeyValuePair<string, JsonNode>(name, value));
        }

        /// <summary>Writes an object with the values kept aside for it, each after its own members (a field then appears twice).</summary>
        private static void Write(Utf8JsonWriter writer, JsonObject node, Dictionary<JsonObject, List<KeyValuePair<string, JsonNode>>> twice)
        {
            writer.WriteStartObject();
            foreach (KeyValuePair<string, JsonNode?> member in node)
            {
                writer.WritePropertyName(member.Key);
                WriteValue(writer, member.Value, twice);
            }

            if (twice.TryGetValue(node, out List<KeyValuePair<string, JsonNode>>? aside))
            {
                foreach (KeyValuePair<string, JsonNode> member in aside)
                {
                    writer.WritePropertyName(member.Key);
                    WriteValue(writer, member.Value, twice);
                }
            }

            writer.WriteEndObject();
        }

        private static void WriteValue(Utf8JsonWriter writer, JsonNode? value, Dictionary<JsonObject, List<KeyValuePair<string, JsonNode>>> twice)
        {
            if (value is JsonObject inner)
            {
                Write(writer, inner, twice);
            }
            else if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer);
            }
        }
    }
}
