using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Schema;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Validation.Binding;
using GovDisclosure.Standard.Validation.CatalogueEntries;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// The former binder, kept in the tests as a deliberate oracle for the single-pass
    /// <see cref="DocumentBinder"/>: the two must give identical findings and documents. It walks the record's JSON against the document's
    /// shape (the source-generated <see cref="JsonTypeInfo"/> metadata), reports every value that does
    /// not fit with its exact pointer, leaves such values out (absent, never guessed), keeps unknown
    /// fields, and deserialises what is left. A blank text (empty or white space) counts as absent,
    /// as in a spreadsheet cell; numbers written as text, and a single value where a list is
    /// expected, are accepted as they are unambiguous, and reported (GD-STR-008) for JSON input.
    /// </summary>
    internal sealed class NodeTreeBinder
    {
        /// <summary>How a value kept as written is parsed again: as the readers read it (a comment or trailing comma inside it is allowed).</summary>
        private static readonly JsonDocumentOptions RawOptions = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

        /// <summary>Per part type, the members without which a value of it is left out (<see cref="FieldPresence.Essential"/> in the field catalogue).</summary>
        private static readonly Dictionary<Type, string[]> RequiredMembers = DocumentShapes.Objects
            .Select(o => (o.Type, Names: o.Fields.Where(f => f.Presence == FieldPresence.Essential).Select(f => f.Name).ToArray()))
            .Where(o => o.Names.Length > 0)
            .ToDictionary(o => o.Type, o => o.Names);

        private static readonly System.Text.RegularExpressions.Regex ItemNumbering = new System.Text.RegularExpressions.Regex(@"^\s*(\d{1,3}\s*[.、．]|[（(]\d{1,3}[)）])\s*", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private readonly Func<string, SourceLocation> locate;
        private readonly ISet<string> enabledRules;
        private readonly List<Finding> findings = new List<Finding>();
        private readonly HashSet<string> reported = new HashSet<string>(StringComparer.Ordinal);

        private NodeTreeBinder(Func<string, SourceLocation> locate, ISet<string> enabledRules)
        {
            this.locate = locate;
            this.enabledRules = enabledRules;
        }

        /// <summary>Binds <paramref name="content"/> as a document of <paramref name="documentType"/>.</summary>
        /// <param name="documentType">A document type of this library.</param>
        /// <param name="content">The record; must be a JSON object.</param>
        /// <param name="locate">Where a pointer is in the source.</param>
        /// <param name="enabledRules">The ids of the rules whose findings are kept.</param>
        public static BindingOutcome Bind(Type documentType, JsonElement content, Func<string, SourceLocation> locate, ISet<string> enabledRules)
        {
            var binder = new NodeTreeBinder(locate, enabledRules);
            JsonTypeInfo typeInfo = CanonicalJson.Options.GetTypeInfo(documentType);
            JsonNode? sanitized = binder.Walk(content, documentType, string.Empty);
            object? document = null;
            if (sanitized is JsonObject)
            {
                try
                {
                    document = sanitized.Deserialize(typeInfo);
                }
                catch (Exception e) when (e is JsonException || e is ArgumentException || e is FormatException || e is InvalidOperationException)
                {
                    binder.Report(RuleDescriptors.UnreadableRecord, string.Empty, "bind", null, true,
                        new FindingArgument("kind", KindName(documentType), documentType.Name),
                        new FindingArgument("reason", e.Message));
                }
            }

            return new BindingOutcome(document, binder.findings, binder.reported);
        }

        private static string KindName(Type documentType) =>
            DocumentShapes.ForType(documentType)?.Kind.ChineseName ?? documentType.Name;

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

        private JsonNode? Walk(JsonElement element, Type declaredType, string pointer)
        {
            if (IsBlank(element))
            {
                return null;
            }

            Type type = Nullable.GetUnderlyingType(declaredType) ?? declaredType;
            JsonNode? scalar;
            if (TryReadScalar(element, type, pointer, out scalar))
            {
                return scalar;
            }

            JsonTypeInfo info = CanonicalJson.Options.GetTypeInfo(type);
            switch (info.Kind)
            {
                case JsonTypeInfoKind.Object:
                    return WalkObject(element, info, pointer);
                case JsonTypeInfoKind.Enumerable:
                    return WalkList(element, info.ElementType ?? typeof(object), pointer);
                default:
                    return JsonNode.Parse(element.GetRawText(), null, RawOptions);
            }
        }

        private JsonNode? WalkObject(JsonElement element, JsonTypeInfo info, string pointer)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                WrongType(pointer, element, "对象（含若干字段）", "an object with fields");
                return null;
            }

            var known = new Dictionary<string, JsonPropertyInfo>(StringComparer.Ordinal);
            bool keepsUnknown = false;
            foreach (JsonPropertyInfo property in info.Properties)
            {
                if (property.IsExtensionData)
                {
                    keepsUnknown = true;
                }
                else
                {
                    known[property.Name] = property;
                }
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (JsonProperty member in element.EnumerateObject())
            {
                counts.TryGetValue(member.Name, out int seen);
                counts[member.Name] = seen + 1;
            }

            var result = new JsonObject();
            foreach (JsonProperty member in element.EnumerateObject())
            {
                string memberPointer = JsonPointer.Append(pointer, member.Name);
                if (counts[member.Name] > 1)
                {
                    if (!result.ContainsKey(member.Name) && !reported.Contains(memberPointer))
                    {
                        Report(RuleDescriptors.DuplicateField, memberPointer, "default", null, true,
                            new FindingArgument("field", member.Name),
                            new FindingArgument("count", Num(counts[member.Name])));
                    }

                    continue;
                }

                if (known.TryGetValue(member.Name, out JsonPropertyInfo? property))
                {
                    JsonNode? value = Walk(member.Value, property.PropertyType, memberPointer);
                    if (value != null)
                    {
                        result[member.Name] = value;
                    }
                }
                else
                {
                    string? suggestion = ClosestName(member.Name, known.Keys);
                    if (suggestion is null)
                    {
                        Report(RuleDescriptors.AdditionalField, memberPointer, "default", Shown(member.Value), false,
                            new FindingArgument("field", member.Name));
                    }
                    else
                    {
                        Report(RuleDescriptors.AdditionalField, memberPointer, "suggestion", Shown(member.Value), false,
                            new FindingArgument("field", member.Name),
                            new FindingArgument("suggestion", suggestion));
                    }

                    if (keepsUnknown)
                    {
                        result[member.Name] = JsonNode.Parse(member.Value.GetRawText(), null, RawOptions);
                    }
                }
            }

            if (RequiredMembers.TryGetValue(info.Type, out string[]? required))
            {
                string[] missing = required.Where(name => !result.ContainsKey(name)).ToArray();
                if (missing.Length > 0)
                {
                    Report(RuleDescriptors.MissingMember, pointer, "default", null, true,
                        new FindingArgument("parts", string.Join("、", missing), string.Join(", ", missing)));
                    return null;
                }
            }

            return result;
        }

        private JsonNode? WalkList(JsonElement element, Type elementType, string pointer)
        {
            var result = new JsonArray();
            if (element.ValueKind == JsonValueKind.String && elementType == typeof(ServiceMaterial))
            {
                foreach (string item in MaterialItems(element.GetString()!))
                {
                    result.Add(new JsonObject { ["name"] = item });
                }

                NonCanonical(pointer, element, "材料列表（[{\"name\": …}, …]，每项一种材料）", "a list of materials ([{\"name\": …}, …], one per item)");
                return result;
            }

            if (element.ValueKind != JsonValueKind.Array)
            {
                JsonNode? single = Walk(element, elementType, pointer);
                if (single != null)
                {
                    result.Add(single);
                    NonCanonical(pointer, element, "列表（[…]）", "a list ([…])");
                }

                return result;
            }

            int index = 0;
            foreach (JsonElement item in element.EnumerateArray())
            {
                JsonNode? value = Walk(item, elementType, JsonPointer.Append(pointer, index));
                if (value != null)
                {
                    result.Add(value);
                }

                index++;
            }

            return result;
        }

        /// <summary>
        /// The items of a material list written as one text, as a spreadsheet cell writes it
        /// ("身份证原件；户口簿；其他相关材料"): one item per line or per ；/;, without its numbering (1. / （1）).
        /// </summary>
        private static IEnumerable<string> MaterialItems(string text) =>
            text.Split(new[] { '\n', '\r', '；', ';' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(item => ItemNumbering.Replace(item, string.Empty, 1).Trim())
                .Where(item => item.Length > 0);

        private bool TryReadScalar(JsonElement element, Type type, string pointer, out JsonNode? node)
        {
            node = null;
            if (type == typeof(string))
            {
                if (element.ValueKind == JsonValueKind.String || element.ValueKind == JsonValueKind.Number)
                {
                    node = JsonValue.Create(Raw(element));
                }
                else
                {
                    WrongType(pointer, element, "文字", "text");
                }

                return true;
            }

            if (type == typeof(int))
            {
                if (TryReadDecimal(element, out decimal number) && decimal.Truncate(number) == number && number >= int.MinValue && number <= int.MaxValue)
                {
                    node = JsonValue.Create((int)number);
                    if (element.ValueKind == JsonValueKind.String)
                    {
                        NonCanonical(pointer, element, "整数（不加引号）", "a whole number (without quotes)");
                    }
                }
                else
                {
                    WrongType(pointer, element, "整数", "a whole number");
                }

                return true;
            }

            if (type == typeof(decimal) || type == typeof(double) || type == typeof(long))
            {
                if (TryReadDecimal(element, out decimal number) && (type != typeof(long) || decimal.Truncate(number) == number))
                {
                    node = JsonValue.Create(number);
                    if (element.ValueKind == JsonValueKind.String)
                    {
                        NonCanonical(pointer, element, "数字（不加引号）", "a number (without quotes)");
                    }
                }
                else
                {
                    WrongType(pointer, element, "数字", "a number");
                }

                return true;
            }

            if (type == typeof(ReportAmount) && element.ValueKind != JsonValueKind.Object)
            {
                ReadAmount(element, pointer, out node);
                return true;
            }

            if (type == typeof(bool))
            {
                bool? flag = ReadBoolean(element);
                if (flag.HasValue)
                {
                    node = JsonValue.Create(flag.Value);
                    if (element.ValueKind != JsonValueKind.True && element.ValueKind != JsonValueKind.False)
                    {
                        NonCanonical(pointer, element, "布尔值 true 或 false", "true or false");
                    }
                }
                else
                {
                    WrongType(pointer, element, "是或否（true / false）", "true or false");
                }

                return true;
            }

            if (type == typeof(CalendarDate))
            {
                string text = Raw(element);
                if ((element.ValueKind == JsonValueKind.String || element.ValueKind == JsonValueKind.Number) && CalendarDate.TryParse(text, out CalendarDate date))
                {
                    node = JsonValue.Create(date.ToString());
                }
                else if (element.ValueKind == JsonValueKind.String || element.ValueKind == JsonValueKind.Number)
                {
                    Report(RuleDescriptors.UnreadableDate, pointer, "default", text, true, new FindingArgument("value", text));
                }
                else
                {
                    WrongType(pointer, element, "日期文字（yyyy-MM-dd）", "a date as text (yyyy-MM-dd)");
                }

                return true;
            }

            if (type == typeof(DisclosureTimeLimit))
            {
                if (element.ValueKind == JsonValueKind.String)
                {
                    node = JsonValue.Create(element.GetString());
                }
                else
                {
                    WrongType(pointer, element, "文字（公开时限的原文）", "text (the time limit as written)");
                }

                return true;
            }

            if (type == typeof(PublicationChannel))
            {
                ReadChannel(element, pointer, out node);
                return true;
            }

            if (type == typeof(DisclosureCategory) && element.ValueKind == JsonValueKind.Number)
            {
                if (element.TryGetInt32(out int number) && number >= 1 && number <= 15)
                {
                    node = JsonValue.Create(number);
                }
                else
                {
                    Report(RuleDescriptors.UnknownCode, pointer, "articleItem", Raw(element), true, new FindingArgument("value", Raw(element)));
                }

                return true;
            }

            CodelistReader? codelist = CodelistReader.For(type);
            if (codelist != null)
            {
                ReadCode(element, pointer, codelist, type == typeof(DisclosureCategory), out node);
                return true;
            }

            return false;
        }

        private void ReadCode(JsonElement element, string pointer, CodelistReader codelist, bool writeNumber, out JsonNode? node)
        {
            node = null;
            if (element.ValueKind != JsonValueKind.String)
            {
                WrongType(pointer, element, codelist.ChineseName + "的代码或名称（文字）", "the code or name of a " + codelist.EnglishName + " (text)");
                return;
            }

            string text = element.GetString()!;
            CodelistEntry? value = codelist.Parse(text);
            if (value != null)
            {
                node = writeNumber ? JsonValue.Create(value.Number) : JsonValue.Create(value.Code);
                return;
            }

            CodelistEntry? closest = codelist.Closest(text);
            string allowedZh = string.Join("、", codelist.Values.Take(8).Select(v => v.ChineseName)) + (codelist.Values.Count > 8 ? "等" : string.Empty);
            string allowedEn = string.Join(", ", codelist.Values.Take(8).Select(v => v.Code)) + (codelist.Values.Count > 8 ? ", …" : string.Empty);
            var name = new FindingArgument("codelist", codelist.ChineseName, codelist.EnglishName);
            if (closest is null)
            {
                Report(RuleDescriptors.UnknownCode, pointer, "knownValues", text, true,
                    new FindingArgument("value", text), name, new FindingArgument("allowed", allowedZh, allowedEn));
            }
            else
            {
                Report(RuleDescriptors.UnknownCode, pointer, "suggestion", text, true,
                    new FindingArgument("value", text), name,
                    new FindingArgument("closest", closest.ChineseName, closest.EnglishName + ", " + closest.ChineseName),
                    new FindingArgument("code", closest.Code));
            }
        }

        /// <summary>An amount written as a number or as text ("251000元", "25.1万元") becomes its object form; the unit is the one written, never assumed.</summary>
        private void ReadAmount(JsonElement element, string pointer, out JsonNode? node)
        {
            node = null;
            if ((element.ValueKind == JsonValueKind.Number || element.ValueKind == JsonValueKind.String) && ReportAmount.TryParse(Raw(element), out ReportAmount? amount))
            {
                node = JsonSerializer.SerializeToNode(amount!, CanonicalJson.Options.GetTypeInfo(typeof(ReportAmount)));
                NonCanonical(pointer, element, "金额对象（amount、unit、text）", "an amount object (amount, unit, text)");
                return;
            }

            WrongType(pointer, element, "金额（数字，可带单位，如 251000元、25.1万元）", "an amount (a number, with its unit if written, e.g. 251000元 or 25.1万元)");
        }

        private void ReadChannel(JsonElement element, string pointer, out JsonNode? node)
        {
            node = null;
            if (element.ValueKind != JsonValueKind.String)
            {
                WrongType(pointer, element, "公开渠道的代码或名称（文字）", "a channel's code or name (text)");
                return;
            }

            string text = element.GetString()!;
            if (PublicationChannel.TryParse(text, out PublicationChannel? channel))
            {
                node = JsonValue.Create(channel!.ToString());
                return;
            }

            bool bareOther = DisclosureChannel.Closest(text) == DisclosureChannel.Other && PublicationChannel.Suggest(text) is null;
            PublicationChannel? closest = PublicationChannel.Suggest(text);
            var value = new FindingArgument("value", text);
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
        }

        private static bool TryReadDecimal(JsonElement element, out decimal number)
        {
            number = 0;
            if (element.ValueKind == JsonValueKind.Number)
            {
                return element.TryGetDecimal(out number);
            }

            if (element.ValueKind == JsonValueKind.String)
            {
                string folded = ChineseText.Fold(element.GetString());
                return decimal.TryParse(folded, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out number);
            }

            return false;
        }

        private static bool? ReadBoolean(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                case JsonValueKind.String:
                    switch (ChineseText.Fold(element.GetString()))
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

        private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

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

        private void WrongType(string pointer, JsonElement element, string expectedZh, string expectedEn)
        {
            string shown = Shown(element) ?? Raw(element);
            string[] found = Describe(element.ValueKind).Split('/');
            Report(RuleDescriptors.WrongType, pointer, "default", shown, true,
                new FindingArgument("expected", expectedZh, expectedEn),
                new FindingArgument("found", found[0].Trim(), found[found.Length - 1].Trim()),
                new FindingArgument("value", shown));
        }

        private void NonCanonical(string pointer, JsonElement element, string expectedZh, string expectedEn)
        {
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
                reported.Add(pointer);
            }

            if (enabledRules.Contains(rule.Id))
            {
                findings.Add(new Finding(rule.Id, rule.Severity, rule.Category, locate(pointer), rule.Message(messageId), arguments) { Value = value });
            }
        }
    }
}
