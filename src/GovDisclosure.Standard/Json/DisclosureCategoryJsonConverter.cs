using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Disclosure;

namespace GovDisclosure.Standard.Json
{
    /// <summary>
    /// Writes a <see cref="DisclosureCategory"/> as its Art. 20 number (1–15); reads the number, or
    /// the code or Chinese name as a string.
    /// </summary>
    public sealed class DisclosureCategoryJsonConverter : JsonConverter<DisclosureCategory>
    {
        /// <inheritdoc />
        public override DisclosureCategory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int number) && number >= 1 && number <= 15)
            {
                return DisclosureCategory.FromNumber(number);
            }

            if (reader.TokenType == JsonTokenType.String && DisclosureCategory.TryParse(reader.GetString(), out DisclosureCategory? category))
            {
                return category;
            }

            throw new JsonException("A disclosure category is an Article 20 item number from 1 to 15.");
        }

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, DisclosureCategory value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Number);
    }
}
