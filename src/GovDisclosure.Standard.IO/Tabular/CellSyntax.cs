using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Schema;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// Reads and writes the cells of one column (see src/GovDisclosure.Standard.Cli/README.md, "Cell syntax"). Reading is lenient
    /// (separators, marks, Chinese names); a value that cannot be understood is kept verbatim as text
    /// so that validation reports it. Writing is checked: a value is written in the plain syntax only
    /// when reading that text back gives the same JSON; otherwise the cell holds <c>json:</c> followed
    /// by the value's JSON, so that a conversion never loses anything.
    /// </summary>
    internal static class CellSyntax
    {
        public const string JsonPrefix = "json:";
        private const string ListSeparators = ItemList.Separators;
        private const string LineSeparators = ItemList.LineSeparators;
        private const string ElementMarks = "●〇○";
        private const string ChannelMarks = "■□☑☐√";
        private static readonly string[] TickMarks = { "√", "✓", "✔", "☑", "■", "●", "是" };
        private static readonly string[] NoTickMarks = { "×", "✗", "✘", "□", "☐", "否", "/", "／" };
        private static readonly char[] PartSeparators = { '｜', '|' };
        private static readonly Regex PeriodPattern = new Regex(@"^(\d+)\s*(个)?\s*(工作日|workingdays|working-days|自然日|日|天|calendardays|calendar-days)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex DatePattern = new Regex(@"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$", RegexOptions.CultureInvariant);
        private static readonly Regex Numbering = new Regex(@"^\s*(\d{1,3}\s*[.、．]|[（(]\d{1,3}[)）])\s*", RegexOptions.CultureInvariant);
        private static readonly Lazy<string[]> ChannelPhrases = new Lazy<string[]>(() =>
            DisclosureChannel.Declared
                .SelectMany(c => new[] { c.ChineseName }.Concat(c.Synonyms))
                .Where(n => n.IndexOfAny(ListSeparators.ToCharArray()) >= 0)
                .OrderByDescending(n => n.Length)
                .ToArray());

        private static readonly string[] MaterialParts = ServiceGuideFields.Material.Fields.Select(f => f.Name).ToArray();
        private static readonly string[] FeeParts = ServiceGuideFields.Fee.Fields.Select(f => f.Name).ToArray();
        private static readonly string NecessityKey = FieldPaths.Of<ServiceGuides.ServiceMaterial>(nameof(ServiceGuides.ServiceMaterial.Necessity)).Field.Name;
        private static readonly string CopiesKey = FieldPaths.Of<ServiceGuides.ServiceMaterial>(nameof(ServiceGuides.ServiceMaterial.Copies)).Field.Name;
        private static readonly string CountKey = FieldPaths.Of<Calendar.TimePeriod>(nameof(Calendar.TimePeriod.Count)).Field.Name;
        private static readonly string UnitKey = FieldPaths.Of<Calendar.TimePeriod>(nameof(Calendar.TimePeriod.Unit)).Field.Name;
        private static readonly string ElementNameKey = FieldPaths.Of<Catalogue.ContentElement>(nameof(Catalogue.ContentElement.Name)).Field.Name;
        private static readonly string RequirementKey = FieldPaths.Of<Catalogue.ContentElement>(nameof(Catalogue.ContentElement.Requirement)).Field.Name;
        private static readonly string[] NoFee = { "不收费", "免费", "无", "无收费", "不收取费用" };
        private const string WorkingDays = "workingDays";
        private const string CalendarDays = "calendarDays";

        // The names and fixed values written into a record's bytes on every row, escaped once (as the row writer escapes them).
        private static readonly JsonEncodedText CountName = JsonEncodedText.Encode(CountKey, TabularRowWriter.Encoder);
        private static readonly JsonEncodedText UnitName = JsonEncodedText.Encode(UnitKey, TabularRowWriter.Encoder);
        private static readonly JsonEncodedText ElementName = JsonEncodedText.Encode(ElementNameKey, TabularRowWriter.Encoder);
        private static readonly JsonEncodedText RequirementName = JsonEncodedText.Encode(RequirementKey, TabularRowWriter.Encoder);
        private static readonly JsonEncodedText WorkingDaysValue = JsonEncodedText.Encode(WorkingDays, TabularRowWriter.Encoder);
        private static readonly JsonEncodedText CalendarDaysValue = JsonEncodedText.Encode(CalendarDays, TabularRowWriter.Encoder);
        private static readonly JsonEncodedText Required = JsonEncodedText.Encode("required", TabularRowWriter.Encoder);
        private static readonly JsonEncodedText Optional = JsonEncodedText.Encode("optional", TabularRowWriter.Encoder);
        private static readonly JsonEncodedText Unspecified = JsonEncodedText.Encode("unspecified", TabularRowWriter.Encoder);

        private const int ChannelCodesKept = 512;

        [ThreadStatic]
        private static List<(int Start, int Length)>? itemRanges;

        [ThreadStatic]
        private static Dictionary<string, string>? channelCodes;

        /// <summary>Reads a cell of a standard column; <c>null</c> when the cell is empty.</summary>
        public static JsonNode? Read(TabularColumn column, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            string cell = text!.Trim();
            if (TryReadJson(cell, out JsonNode? json))
            {
                return json;
            }

            switch (column.CellType)
            {
                case CellType.TextList:
                    return Array(ItemList.Split(cell, ListSeparators).Select(s => (JsonNode?)JsonValue.Create(Unquote(s))));
                case CellType.Code:
                    return JsonValue.Create(ReadCode(column.Codelist!, cell));
                case CellType.CodeList:
                    return Array(ItemList.Split(cell, ListSeparators).Select(s => (JsonNode?)JsonValue.Create(ReadCode(column.Codelist!, s))));
                case CellType.Channels:
                    return Array(ItemList.Split(cell, ListSeparators, ChannelMarks, ChannelPhrases.Value).Select(ReadChannel).Where(n => n != null));
                case CellType.CategoryNumbers:
                    return Array(ItemList.Split(cell, ListSeparators).Select(ReadCategory));
                case CellType.CategoryNumber:
                    return ReadCategory(cell);
                case CellType.Integer:
                    return int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out int number) ? JsonValue.Create(number) : JsonValue.Create(cell);
                case CellType.Decimal:
                    return decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal amount) ? JsonValue.Create(amount) : JsonValue.Create(cell);
                case CellType.Boolean:
                    return ReadBoolean(cell);
                case CellType.Date:
                    return JsonValue.Create(ReadDate(cell));
                case CellType.TimePeriod:
                    return ReadPeriod(cell);
                case CellType.ContentElements:
                    return Array(ItemList.Split(cell, ListSeparators, ElementMarks, System.Array.Empty<string>()).Select(ReadElement));
                case CellType.Materials:
                    return Array(ItemList.Split(cell, LineSeparators).Select(line => ReadParts(line, MaterialParts)));
                case CellType.Fees:
                    return NoFee.Contains(cell) ? new JsonArray() : Array(ItemList.Split(cell, LineSeparators).Select(line => ReadParts(line, FeeParts)));
                default:
                    return JsonValue.Create(cell);
            }
        }

        /// <summary>
        /// Writes a filled cell's value straight into <paramref name="writer"/> as <see cref="Read"/> or, with no column,
        /// <see cref="ReadAdditional"/> would give it, when its syntax is one written without a tree (text, a code, a list of
        /// texts or codes, a number, a date, channels, content elements, a period, article 20 item numbers) and it is no
        /// <c>json:</c> cell; <c>false</c>, with nothing written, otherwise. No string is made for a cell, an item or a code
        /// the code list knows as written.
        /// </summary>
        public static bool TryWrite(Utf8JsonWriter writer, TabularColumn? column, ReadOnlySpan<char> text)
        {
            if (IsJsonCell(text))
            {
                return false;
            }

            if (column is null)
            {
                writer.WriteStringValue(text);
                return true;
            }

            ReadOnlySpan<char> cell = text.Trim();
            switch (column.CellType)
            {
                case CellType.Text:
                    writer.WriteStringValue(cell);
                    return true;
                case CellType.Code:
                    WriteCode(writer, column.Codes, cell);
                    return true;
                case CellType.TextList:
                    writer.WriteStartArray();
                    foreach ((int start, int length) in Items(cell, ListSeparators, string.Empty, System.Array.Empty<string>()))
                    {
                        writer.WriteStringValue(Unquote(cell.Slice(start, length)));
                    }

                    writer.WriteEndArray();
                    return true;
                case CellType.CodeList:
                    writer.WriteStartArray();
                    foreach ((int start, int length) in Items(cell, ListSeparators, string.Empty, System.Array.Empty<string>()))
                    {
                        WriteCode(writer, column.Codes, cell.Slice(start, length));
                    }

                    writer.WriteEndArray();
                    return true;
                case CellType.CategoryNumbers:
                    writer.WriteStartArray();
                    foreach ((int start, int length) in Items(cell, ListSeparators, string.Empty, System.Array.Empty<string>()))
                    {
                        WriteCategory(writer, cell.Slice(start, length));
                    }

                    writer.WriteEndArray();
                    return true;
                case CellType.CategoryNumber:
                    WriteCategory(writer, cell);
                    return true;
                case CellType.Integer:
                    if (TryParseInteger(cell, out int number))
                    {
                        writer.WriteNumberValue(number);
                    }
                    else
                    {
                        writer.WriteStringValue(cell);
                    }

                    return true;
                case CellType.Date:
                    // A date starts with its year's digits (DatePattern); any other cell is kept as written.
                    if (cell.Length > 0 && char.IsDigit(cell[0]))
                    {
                        writer.WriteStringValue(ReadDate(cell.ToString()));
                    }
                    else
                    {
                        writer.WriteStringValue(cell);
                    }

                    return true;
                case CellType.Channels:
                    writer.WriteStartArray();
                    foreach ((int start, int length) in Items(cell, ListSeparators, ChannelMarks, ChannelPhrases.Value))
                    {
                        string? channel = ChannelCode(cell.Slice(start, length));
                        if (channel != null)
                        {
                            writer.WriteStringValue(channel);
                        }
                    }

                    writer.WriteEndArray();
                    return true;
                case CellType.ContentElements:
                    writer.WriteStartArray();
                    foreach ((int start, int length) in Items(cell, ListSeparators, ElementMarks, System.Array.Empty<string>()))
                    {
                        ReadOnlySpan<char> name = ElementOf(cell.Slice(start, length), out string requirement);
                        writer.WriteStartObject();
                        writer.WriteString(ElementName, name);
                        writer.WriteString(RequirementName, requirement == "required" ? Required : requirement == "optional" ? Optional : Unspecified);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    return true;
                case CellType.TimePeriod:
                    if (TryReadPeriod(cell, out int count, out bool working))
                    {
                        writer.WriteStartObject();
                        writer.WriteNumber(CountName, count);
                        writer.WriteString(UnitName, working ? WorkingDaysValue : CalendarDaysValue);
                        writer.WriteEndObject();
                    }
                    else
                    {
                        writer.WriteStringValue(cell);
                    }

                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// Whether a cell holds <c>json:</c> and then (it may be) a JSON value. A cell whose first character is plainly no white
        /// space (<see cref="CellBlankness.IsPlainlyFilled"/>) and not the prefix's first is none, with no trimming.
        /// </summary>
        public static bool IsJsonCell(ReadOnlySpan<char> text) =>
            (text.Length == 0 || text[0] == JsonPrefix[0] || !CellBlankness.IsPlainlyFilled(text[0]))
            && text.Trim().StartsWith(JsonPrefix.AsSpan(), StringComparison.Ordinal);

        /// <summary>Whether a cell of a tick column (勾选列) is ticked: √ (also ✓ ✔ ☑ ■ ● 是).</summary>
        public static bool IsTick(string? text) => text != null && TickMarks.Contains(text.Trim());

        /// <summary>Whether a cell of a tick column says "not ticked" in so many marks: × ✗ ✘ □ ☐ 否 /.</summary>
        public static bool IsNoTick(string? text) => text != null && NoTickMarks.Contains(text.Trim());

        /// <summary>Reads a cell of an additional (non-standard) column: its text, or the JSON after <c>json:</c>.</summary>
        public static JsonNode? ReadAdditional(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            return TryReadJson(text!.Trim(), out JsonNode? json) ? json : JsonValue.Create(text);
        }

        /// <summary>Writes a value into a cell of a standard column (plain syntax when it reads back identically, else <c>json:</c>).</summary>
        public static string Write(TabularColumn column, JsonElement value)
        {
            if (IsEmpty(value))
            {
                return string.Empty;
            }

            string? plain = WritePlain(column, value);
            if (plain != null && plain.Length > 0 && !plain.StartsWith(JsonPrefix, StringComparison.Ordinal) && ReadsBackAs(Read(column, plain), value))
            {
                return plain;
            }

            return JsonPrefix + Compact(value);
        }

        /// <summary>Writes a value into a cell of an additional column.</summary>
        public static string WriteAdditional(JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                return string.Empty;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                string text = value.GetString()!;
                if (text.Length > 0 && text.Trim() == text && !text.StartsWith(JsonPrefix, StringComparison.Ordinal))
                {
                    return text;
                }
            }

            return JsonPrefix + Compact(value);
        }

        /// <summary>Whether a value counts as "no value" (null, or an empty array), which a cell writes as empty.</summary>
        public static bool IsEmpty(JsonElement value) =>
            value.ValueKind == JsonValueKind.Null || value.ValueKind == JsonValueKind.Undefined || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0);

        /// <summary>The value as compact JSON, Chinese unescaped.</summary>
        public static string Compact(JsonElement value)
        {
            using var stream = new System.IO.MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
            {
                value.WriteTo(writer);
            }

            return DecodedText.Utf8(new ReadOnlySpan<byte>(stream.GetBuffer(), 0, (int)stream.Length));
        }

        /// <summary>An item wrapped in “ ” when it holds a separator or starts with a mark, so that it reads back as one item.</summary>
        private static string Quote(string item) =>
            item.IndexOfAny((ListSeparators + ElementMarks + ChannelMarks).ToCharArray()) >= 0 && item.IndexOf('“') < 0 && item.IndexOf('”') < 0 ? "“" + item + "”" : item;

        /// <summary>An item without the “ ” that <see cref="Quote"/> put round it.</summary>
        private static string Unquote(string item) =>
            IsQuoted(item.AsSpan()) ? item.Substring(1, item.Length - 2) : item;

        /// <summary>An item without the “ ” that <see cref="Quote"/> put round it.</summary>
        private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> item) =>
            IsQuoted(item) ? item.Slice(1, item.Length - 2) : item;

        private static bool IsQuoted(ReadOnlySpan<char> item) =>
            item.Length >= 2 && item[0] == '“' && item[item.Length - 1] == '”' && item.Slice(1).IndexOf('“') < 0 && item.IndexOf('”') == item.Length - 1;

        private static bool TryReadJson(string cell, out JsonNode? node)
        {
            node = null;
            if (!cell.StartsWith(JsonPrefix, StringComparison.Ordinal))
            {
                return false;
            }

            try
            {
                node = JsonNode.Parse(cell.Substring(JsonPrefix.Length));
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        private static bool ReadsBackAs(JsonNode? read, JsonElement value)
        {
            if (read is null)
            {
                return false;
            }

            using JsonDocument document = JsonDocument.Parse(read.ToJsonString());
            return JsonElement.DeepEquals(document.RootElement, value);
        }

        private static JsonArray Array(IEnumerable<JsonNode?> items)
        {
            var array = new JsonArray();
            foreach (JsonNode? item in items)
            {
                array.Add(item);
            }

            return array;
        }

        private static string ReadCode(Type codelist, string text) =>
            CodelistReader.For(codelist)?.Parse(text)?.Code ?? text;

        /// <summary>Writes the code a text names, as <see cref="ReadCode"/> reads it: the text itself when it names none.</summary>
        /// <param name="writer">The record's writer.</param>
        /// <param name="codes">The column's code list (<see cref="TabularColumn.Codes"/>), or <c>null</c> when binding knows none.</param>
        /// <param name="text">The cell or item.</param>
        private static void WriteCode(Utf8JsonWriter writer, CodelistReader? codes, ReadOnlySpan<char> text)
        {
            string? code = codes?.CodeOf(text);
            if (code != null)
            {
                writer.WriteStringValue(code);
            }
            else
            {
                writer.WriteStringValue(text);
            }
        }

        /// <summary>Writes an article 20 item as <see cref="ReadCategory"/> reads it: its number, else the text itself.</summary>
        private static void WriteCategory(Utf8JsonWriter writer, ReadOnlySpan<char> item)
        {
            if (TryParseInteger(CategoryDigits(item), out int number))
            {
                writer.WriteNumberValue(number);
                return;
            }

            string text = item.ToString();
            CodelistEntry? entry = CodelistReader.For(typeof(DisclosureCategory))?.Parse(text);
            if (entry != null)
            {
                writer.WriteNumberValue(entry.Number);
            }
            else
            {
                writer.WriteStringValue(text);
            }
        }

        /// <summary>An integer as <see cref="int.TryParse(string, NumberStyles, IFormatProvider, out int)"/> reads it, invariant.</summary>
        private static bool TryParseInteger(ReadOnlySpan<char> text, out int number) =>
#if NETSTANDARD2_0
            int.TryParse(text.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number);
#else
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out number);
#endif

        /// <summary>An article 20 item without 第 before it and 项 after it (第十五项 → 十五).</summary>
        private static ReadOnlySpan<char> CategoryDigits(ReadOnlySpan<char> item) => item.Trim().TrimStart('第').TrimEnd('项');

        private static JsonNode? ReadChannel(string item)
        {
            string? code = ChannelCode(item.AsSpan());
            return code is null ? null : JsonValue.Create(code);
        }

        /// <summary>The code of a channel item (its text when it names no channel), or <c>null</c> for an unticked one (□ ☐).</summary>
        private static string? ChannelCode(ReadOnlySpan<char> item)
        {
            ReadOnlySpan<char> text = item;
            if (text.Length > 0 && ChannelMarks.IndexOf(text[0]) >= 0)
            {
                if (text[0] == '□' || text[0] == '☐')
                {
                    return null;
                }

                text = text.Slice(1).Trim();
            }

            // Channels are a short vocabulary written again on every row, and parsing one folds it (NFKC through ICU): the
            // codes of the texts seen last are kept, a few hundred at most, on each thread.
            Dictionary<string, string> codes = channelCodes ??= new Dictionary<string, string>(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
            if (codes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out string? code))
            {
                return code;
            }
#else
            if (codes.TryGetValue(text.ToString(), out string? code))
            {
                return code;
            }
#endif

            if (codes.Count >= ChannelCodesKept)
            {
                codes.Clear();
            }

            string name = text.ToString();
            code = PublicationChannel.TryParse(name, out PublicationChannel? channel) ? channel!.ToString() : name;
            codes.Add(name, code);
            return code;
        }

        private static JsonNode? ReadCategory(string item)
        {
            if (TryParseInteger(CategoryDigits(item.AsSpan()), out int number))
            {
                return JsonValue.Create(number);
            }

            CodelistEntry? entry = CodelistReader.For(typeof(DisclosureCategory))?.Parse(item);
            return entry != null ? JsonValue.Create(entry.Number) : JsonValue.Create(item);
        }

        private static JsonNode ReadBoolean(string cell)
        {
            string folded = cell.Trim().ToLowerInvariant();
            bool? answer = YesNoWords.Read(folded);
            if (answer.HasValue)
            {
                return JsonValue.Create(answer.Value);
            }

            // Besides the words, a table cell answers with a tick or a cross, a letter or a digit.
            switch (folded)
            {
                case "y":
                case "√":
                case "1":
                    return JsonValue.Create(true);
                case "n":
                case "×":
                case "0":
                    return JsonValue.Create(false);
                default:
                    return JsonValue.Create(cell);
            }
        }

        private static string ReadDate(string cell)
        {
            Match match = DatePattern.Match(cell);
            if (!match.Success)
            {
                return cell;
            }

            int year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            int month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            int day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            return month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", year, month, day)
                : cell;
        }

        private static JsonNode ReadPeriod(string cell) =>
            TryReadPeriod(cell.AsSpan(), out int count, out bool working)
                ? new JsonObject { [CountKey] = count, [UnitKey] = working ? WorkingDays : CalendarDays }
                : JsonValue.Create(cell);

        /// <summary>Whether a cell is a period (20个工作日, 30日, 15 working-days): its count and whether its days are working days.</summary>
        private static bool TryReadPeriod(ReadOnlySpan<char> cell, out int count, out bool working)
        {
            working = false;
            count = 0;
            ReadOnlySpan<char> trimmed = cell.Trim();
            if (trimmed.Length == 0 || !char.IsDigit(trimmed[0]))
            {
                // A period starts with its count's digits (PeriodPattern): most cells are a sentence, never matched.
                return false;
            }

            Match match = PeriodPattern.Match(trimmed.ToString());
            if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out count))
            {
                count = 0;
                return false;
            }

            string unit = match.Groups[3].Value.ToLowerInvariant();
            working = unit == "工作日" || unit == "workingdays" || unit == "working-days";
            return true;
        }

        private static JsonNode ReadElement(string item)
        {
            string name = ElementOf(item.AsSpan(), out string requirement).ToString();
            return new JsonObject { [ElementNameKey] = name, [RequirementKey] = requirement };
        }

        /// <summary>The name of a content element item and, from its mark, its requirement (● required, 〇○ optional, none unspecified).</summary>
        private static ReadOnlySpan<char> ElementOf(ReadOnlySpan<char> item, out string requirement)
        {
            requirement = "unspecified";
            ReadOnlySpan<char> name = item;
            if (name.Length > 0 && ElementMarks.IndexOf(name[0]) >= 0)
            {
                requirement = name[0] == '●' ? "required" : "optional";
                name = name.Slice(1).Trim();
            }

            return Unquote(name);
        }

        /// <summary>The items of a list cell, as ranges of it (<see cref="ItemList.Cut"/>), in a list reused on the thread until the next call.</summary>
        private static List<(int Start, int Length)> Items(ReadOnlySpan<char> cell, string separators, string marks, IReadOnlyList<string> protectedPhrases)
        {
            List<(int Start, int Length)> items = itemRanges ??= new List<(int Start, int Length)>();
            items.Clear();
            ItemList.Cut(cell, separators, marks, protectedPhrases, items);
            return items;
        }

        private static JsonNode ReadParts(string line, string[] names)
        {
            string text = Numbering.Replace(line, string.Empty, 1);
            string[] parts = text.Split(PartSeparators);
            var item = new JsonObject();
            for (int i = 0; i < parts.Length; i++)
            {
                string part = parts[i].Trim();
                if (part.Length == 0)
                {
                    continue;
                }

                string key = i < names.Length ? names[i] : "part" + (i + 1).ToString(CultureInfo.InvariantCulture);
                if (key == NecessityKey)
                {
                    item[key] = ReadCode(typeof(ServiceGuides.MaterialNecessity), part);
                }
                else if (key == CopiesKey && int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out int copies))
                {
                    item[key] = copies;
                }
                else
                {
                    item[key] = part;
                }
            }

            return item;
        }

        private static string? WritePlain(TabularColumn column, JsonElement value)
        {
            switch (column.CellType)
            {
                case CellType.TextList:
                    return JoinStrings(value, Quote);
                case CellType.Code:
                    return value.ValueKind == JsonValueKind.String ? CodeName(column.Codelist!, value.GetString()!) : null;
                case CellType.CodeList:
                    return JoinStrings(value, s => CodeName(column.Codelist!, s));
                case CellType.Channels:
                    return JoinStrings(value, ChannelName);
                case CellType.CategoryNumbers:
                    return value.ValueKind == JsonValueKind.Array
                        ? string.Join("、", value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Number ? e.GetRawText() : e.ValueKind == JsonValueKind.String ? e.GetString() : null))
                        : null;
                case CellType.CategoryNumber:
                case CellType.Integer:
                case CellType.Decimal:
                    return value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                case CellType.Boolean:
                    return value.ValueKind == JsonValueKind.True ? YesNoWords.Yes : value.ValueKind == JsonValueKind.False ? YesNoWords.No : value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                case CellType.TimePeriod:
                    return WritePeriod(value);
                case CellType.ContentElements:
                    return value.ValueKind == JsonValueKind.Array ? string.Join("、", value.EnumerateArray().Select(WriteElement)) : null;
                case CellType.Materials:
                    return value.ValueKind == JsonValueKind.Array ? string.Join("\n", value.EnumerateArray().Select(m => WriteParts(m, MaterialParts))) : null;
                case CellType.Fees:
                    return value.ValueKind == JsonValueKind.Array ? string.Join("\n", value.EnumerateArray().Select(f => WriteParts(f, FeeParts))) : null;
                default:
                    return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            }
        }

        private static string? JoinStrings(JsonElement value, Func<string, string> name)
        {
            if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                return null;
            }

            return string.Join("、", value.EnumerateArray().Select(e => name(e.GetString()!)));
        }

        private static string CodeName(Type codelist, string code)
        {
            CodelistReader? reader = CodelistReader.For(codelist);
            CodelistEntry? entry = reader?.Values.FirstOrDefault(v => v.Code == code);
            return entry?.ChineseName ?? code;
        }

        private static string ChannelName(string code)
        {
            if (!PublicationChannel.TryParse(code, out PublicationChannel? channel) || channel!.ToString() != code)
            {
                return code;
            }

            return channel.OtherName != null ? "其他：" + channel.OtherName : channel.Channel.ChineseName;
        }

        private static string? WritePeriod(JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            if (value.ValueKind != JsonValueKind.Object
                || !value.TryGetProperty(CountKey, out JsonElement count)
                || !value.TryGetProperty(UnitKey, out JsonElement unit)
                || count.ValueKind != JsonValueKind.Number
                || unit.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            return count.GetRawText() + (unit.GetString() == "workingDays" ? "个工作日" : "日");
        }

        private static string WriteElement(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(ElementNameKey, out JsonElement name) || name.ValueKind != JsonValueKind.String)
            {
                return "\u0000";
            }

            string mark = element.TryGetProperty(RequirementKey, out JsonElement requirement) && requirement.ValueKind == JsonValueKind.String
                ? requirement.GetString() switch { "required" => "●", "optional" => "〇", _ => string.Empty }
                : string.Empty;
            return mark + Quote(name.GetString()!);
        }

        private static string WriteParts(JsonElement item, string[] names)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return "\u0000";
            }

            var parts = new string[names.Length];
            for (int i = 0; i < names.Length; i++)
            {
                parts[i] = string.Empty;
                if (item.TryGetProperty(names[i], out JsonElement part))
                {
                    parts[i] = part.ValueKind switch
                    {
                        JsonValueKind.String when names[i] == NecessityKey => CodeName(typeof(ServiceGuides.MaterialNecessity), part.GetString()!),
                        JsonValueKind.String => part.GetString()!,
                        JsonValueKind.Number => part.GetRawText(),
                        _ => "\u0000",
                    };
                }
            }

            int last = parts.Length - 1;
            while (last > 0 && parts[last].Length == 0)
            {
                last--;
            }

            return string.Join("｜", parts.Take(last + 1));
        }
    }
}
