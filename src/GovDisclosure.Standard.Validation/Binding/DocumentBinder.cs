using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Schema;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// Binds a raw record to a typed document in one walk. It reads the record's JSON against the
    /// document's shape (a <see cref="BindingPlan"/> per type), reports every value that does not fit
    /// with its exact pointer, leaves such values out (absent, never guessed), keeps unknown fields,
    /// and writes what is left, in canonical form, straight into a reused UTF-8 buffer that the
    /// source-generated metadata then reads into the document. A blank text (empty or white space)
    /// counts as absent, as in a spreadsheet cell; numbers written as text, and a single value where a
    /// list is expected, are accepted as they are unambiguous, and reported (GD-STR-008) for JSON input.
    /// A pointer, and the line and column it stands for, is worked out only when a finding needs it.
    /// </summary>
    internal sealed class DocumentBinder
    {
        /// <summary>A workspace whose buffers grew beyond this is not kept for the next record.</summary>
        private const int KeptCapacity = 1024 * 1024;

        private static readonly Regex ItemNumbering = new Regex(@"^\s*(\d{1,3}\s*[.、．]|[（(]\d{1,3}[)）])\s*", RegexOptions.CultureInvariant);

        [ThreadStatic]
        private static DocumentBinder? cached;

        private readonly List<Segment> path = new List<Segment>();
        private readonly List<(BoundBuffer Buffer, Utf8JsonWriter Writer)> held = new List<(BoundBuffer, Utf8JsonWriter)>();
        private readonly BoundBuffer rootBuffer = new BoundBuffer(4096);
        private readonly Utf8JsonWriter root;
        private Utf8JsonWriter writer;
        private int depth;
        private string[] names = new string[32];
        private int namesUsed;
        private Func<string, SourceLocation> locate = _ => throw new InvalidOperationException("not binding");
        private ISet<string> enabledRules = new HashSet<string>();
        private List<Finding>? findings;
        private HashSet<string>? reported;

        private DocumentBinder()
        {
            root = new Utf8JsonWriter(rootBuffer, WriterOptions);
            writer = root;
        }

        private static JsonWriterOptions WriterOptions => new JsonWriterOptions { Encoder = CanonicalJson.Options.Encoder, SkipValidation = true };

        /// <summary>Binds <paramref name="content"/> as a document of <paramref name="documentType"/>.</summary>
        /// <param name="documentType">A document type of this library.</param>
        /// <param name="content">The record; must be a JSON object.</param>
        /// <param name="locate">Where a pointer is in the source.</param>
        /// <param name="enabledRules">The ids of the rules whose findings are kept.</param>
        public static BindingOutcome Bind(Type documentType, JsonElement content, Func<string, SourceLocation> locate, ISet<string> enabledRules)
        {
            DocumentBinder binder = cached ?? new DocumentBinder();
            cached = null;
            try
            {
                return binder.Run(documentType, content, locate, enabledRules);
            }
            finally
            {
                if (binder.Reset())
                {
                    cached = binder;
                }
            }
        }

        private BindingOutcome Run(Type documentType, JsonElement content, Func<string, SourceLocation> bindLocate, ISet<string> enabled)
        {
            locate = bindLocate;
            enabledRules = enabled;
            object? document = null;
            if (content.ValueKind == JsonValueKind.Object && Walk(content, BindingPlan.For(documentType), null))
            {
                root.Flush();
                try
                {
                    document = JsonSerializer.Deserialize(rootBuffer.WrittenSpan, CanonicalJson.Options.GetTypeInfo(documentType));
                }
                catch (Exception e) when (e is JsonException || e is ArgumentException || e is FormatException || e is InvalidOperationException)
                {
                    Report(RuleDescriptors.UnreadableRecord, string.Empty, "bind", null, true,
                        new FindingArgument("kind", KindName(documentType), documentType.Name),
                        new FindingArgument("reason", e.Message));
                }
            }

            return new BindingOutcome(document, (IReadOnlyList<Finding>?)findings ?? Array.Empty<Finding>(), (IReadOnlyCollection<string>?)reported ?? Array.Empty<string>());
        }

        /// <summary>Makes the binder ready for the next record; false when it grew too large to keep.</summary>
        private bool Reset()
        {
            bool keep = rootBuffer.Capacity <= KeptCapacity && held.All(h => h.Buffer.Capacity <= KeptCapacity) && names.Length <= 4096;
            root.Reset(rootBuffer);
            rootBuffer.Clear();
            writer = root;
            depth = 0;
            path.Clear();
            Array.Clear(names, 0, namesUsed);
            namesUsed = 0;
            findings = null;
            reported = null;
            locate = _ => throw new InvalidOperationException("not binding");
            return keep;
        }

        private static string KindName(Type documentType) =>
            Shapes.DocumentShapes.ForType(documentType)?.Kind.ChineseName ?? documentType.Name;

        private static string Describe(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Object => "对象 / an object",
            JsonValueKind.Array => "列表 / a list",
            JsonValueKind.String => "文字 / text",
            JsonValueKind.Number => "数字 / a number",
            JsonValueKind.True => "布尔值 / true",
            JsonValueKind.False => "布尔值 / false",
            _ => kind.ToString(),
        };

        private static string Raw(JsonElement element) =>
            element.ValueKind == JsonValueKind.String ? element.GetString() ?? string.Empty : element.GetRawText();

        private static bool IsBlank(JsonElement element) =>
            element.ValueKind == JsonValueKind.Null
            || (element.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(element.GetString()));

        /// <summary>The pointer of the value being read, built from the path only when asked for.</summary>
        private string Pointer()
        {
            string pointer = string.Empty;
            foreach (Segment segment in path)
            {
                pointer = segment.Name is null ? JsonPointer.Append(pointer, segment.Index) : JsonPointer.Append(pointer, segment.Name);
            }

            return pointer;
        }

        private void Name(string? name)
        {
            if (name != null)
            {
                writer.WritePropertyName(name);
            }
        }

        /// <summary>Reads one value and writes it, under <paramref name="name"/> when it is a member; false when it is left out.</summary>
        private bool Walk(JsonElement element, BindingPlan plan, string? name)
        {
            JsonValueKind kind = element.ValueKind;
            string? text = kind == JsonValueKind.String ? element.GetString() : null;
            if (kind == JsonValueKind.Null || (kind == JsonValueKind.String && string.IsNullOrWhiteSpace(text)))
            {
                return false;
            }

            switch (plan.Kind)
            {
                case BindingKind.Text:
                    if (kind == JsonValueKind.String || kind == JsonValueKind.Number)
                    {
                        Name(name);
                        writer.WriteStringValue(text ?? element.GetRawText());
                        return true;
                    }

                    WrongType(element, "文字", "text");
                    return false;
                case BindingKind.WholeNumber:
                    if (TryReadDecimal(element, text, out decimal whole) && decimal.Truncate(whole) == whole && whole >= int.MinValue && whole <= int.MaxValue)
                    {
                        Name(name);
                        writer.WriteNumberValue((int)whole);
                        if (kind == JsonValueKind.String)
                        {
                            NonCanonical(element, "整数（不加引号）", "a whole number (without quotes)");
                        }

                        return true;
                    }

                    WrongType(element, "整数", "a whole number");
                    return false;
                case BindingKind.Number:
                case BindingKind.LongNumber:
                    if (TryReadDecimal(element, text, out decimal number) && (plan.Kind != BindingKind.LongNumber || decimal.Truncate(number) == number))
                    {
                        Name(name);
                        writer.WriteNumberValue(number);
                        if (kind == JsonValueKind.String)
                        {
                            NonCanonical(element, "数字（不加引号）", "a number (without quotes)");
                        }

                        return true;
                    }

                    WrongType(element, "数字", "a number");
                    return false;
                case BindingKind.Amount when kind != JsonValueKind.Object:
                    return ReadAmount(element, name);
                case BindingKind.Boolean:
                    bool? flag = ReadBoolean(kind, text);
                    if (flag.HasValue)
                    {
                        Name(name);
                        writer.WriteBooleanValue(flag.Value);
                        if (kind != JsonValueKind.True && kind != JsonValueKind.False)
                        {
                            NonCanonical(element, "布尔值 true 或 false", "true or false");
                        }

                        return true;
                    }

                    WrongType(element, "是或否（true / false）", "true or false");
                    return false;
                case BindingKind.Date:
                    return ReadDate(element, text, name);
                case BindingKind.TimeLimit:
                    if (kind == JsonValueKind.String)
                    {
                        Name(name);
                        writer.WriteStringValue(text);
                        return true;
                    }

                    WrongType(element, "文字（公开时限的原文）", "text (the time limit as written)");
                    return false;
                case BindingKind.Channel:
                    return ReadChannel(element, text, name);
                case BindingKind.Category when kind == JsonValueKind.Number:
                    if (element.TryGetInt32(out int item) && item >= 1 && item <= 15)
                    {
                        Name(name);
                        writer.WriteNumberValue(item);
                        return true;
                    }

                    string raw = element.GetRawText();
                    Report(RuleDescriptors.UnknownCode, Pointer(), "articleItem", raw, true, new FindingArgument("value", raw));
                    return false;
                case BindingKind.Category:
                case BindingKind.Code:
                    return ReadCode(element, text, plan.Codelist!, plan.Kind == BindingKind.Category, name);
            }

            switch (plan.Structure)
            {
                case BindingKind.Object:
                    return WalkObject(element, plan, name);
                case BindingKind.List:
                    return WalkList(element, text, plan, name);
                default:
                    Name(name);
                    element.WriteTo(writer);
                    return true;
            }
        }

        private bool WalkObject(JsonElement element, BindingPlan plan, string? name)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                WrongType(element, "对象（含若干字段）", "an object with fields");
                return false;
            }

            // The members' names, read once; a name given twice is reported and left out.
            int first = namesUsed;
            foreach (JsonProperty member in element.EnumerateObject())
            {
                if (namesUsed == names.Length)
                {
                    Array.Resize(ref names, names.Length * 2);
                }

                names[namesUsed++] = member.Name;
            }

            int count = namesUsed - first;
            Dictionary<string, int>? counts = Repeated(first, count) ? Counts(first, count) : null;
            string[]? required = plan.Required;
            Span<bool> given = required is null ? Span<bool>.Empty : stackalloc bool[required.Length];
            Utf8JsonWriter parent = writer;
            if (required is null)
            {
                Name(name);
                writer.WriteStartObject();
            }
            else
            {
                writer = Held();
            }

            int index = first;
            foreach (JsonProperty member in element.EnumerateObject())
            {
                string memberName = names[index++];
                path.Add(new Segment(memberName, 0));
                if (counts != null && counts[memberName] > 1)
                {
                    string memberPointer = Pointer();
                    if (reported is null || !reported.Contains(memberPointer))
                    {
                        Report(RuleDescriptors.DuplicateField, memberPointer, "default", null, true,
                            new FindingArgument("field", memberName),
                            new FindingArgument("count", counts[memberName].ToString(CultureInfo.InvariantCulture)));
                    }
                }
                else if (plan.Members.TryGetValue(memberName, out Type? memberType))
                {
                    if (Walk(member.Value, BindingPlan.For(memberType), memberName) && required != null)
                    {
                        int position = Array.IndexOf(required, memberName);
                        if (position >= 0)
                        {
                            given[position] = true;
                        }
                    }
                }
                else
                {
                    Unknown(member, memberName, plan);
                }

                path.RemoveAt(path.Count - 1);
            }

            namesUsed = first;
            if (required is null)
            {
                writer.WriteEndObject();
                return true;
            }

            writer.WriteEndObject();
            writer.Flush();
            BoundBuffer buffer = held[depth - 1].Buffer;
            depth--;
            writer = parent;
            var missing = new List<string>();
            for (int i = 0; i < required.Length; i++)
            {
                if (!given[i])
                {
                    missing.Add(required[i]);
                }
            }

            if (missing.Count > 0)
            {
                Report(RuleDescriptors.MissingMember, Pointer(), "default", null, true,
                    new FindingArgument("parts", string.Join("、", missing), string.Join(", ", missing)));
                return false;
            }

            Name(name);
            writer.WriteRawValue(buffer.WrittenSpan, skipInputValidation: true);
            return true;
        }

        /// <summary>A writer for an object that is left out when it lacks an essential member: it is written aside and copied once it is known to be kept.</summary>
        private Utf8JsonWriter Held()
        {
            if (depth == held.Count)
            {
                var buffer = new BoundBuffer(512);
                held.Add((buffer, new Utf8JsonWriter(buffer, WriterOptions)));
            }

            (BoundBuffer Buffer, Utf8JsonWriter Writer) slot = held[depth++];
            slot.Buffer.Clear();
            slot.Writer.Reset(slot.Buffer);
            slot.Writer.WriteStartObject();
            return slot.Writer;
        }

        private bool Repeated(int first, int count)
        {
            if (count > 16)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (int i = first; i < first + count; i++)
                {
                    if (!seen.Add(names[i]))
                    {
                        return true;
                    }
                }

                return false;
            }

            for (int i = first + 1; i < first + count; i++)
            {
                for (int j = first; j < i; j++)
                {
                    if (string.Equals(names[i], names[j], StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private Dictionary<string, int> Counts(int first, int count)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = first; i < first + count; i++)
            {
                counts.TryGetValue(names[i], out int seen);
                counts[names[i]] = seen + 1;
            }

            return counts;
        }

        private void Unknown(JsonProperty member, string memberName, BindingPlan plan)
        {
            string memberPointer = Pointer();
            string? suggestion = ClosestName(memberName, plan.Members.Keys);
            if (suggestion is null)
            {
                Report(RuleDescriptors.AdditionalField, memberPointer, "default", Shown(member.Value), false,
                    new FindingArgument("field", memberName));
            }
            else
            {
                Report(RuleDescriptors.AdditionalField, memberPointer, "suggestion", Shown(member.Value), false,
                    new FindingArgument("field", memberName),
                    new FindingArgument("suggestion", suggestion));
            }

            if (plan.KeepsUnknown)
            {
                writer.WritePropertyName(memberName);
                member.Value.WriteTo(writer);
            }
        }

        private bool WalkList(JsonElement element, string? text, BindingPlan plan, string? name)
        {
            if (element.ValueKind == JsonValueKind.String && plan.ItemType == typeof(ServiceMaterial))
            {
                Name(name);
                writer.WriteStartArray();
                foreach (string item in MaterialItems(text!))
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", item);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                NonCanonical(element, "材料列表（[{\"name\": …}, …]，每项一种材料）", "a list of materials ([{\"name\": …}, …], one per item)");
                return true;
            }

            BindingPlan itemPlan = BindingPlan.For(plan.ItemType);
            Name(name);
            writer.WriteStartArray();
            if (element.ValueKind != JsonValueKind.Array)
            {
                if (Walk(element, itemPlan, null))
                {
                    NonCanonical(element, "列表（[…]）", "a list ([…])");
                }

                writer.WriteEndArray();
                return true;
            }

            int index = 0;
            foreach (JsonElement item in element.EnumerateArray())
            {
                path.Add(new Segment(null, index));
                Walk(item, itemPlan, null);
                path.RemoveAt(path.Count - 1);
                index++;
            }

            writer.WriteEndArray();
            return true;
        }

        /// <summary>
        /// The items of a material list written as one text, as a spreadsheet cell writes it
        /// ("身份证原件；户口簿；其他相关材料"): one item per line or per ；/;, without its numbering (1. / （1）).
        /// </summary>
        private static IEnumerable<string> MaterialItems(string text) =>
            text.Split(new[] { '\n', '\r', '；', ';' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(item => ItemNumbering.Replace(item, string.Empty, 1).Trim())
                .Where(item => item.Length > 0);

        private bool ReadDate(JsonElement element, string? text, string? name)
        {
            if (element.ValueKind == JsonValueKind.String || element.ValueKind == JsonValueKind.Number)
            {
                string written = text ?? element.GetRawText();
                if (CalendarDate.TryParse(written, out CalendarDate date))
                {
                    Name(name);
                    writer.WriteStringValue(date.ToString());
                    return true;
                }

                Report(RuleDescriptors.UnreadableDate, Pointer(), "default", written, true, new FindingArgument("value", written));
                return false;
            }

            WrongType(element, "日期文字（yyyy-MM-dd）", "a date as text (yyyy-MM-dd)");
            return false;
        }

        private bool ReadCode(JsonElement element, string? text, CodelistReader codelist, bool writeNumber, string? name)
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                WrongType(element, codelist.ChineseName + "的代码或名称（文字）", "the code or name of a " + codelist.EnglishName + " (text)");
                return false;
            }

            CodelistEntry? value = codelist.Parse(text!);
            if (value != null)
            {
                Name(name);
                if (writeNumber)
                {
                    writer.WriteNumberValue(value.Number);
                }
                else
                {
                    writer.WriteStringValue(value.Code);
                }

                return true;
            }

            CodelistEntry? closest = codelist.Closest(text!);
            string allowedZh = string.Join("、", codelist.Values.Take(8).Select(v => v.ChineseName)) + (codelist.Values.Count > 8 ? "等" : string.Empty);
            string allowedEn = string.Join(", ", codelist.Values.Take(8).Select(v => v.Code)) + (codelist.Values.Count > 8 ? ", …" : string.Empty);
            var list = new FindingArgument("codelist", codelist.ChineseName, codelist.EnglishName);
            if (closest is null)
            {
                Report(RuleDescriptors.UnknownCode, Pointer(), "knownValues", text, true,
                    new FindingArgument("value", text!), list, new FindingArgument("allowed", allowedZh, allowedEn));
            }
            else
            {
                Report(RuleDescriptors.UnknownCode, Pointer(), "suggestion", text, true,
                    new FindingArgument("value", text!), list,
                    new FindingArgument("closest", closest.ChineseName, closest.EnglishName + ", " + closest.ChineseName),
                    new FindingArgument("code", closest.Code));
            }

            return false;
        }

        /// <summary>An amount written as a number or as text ("251000元", "25.1万元") becomes its object form; the unit is the one written, never assumed.</summary>
        private bool ReadAmount(JsonElement element, string? name)
        {
            if ((element.ValueKind == JsonValueKind.Number || element.ValueKind == JsonValueKind.String) && ReportAmount.TryParse(Raw(element), out ReportAmount? amount))
            {
                Name(name);
                JsonSerializer.Serialize(writer, amount!, (JsonTypeInfo<ReportAmount>)CanonicalJson.Options.GetTypeInfo(typeof(ReportAmount)));
                NonCanonical(element, "金额对象（amount、unit、text）", "an amount object (amount, unit, text)");
                return true;
            }

            WrongType(element, "金额（数字，可带单位，如 251000元、25.1万元）", "an amount (a number, with its unit if written, e.g. 251000元 or 25.1万元)");
            return false;
        }

        private bool ReadChannel(JsonElement element, string? text, string? name)
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                WrongType(element, "公开渠道的代码或名称（文字）", "a channel's code or name (text)");
                return false;
            }

            if (PublicationChannel.TryParse(text!, out PublicationChannel? channel))
            {
                Name(name);
                writer.WriteStringValue(channel!.ToString());
                return true;
            }

            bool bareOther = DisclosureChannel.Closest(text!) == DisclosureChannel.Other && PublicationChannel.Suggest(text!) is null;
            PublicationChannel? closest = PublicationChannel.Suggest(text!);
            var value = new FindingArgument("value", text!);
            string pointer = Pointer();
            if (bareOther)
            {
                Report(RuleDescriptors.UnknownChannel, pointer, "otherWithoutName", text, true, value);
            }
            else if (closest is null)
            {
                Report(RuleDescriptors.UnknownChannel, pointer, "unknown", text, true, value);
            }
            else if (closest.OtherName is null)
            {
                Report(RuleDescriptors.UnknownChannel, pointer, "suggestion", text, true, value,
                    new FindingArgument("closest", closest.ChineseName, closest.Channel.EnglishName + ", " + closest.ChineseName),
                    new FindingArgument("code", closest.ToString()));
            }
            else
            {
                Report(RuleDescriptors.UnknownChannel, pointer, "otherSuggestion", text, true, value,
                    new FindingArgument("name", closest.OtherName),
                    new FindingArgument("code", closest.ToString()));
            }

            return false;
        }

        private static bool TryReadDecimal(JsonElement element, string? text, out decimal number)
        {
            number = 0;
            if (element.ValueKind == JsonValueKind.Number)
            {
                return element.TryGetDecimal(out number);
            }

            if (element.ValueKind == JsonValueKind.String)
            {
                string folded = ChineseText.Fold(text);
                return decimal.TryParse(folded, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out number);
            }

            return false;
        }

        private static bool? ReadBoolean(JsonValueKind kind, string? text)
        {
            switch (kind)
            {
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                case JsonValueKind.String:
                    switch (ChineseText.Fold(text))
                    {
                        case "true":
                        case "是":
                        case "yes":
                            return true;
                        case "false":
                        case "否":
                        case "no":
                            return false;
                        default:
                            return null;
                    }

                default:
                    return null;
            }
        }

        private static string? ClosestName(string name, IEnumerable<string> candidates)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (string candidate in candidates)
            {
                int distance = ChineseText.EditDistance(name, candidate);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = candidate;
                }
            }

            return best != null && bestDistance <= Math.Max(1, name.Length / 3) ? best : null;
        }

        /// <summary>A value as a finding shows it: text as written, anything else as JSON, cut at 60 characters; <c>null</c> for a blank value.</summary>
        private static string? Shown(JsonElement element)
        {
            if (IsBlank(element))
            {
                return null;
            }

            string raw = Raw(element);
            return raw.Length > 60 ? raw.Substring(0, 60) + "…" : raw;
        }

        private void WrongType(JsonElement element, string expectedZh, string expectedEn)
        {
            string shown = Shown(element) ?? Raw(element);
            string[] found = Describe(element.ValueKind).Split('/');
            Report(RuleDescriptors.WrongType, Pointer(), "default", shown, true,
                new FindingArgument("expected", expectedZh, expectedEn),
                new FindingArgument("found", found[0].Trim(), found[found.Length - 1].Trim()),
                new FindingArgument("value", shown));
        }

        private void NonCanonical(JsonElement element, string expectedZh, string expectedEn)
        {
            string pointer = Pointer();
            SourceLocation where = locate(pointer);
            if (where.Sheet != null || where.Cell != null)
            {
                return;
            }

            string shown = Shown(element) ?? Raw(element);
            Report(RuleDescriptors.NonCanonicalForm, pointer, "default", shown, false,
                new FindingArgument("expected", expectedZh, expectedEn),
                new FindingArgument("value", shown));
        }

        private void Report(RuleDescriptor rule, string pointer, string messageId, string? value, bool markReported, params FindingArgument[] arguments)
        {
            if (markReported)
            {
                (reported ??= new HashSet<string>(StringComparer.Ordinal)).Add(pointer);
            }

            if (enabledRules.Contains(rule.Id))
            {
                (findings ??= new List<Finding>()).Add(new Finding(rule.Id, rule.Severity, rule.Category, locate(pointer), rule.Message(messageId), arguments) { Value = value });
            }
        }

        /// <summary>One step of the path to the value being read: a member's name, or (when the name is <c>null</c>) a list item's index.</summary>
        private readonly struct Segment
        {
            public Segment(string? name, int index)
            {
                Name = name;
                Index = index;
            }

            public string? Name { get; }

            public int Index { get; }
        }
    }
}
