using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>Turns a table row into a canonical JSON record and back (the cell syntax is <see cref="CellSyntax"/>).</summary>
    internal static class TabularRecordMapper
    {
        internal static readonly string Fees = FieldPaths.Of<ServiceGuide>(nameof(ServiceGuide.Fees)).Field.Name;

        internal static readonly string IsCharged = FieldPaths.Of<ServiceGuide>(nameof(ServiceGuide.IsCharged)).Field.Name;

        /// <summary>
        /// Writes a record from a row as UTF-8 JSON into <paramref name="output"/> (cleared first); <c>false</c> when every
        /// cell is empty or only 试点领域 is filled (a blank or untouched template row is not a record). Where each field came
        /// from is worked out apart, by <see cref="Locate"/>, only when a finding needs it.
        /// </summary>
        /// <param name="header">The resolved header.</param>
        /// <param name="cells">The row's cells by 0-based column index.</param>
        /// <param name="output">Receives the record's bytes.</param>
        /// <param name="writer">A writer reset onto <paramref name="output"/>, reused from row to row.</param>
        /// <param name="plan">The header's plan (<see cref="TabularRecordPlan.Of"/>), or <c>null</c> when its rows are written through a tree.</param>
        public static bool TryWrite(TabularHeader header, TabularRecordPlan? plan, ITabularCells cells, MemoryStream output, Utf8JsonWriter writer)
        {
            if (plan != null && TryWritePlanned(header, plan, cells, output, writer, out bool isRecord))
            {
                return isRecord;
            }

            Func<int, string?> cellText = cells.Text;

            var record = new JsonObject();
            Dictionary<JsonObject, List<KeyValuePair<string, JsonNode>>>? twice = null;
            bool any = false;
            HashSet<string>? ticked = null;
            foreach (TabularHeader.HeaderCell cell in header.Cells)
            {
                string? text = cellText(cell.Index);
                if (cell.Tick != null)
                {
                    any |= ReadTick(record, cell, text, null, null, null, ticked ??= new HashSet<string>(StringComparer.Ordinal));
                    continue;
                }

                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                // A row that names only its pilot domain is a template row nobody filled in (the template writes
                // 试点领域 on every row to fill, see XlsxTemplateWriter): no content, so not a record.
                any |= cell.Column?.Codelist != typeof(GovDisclosure.Standard.Catalogue.PilotDomain);
                JsonNode? value = cell.Column != null ? CellSyntax.Read(cell.Column, text) : CellSyntax.ReadAdditional(text);
                if (value is null)
                {
                    continue;
                }

                Set(record, cell.Path, value, twice ??= new Dictionary<JsonObject, List<KeyValuePair<string, JsonNode>>>());
            }

            if (!any)
            {
                return false;
            }

            if (record[Fees] is JsonArray fees && fees.Count == 0 && header.Layout.Kind == DocumentKind.ServiceGuide && record[IsCharged] is null)
            {
                record[IsCharged] = false;
            }

            output.SetLength(0);
            writer.Reset(output);
            Write(writer, record, twice);
            writer.Flush();
            return true;
        }

        /// <summary>
        /// Writes a row by its header's plan, each filled cell straight into the bytes, in the order and with the values the
        /// tree would give; <c>false</c> (nothing written) when a cell holds <c>json:</c>, which the tree reads.
        /// </summary>
        private static bool TryWritePlanned(TabularHeader header, TabularRecordPlan plan, ITabularCells cells, MemoryStream output, Utf8JsonWriter writer, out bool isRecord)
        {
            isRecord = false;
            bool? look = Look(plan, cells);
            if (look is null)
            {
                return false;
            }

            if (look == false)
            {
                return true;
            }

            bool[] filled = plan.Filled;
            output.SetLength(0);
            writer.Reset(output);
            writer.WriteStartObject();
            bool[] written = plan.Written;
            System.Array.Clear(written, 0, written.Length);
            bool noFees = false;
            bool charged = false;
            for (int i = 0; i < filled.Length; i++)
            {
                int index = plan.MemberOfCell[i];
                if (!filled[i] || written[index])
                {
                    continue;
                }

                // A member is written where its first filled cell is, as the tree adds it.
                written[index] = true;
                TabularRecordPlan.Member member = plan.Members[index];
                writer.WritePropertyName(member.EncodedName);
                if (!member.Nested)
                {
                    JsonNode? value = WriteCell(writer, plan, i, plan.Cells[i], cells);
                    noFees |= member.Name == Fees && value is JsonArray { Count: 0 };
                    charged |= member.Name == IsCharged;
                    continue;
                }

                writer.WriteStartObject();
                foreach (int part in member.Cells)
                {
                    if (filled[part])
                    {
                        writer.WritePropertyName(plan.PartOfCell[part]);
                        WriteCell(writer, plan, part, plan.Cells[part], cells);
                    }
                }

                writer.WriteEndObject();
            }

            if (noFees && !charged && header.Layout.Kind == DocumentKind.ServiceGuide)
            {
                writer.WriteBoolean(IsCharged, false);
            }

            writer.WriteEndObject();
            writer.Flush();
            isRecord = true;
            return true;
        }

        /// <summary>
        /// Whether a row of a header with a plan is a record, as <see cref="TryWrite"/> decides it, noting which of its cells are
        /// filled in <see cref="TabularRecordPlan.Filled"/>: <c>true</c> when it is, <c>false</c> when it is no record (every
        /// cell blank, or only 试点领域 filled), <c>null</c> when a cell holds <c>json:</c> (the row is then written through a tree).
        /// </summary>
        /// <param name="plan">The header's plan (the reading thread's own).</param>
        /// <param name="cells">The row's cells by 0-based column index.</param>
        public static bool? Look(TabularRecordPlan plan, ITabularCells cells)
        {
            bool[] filled = plan.Filled;
            int[] columnOf = plan.ColumnOfCell;
            bool[] givesContent = plan.GivesContent;
            bool any = false;

            // A CSV row found which of its cells are blank as it copied them (CsvRow.IsBlank): asked, not tested again.
            CsvRow? row = cells as CsvRow;
            for (int i = 0; i < filled.Length; i++)
            {
                // A blank CSV cell's text is not asked for.
                if (row != null && row.IsBlank(columnOf[i]))
                {
                    filled[i] = false;
                    continue;
                }

                ReadOnlySpan<char> text = cells[columnOf[i]];
                if (row == null && text.IsWhiteSpace())
                {
                    filled[i] = false;
                    continue;
                }

                if (CellSyntax.IsJsonCell(text))
                {
                    return null;
                }

                filled[i] = true;
                any |= givesContent[i];
            }

            return any;
        }

        /// <summary>
        /// Writes a filled cell's value, that of a column of a short vocabulary as the same cell gave it before
        /// (<see cref="TabularRecordPlan.ValuesOfCell"/>); the value as a tree only when its syntax is not a plain one.
        /// </summary>
        private static JsonNode? WriteCell(Utf8JsonWriter writer, TabularRecordPlan plan, int position, TabularHeader.HeaderCell cell, ITabularCells cells)
        {
            TabularColumn? column = cell.Column;
            int index = cell.Index;
            if (plan.ValuesOfCell[position] != null)
            {
                plan.WriteKept(writer, position, column!, cells[index]);
                return null;
            }

            return WriteValue(writer, column, cells[index], cells, index);
        }

        /// <summary>
        /// Writes a filled cell's value that is no <c>json:</c> cell as a planned row writes it with no kept values
        /// (<see cref="CellSyntax.TryWrite"/>, else the value read as a tree, which is returned); any thread may call it.
        /// </summary>
        /// <param name="writer">The writer, after the member's name.</param>
        /// <param name="column">The cell's column, or <c>null</c> for a column no layout knows.</param>
        /// <param name="cell">The cell as read.</param>
        /// <param name="cells">The row's cells, whose text at <paramref name="index"/> is <paramref name="cell"/>.</param>
        /// <param name="index">The cell's 0-based column index.</param>
        public static JsonNode? WriteValue(Utf8JsonWriter writer, TabularColumn? column, ReadOnlySpan<char> cell, ITabularCells cells, int index)
        {
            if (CellSyntax.TryWrite(writer, column, cell))
            {
                return null;
            }

            string text = cells.Text(index)!;
            JsonNode value = (column != null ? CellSyntax.Read(column, text) : CellSyntax.ReadAdditional(text))!;
            value.WriteTo(writer);
            return value;
        }

        /// <summary>
        /// Where each column's field of a row is, by JSON pointer, blank cells included (so that a missing field is located
        /// at its cell); a filled cell of a field wins over a blank one, a tick column's field is at its first ticked cell
        /// and each ticked value at the cell that gave it.
        /// </summary>
        /// <param name="header">The resolved header.</param>
        /// <param name="cells">The row's cells by 0-based column index: for a header without tick columns, only which are blank is read.</param>
        /// <param name="cellLocation">The location of the cell at a column index.</param>
        public static Dictionary<string, SourceLocation> Locate(TabularHeader header, ITabularCells cells, Func<int, TabularHeader.HeaderCell, SourceLocation> cellLocation)
        {
            var fieldLocations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            JsonObject? record = null;
            var ticked = new HashSet<string>(StringComparer.Ordinal);
            foreach (TabularHeader.HeaderCell cell in header.Cells)
            {
                string pointer = cell.Pointer;
                if (cell.Tick != null)
                {
                    ReadTick(record ??= new JsonObject(), cell, cells.Text(cell.Index), pointer, cellLocation, fieldLocations, ticked);
                    continue;
                }

                if (cells.IsBlank(cell.Index))
                {
                    // A blank cell is no content, but it still has a place: a finding about the missing
                    // field points at this cell. A filled cell of the same field (a repeated column) wins.
                    if (!fieldLocations.ContainsKey(pointer))
                    {
                        fieldLocations[pointer] = cellLocation(cell.Index, cell) with { JsonPointer = pointer };
                    }

                    continue;
                }

                fieldLocations[pointer] = cellLocation(cell.Index, cell) with { JsonPointer = pointer };
                if (record != null || header.HasTicks)
                {
                    // A tick column numbers its values after those of a column of the same field read before it.
                    string? text = cells.Text(cell.Index);
                    JsonNode? value = cell.Column != null ? CellSyntax.Read(cell.Column, text) : CellSyntax.ReadAdditional(text);
                    if (value != null)
                    {
                        Set(record ??= new JsonObject(), cell.Path, value, null);
                    }
                }
            }

            return fieldLocations;
        }

        /// <summary>
        /// Reads one tick column (勾选列) of a list field: a tick adds the value its sub-header names
        /// (县级 → <c>county</c>); blank or a "no" mark (× □ 否) adds nothing; any other text is read as
        /// the field's own cell would be, so that a value the code list does not know is reported at
        /// this cell. The field is located at its first ticked cell (at its first tick column while
        /// none is ticked), each value at the cell that gave it (only when <paramref name="fieldLocations"/> is given).
        /// </summary>
        private static bool ReadTick(JsonObject record, TabularHeader.HeaderCell cell, string? text, string? pointer, Func<int, TabularHeader.HeaderCell, SourceLocation>? cellLocation, Dictionary<string, SourceLocation>? fieldLocations, HashSet<string> ticked)
        {
            SourceLocation? location = fieldLocations != null ? cellLocation!(cell.Index, cell) with { JsonPointer = pointer! } : null;
            if (fieldLocations != null && !fieldLocations.ContainsKey(pointer!))
            {
                fieldLocations[pointer!] = location!;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }

            if (CellSyntax.IsNoTick(text))
            {
                return true;
            }

            pointer ??= cell.Pointer;
            if (ticked.Add(pointer) && fieldLocations != null)
            {
                fieldLocations[pointer] = location!;
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
                if (fieldLocations != null)
                {
                    fieldLocations[JsonPointer.Append(pointer, list.Count)] = location! with { JsonPointer = JsonPointer.Append(pointer, list.Count) };
                }

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

        /// <summary>The additional columns a record needs beyond the layout's (dotted paths for nested fields), in first-seen order.</summary>
        public static void CollectAdditionalColumns(TabularLayout layout, JsonElement record, List<string> columns, HashSet<string> seen)
        {
            if (record.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            var standard = new HashSet<string>(layout.Columns.Select(c => c.Path), StringComparer.Ordinal);
            foreach (JsonProperty property in record.EnumerateObject())
            {
                if (standard.Contains(property.Name))
                {
                    continue;
                }

                if (property.Value.ValueKind == JsonValueKind.Object && layout.HasFieldColumns(property.Name))
                {
                    foreach (JsonProperty inner in property.Value.EnumerateObject())
                    {
                        string path = TabularLayout.AdditionalColumnOf(property.Name, inner.Name);
                        if (!standard.Contains(path) && seen.Add(path))
                        {
                            columns.Add(path);
                        }
                    }

                    continue;
                }

                if (seen.Add(property.Name))
                {
                    columns.Add(property.Name);
                }
            }
        }

        /// <summary>The cells of a record: the layout's columns, then <paramref name="additional"/>.</summary>
        public static string[] ToCells(TabularLayout layout, IReadOnlyList<string> additional, JsonElement record)
        {
            var cells = new string[layout.Columns.Count + additional.Count];
            for (int i = 0; i < layout.Columns.Count; i++)
            {
                TabularColumn column = layout.Columns[i];
                cells[i] = TryGet(record, column.Segments, out JsonElement value) ? CellSyntax.Write(column, value) : string.Empty;
            }

            for (int i = 0; i < additional.Count; i++)
            {
                cells[layout.Columns.Count + i] = TryGet(record, layout.AdditionalFieldPath(additional[i]), out JsonElement value) ? CellSyntax.WriteAdditional(value) : string.Empty;
            }

            return cells;
        }

        private static bool TryGet(JsonElement record, string[] path, out JsonElement value)
        {
            value = record;
            foreach (string segment in path)
            {
                if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(segment, out value))
                {
                    return false;
                }
            }

            return true;
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
        private static void Write(Utf8JsonWriter writer, JsonObject node, Dictionary<JsonObject, List<KeyValuePair<string, JsonNode>>>? twice)
        {
            writer.WriteStartObject();
            foreach (KeyValuePair<string, JsonNode?> member in node)
            {
                writer.WritePropertyName(member.Key);
                WriteValue(writer, member.Value, twice);
            }

            if (twice != null && twice.TryGetValue(node, out List<KeyValuePair<string, JsonNode>>? aside))
            {
                foreach (KeyValuePair<string, JsonNode> member in aside)
                {
                    writer.WritePropertyName(member.Key);
                    WriteValue(writer, member.Value, twice);
                }
            }

            writer.WriteEndObject();
        }

        private static void WriteValue(Utf8JsonWriter writer, JsonNode? value, Dictionary<JsonObject, List<KeyValuePair<string, JsonNode>>>? twice)
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
