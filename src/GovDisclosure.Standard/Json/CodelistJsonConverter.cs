using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Json
{
    /// <summary>
    /// Writes a code-list value as its code; reads its code, Chinese name or a known synonym. An
    /// unknown value fails with a <see cref="JsonException"/> that names the closest known value.
    /// </summary>
    /// <typeparam name="T">The code list.</typeparam>
    public sealed class CodelistJsonConverter<T> : JsonConverter<T>
        where T : CodelistValue<T>
    {
        /// <inheritdoc />
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"A {typeof(T).Name} must be a string code, not {reader.TokenType}.");
            }

            string? text = reader.GetString();
            if (CodelistValue<T>.TryParse(text, out T? value))
            {
                return value;
            }

            T? closest = CodelistValue<T>.Closest(text);
            throw new JsonException($"'{text}' is not a known {typeof(T).Name}." + (closest is null ? string.Empty : $" Did you mean '{closest.Code}' ({closest.ChineseName})?"));
        }

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
    }
}
