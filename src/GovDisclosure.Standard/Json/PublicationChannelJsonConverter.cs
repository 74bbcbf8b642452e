using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Disclosure;

namespace GovDisclosure.Standard.Json
{
    /// <summary>Writes a <see cref="PublicationChannel"/> as its code or <c>other:&lt;name&gt;</c>; reads those and the Chinese names.</summary>
    public sealed class PublicationChannelJsonConverter : JsonConverter<PublicationChannel>
    {
        /// <inheritdoc />
        public override PublicationChannel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"A channel must be a string, not {reader.TokenType}.");
            }

            try
            {
                return PublicationChannel.Parse(reader.GetString()!);
            }
            catch (FormatException e)
            {
                throw new JsonException(e.Message, e);
            }
        }

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, PublicationChannel value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
