using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace GovDisclosure.Standard.Review
{
    /// <summary>JSON helpers of the review: deep equality, display text, pointers, property lookup.</summary>
    internal static class JsonValues
    {
        /// <summary>Equal JSON values; object members compare regardless of order, numbers by value.</summary>
        public static bool Equal(JsonElement left, JsonElement right)
        {
            if (left.ValueKind != right.ValueKind)
            {
                return false;
            }

            switch (left.ValueKind)
            {
                case JsonValueKind.Object:
                    var l = left.EnumerateObject().ToList();
                    var r = right.EnumerateObject().ToList();
                    return l.Count == r.Count && l.All(p => right.TryGetProperty(p.Name, out JsonElement other) && Equal(p.Value, other));
                case JsonValueKind.Array:
                    return left.GetArrayLength() == right.GetArrayLength()
                        && left.EnumerateArray().Zip(right.EnumerateArray(), Equal).All(same => same);
                case JsonValueKind.String:
                    return left.GetString() == right.GetString();
                case JsonValueKind.Number:
                    return left.TryGetDecimal(out decimal a) && right.TryGetDecimal(out decimal b) ? a == b : left.GetRawText() == right.GetRawText();
                default:
                    return true;
            }
        }

        /// <summary>A value as shown in a change: a string's own text, anything else as JSON.</summary>
        public static string Show(JsonElement value) =>
            value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

        /// <summary>The value of a property, or <c>null</c> when absent.</summary>
        public static JsonElement? Property(JsonElement obj, string name) =>
            obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement value) ? value : (JsonElement?)null;

        /// <summary>A string property, or <c>null</c> when absent or not a string.</summary>
        public static string? String(JsonElement obj, string name)
        {
            JsonElement? value = Property(obj, name);
            return value.HasValue && value.Value.ValueKind == JsonValueKind.String ? value.Value.GetString() : null;
        }

        /// <summary>The items of an array property as display texts; empty when absent.</summary>
        public static IReadOnlyList<string> Strings(JsonElement obj, string name)
        {
            JsonElement? value = Property(obj, name);
            return value.HasValue && value.Value.ValueKind == JsonValueKind.Array
                ? value.Value.EnumerateArray().Select(Show).ToList()
                : (IReadOnlyList<string>)Array.Empty<string>();
        }

        /// <summary>A JSON pointer with one more reference token, escaped as RFC 6901 says (<c>~0</c>, <c>~1</c>).</summary>
        public static string Pointer(string pointer, string token) =>
            pointer + "/" + token.Replace("~", "~0").Replace("/", "~1");
    }
}
