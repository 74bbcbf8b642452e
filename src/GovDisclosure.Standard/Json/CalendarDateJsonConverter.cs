using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Json
{
    /// <summary>Writes a <see cref="CalendarDate"/> as <c>yyyy-MM-dd</c>; reads the forms <see cref="CalendarDate.TryParse"/> accepts.</summary>
    public sealed class CalendarDateJsonConverter : JsonConverter<CalendarDate>
    {
        /// <inheritdoc />
        public override CalendarDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && CalendarDate.TryParse(reader.GetString(), out CalendarDate date))
            {
                return date;
            }

            throw new JsonException("A date must be a string in the form yyyy-MM-dd.");
        }

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, CalendarDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
