using System;
using System.Collections.Generic;
using GovDisclosure.Standard.Generators.Model;

namespace GovDisclosure.Standard.Generators.Json
{
    /// <summary>
    /// One JSON value with its place in the file. Strings hold their decoded text, numbers their
    /// literal text; objects keep their properties in file order.
    /// </summary>
    internal sealed class JsonValue
    {
        private JsonValue(JsonKind kind, SourceSpan span, string? text, IReadOnlyList<JsonProperty> properties, IReadOnlyList<JsonValue> items)
        {
            Kind = kind;
            Span = span;
            Text = text;
            Properties = properties;
            Items = items;
        }

        public JsonKind Kind { get; }

        /// <summary>The whole value, from its first to its last character.</summary>
        public SourceSpan Span { get; }

        /// <summary>The decoded string, or the number's literal text.</summary>
        public string? Text { get; }

        public IReadOnlyList<JsonProperty> Properties { get; }

        public IReadOnlyList<JsonValue> Items { get; }

        /// <summary>Where a diagnostic about the whole value points: the value itself, or just the opening bracket of an object or array.</summary>
        public SourceSpan Anchor { get; private set; }

        public static JsonValue Scalar(JsonKind kind, SourceSpan span, string? text) =>
            new JsonValue(kind, span, text, System.Array.Empty<JsonProperty>(), System.Array.Empty<JsonValue>()) { Anchor = span };

        public static JsonValue NewObject(SourceSpan span, SourceSpan opening, IReadOnlyList<JsonProperty> properties) =>
            new JsonValue(JsonKind.Object, span, null, properties, System.Array.Empty<JsonValue>()) { Anchor = opening };

        public static JsonValue NewArray(SourceSpan span, SourceSpan opening, IReadOnlyList<JsonValue> items) =>
            new JsonValue(JsonKind.Array, span, null, System.Array.Empty<JsonProperty>(), items) { Anchor = opening };

        public JsonProperty? Property(string name)
        {
            foreach (JsonProperty property in Properties)
            {
                if (string.Equals(property.Name, name, StringComparison.Ordinal))
                {
                    return property;
                }
            }

            return null;
        }

        /// <summary>How the kind reads in a message: "a string", "an array", "null".</summary>
        public string DescribeKind() => Kind switch
        {
            JsonKind.Object => "an object",
            JsonKind.Array => "an array",
            JsonKind.String => "a string",
            JsonKind.Number => "a number",
            JsonKind.True or JsonKind.False => "a boolean",
            _ => "null",
        };
    }
}
