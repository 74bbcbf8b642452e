using System;
using System.Text.Json;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Finds the first member name or string value of a parsed record that cannot be read as text: an escaped lone
    /// surrogate (<c>"\ud800"</c>) is valid JSON but no Unicode string, and every later step (rules, CSV, XLSX) would fail on it.
    /// </summary>
    internal static class JsonStringCheck
    {
        /// <summary>The JSON pointer of the first unreadable string, or <c>null</c> when every string is readable.</summary>
        public static string? FirstUnreadable(JsonElement element, string pointer = "")
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        string name;
                        try
                        {
                            name = property.Name;
                        }
                        catch (InvalidOperationException)
                        {
                            return pointer + "/?";
                        }

                        string? inner = FirstUnreadable(property.Value, JsonPointer.Append(pointer, name));
                        if (inner != null)
                        {
                            return inner;
                        }
                    }

                    return null;
                case JsonValueKind.Array:
                    int index = 0;
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        string? inner = FirstUnreadable(item, JsonPointer.Append(pointer, index++));
                        if (inner != null)
                        {
                            return inner;
                        }
                    }

                    return null;
                case JsonValueKind.String:
                    try
                    {
                        _ = element.GetString();
                        return null;
                    }
                    catch (InvalidOperationException)
                    {
                        return pointer.Length == 0 ? "/" : pointer;
                    }

                default:
                    return null;
            }
        }

        /// <summary>The reason given for a record holding such a string.</summary>
        public static BilingualText Reason(string pointer) => new BilingualText(
            $"{pointer} 处的字符串含有孤立的代理项（如 \\ud800）或无效字符，无法作为文本读取。",
            $"The string at {pointer} holds a lone surrogate (such as \\ud800) or an invalid character and cannot be read as text.");
    }
}
