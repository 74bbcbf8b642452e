using System;
using System.Collections.Generic;
using System.Text.Json;
using JsonPointer = GovDisclosure.Standard.JsonPointer;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Where each member and array item of one JSON record starts, at every depth, by JSON pointer:
    /// the readers turn the offsets into line and column so that a finding about
    /// <c>/applications/newlyReceived/total</c> points at that member, not at <c>"applications"</c>.
    /// </summary>
    internal static class JsonMemberOffsets
    {
        /// <summary>
        /// The JSON pointer and byte offset of every member (its name) and array item (its first token)
        /// of <paramref name="json"/>, in document order; a pointer seen twice (a repeated member) keeps its first offset.
        /// </summary>
        /// <param name="json">One complete JSON value, in UTF-8.</param>
        /// <param name="options">The reader options the record was read with.</param>
        public static List<KeyValuePair<string, int>> Of(ReadOnlySpan<byte> json, JsonReaderOptions options)
        {
            var found = new List<KeyValuePair<string, int>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var containers = new List<Container>();
            string? member = null;
            var reader = new Utf8JsonReader(json, true, new JsonReaderState(options));
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.Comment:
                    case JsonTokenType.None:
                        continue;
                    case JsonTokenType.PropertyName:
                        member = JsonPointer.Append(containers[containers.Count - 1].Pointer, reader.GetString()!);
                        Add(found, seen, member, (int)reader.TokenStartIndex);
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        containers.RemoveAt(containers.Count - 1);
                        continue;
                }

                string pointer;
                if (containers.Count == 0)
                {
                    pointer = string.Empty;
                }
                else if (containers[containers.Count - 1].IsArray)
                {
                    Container array = containers[containers.Count - 1];
                    pointer = JsonPointer.Append(array.Pointer, array.NextIndex++);
                    Add(found, seen, pointer, (int)reader.TokenStartIndex);
                }
                else
                {
                    pointer = member ?? string.Empty;
                }

                if (reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray)
                {
                    containers.Add(new Container(pointer, reader.TokenType == JsonTokenType.StartArray));
                }
            }

            return found;
        }

        private static void Add(List<KeyValuePair<string, int>> found, HashSet<string> seen, string pointer, int offset)
        {
            if (seen.Add(pointer))
            {
                found.Add(new KeyValuePair<string, int>(pointer, offset));
            }
        }

        private sealed class Container
        {
            public Container(string pointer, bool isArray)
            {
                Pointer = pointer;
                IsArray = isArray;
            }

            public string Pointer { get; }

            public bool IsArray { get; }

            public int NextIndex { get; set; }
        }
    }
}
