using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Catalogue;

namespace GovDisclosure.Standard.Json
{
    /// <summary>
    /// Writes a <see cref="DisclosureTimeLimit"/> as its verbatim wording; reads the wording and
    /// parses it. Wording the reader does not understand is kept, never rejected.
    /// </summary>
    public sealed class DisclosureTimeLimitJsonConverter : JsonConverter<DisclosureTimeLimit>
    {
        /// <inheritdoc />
        public override DisclosureTimeLimit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"A time limit must be a string, not {reader.TokenType}.");
            }

            return DisclosureTimeLimit.Parse(reader.GetString()!);
        }

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, DisclosureTimeLimit value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
    }
}
