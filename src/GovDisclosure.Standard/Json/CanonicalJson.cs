using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using GovDisclosure.Standard.Catalogue;

namespace GovDisclosure.Standard.Json
{
    /// <summary>
    /// Canonical JSON for every document kind: camelCase names in declaration order, code-list
    /// values as codes, dates as <c>yyyy-MM-dd</c>, absent values omitted, Chinese text unescaped,
    /// and unknown fields kept. Lists are never absent in the model: a list missing from the input
    /// reads as empty and is written as <c>[]</c>, so the canonical form of a document always has
    /// every list. Reading accepts Chinese names and synonyms for code-list values.
    /// </summary>
    public static class CanonicalJson
    {
        private static readonly Lazy<JsonSerializerOptions> Compact = new Lazy<JsonSerializerOptions>(() => Create(false));
        private static readonly Lazy<JsonSerializerOptions> Indented = new Lazy<JsonSerializerOptions>(() => Create(true));

        /// <summary>The options behind canonical JSON (compact). Their <c>TypeInfoResolver</c> holds the source-generated metadata of every document kind: combine it with your own context (<c>JsonTypeInfoResolver.Combine</c>) to embed documents in your own types.</summary>
        public static JsonSerializerOptions Options => Compact.Value;

        /// <summary>The same options, indented by two spaces, for files people read.</summary>
        public static JsonSerializerOptions IndentedOptions => Indented.Value;

        /// <summary>Writes a document as canonical JSON.</summary>
        /// <typeparam name="T">A document kind, or a list of one.</typeparam>
        /// <param name="document">The document.</param>
        /// <param name="indented">Indent for people to read.</param>
        public static string Serialize<T>(T document, bool indented = false) =>
            JsonSerializer.Serialize(document, TypeInfo<T>(indented));

        /// <summary>Reads a document from JSON.</summary>
        /// <typeparam name="T">A document kind, or a list of one.</typeparam>
        /// <param name="json">The JSON text.</param>
        /// <exception cref="JsonException">The JSON does not fit the schema; the message gives the path, line and position.</exception>
        public static T Deserialize<T>(string json)
        {
            try
            {
                return JsonSerializer.Deserialize(json, TypeInfo<T>(false)) ?? throw new JsonException("The JSON is null.");
            }
            catch (JsonException e)
            {
                throw Located(e);
            }
        }

        /// <summary>Reads a document from a UTF-8 JSON stream.</summary>
        /// <typeparam name="T">A document kind, or a list of one.</typeparam>
        /// <param name="utf8Json">The stream.</param>
        /// <exception cref="JsonException">The JSON does not fit the schema; the message gives the path, line and position.</exception>
        public static T Deserialize<T>(Stream utf8Json)
        {
            try
            {
                return JsonSerializer.Deserialize(utf8Json, TypeInfo<T>(false)) ?? throw new JsonException("The JSON is null.");
            }
            catch (JsonException e)
            {
                throw Located(e);
            }
        }

        /// <summary>Reads a document from a parsed JSON element.</summary>
        /// <typeparam name="T">A document kind, or a list of one.</typeparam>
        /// <param name="element">The element.</param>
        /// <exception cref="JsonException">The JSON does not fit the schema.</exception>
        public static T Deserialize<T>(JsonElement element)
        {
            try
            {
                return element.Deserialize(TypeInfo<T>(false)) ?? throw new JsonException("The JSON is null.");
            }
            catch (JsonException e)
            {
                throw Located(e);
            }
        }

        /// <summary>The source-generated metadata for <typeparamref name="T"/>.</summary>
        /// <typeparam name="T">A document kind, or a list of one.</typeparam>
        /// <param name="indented">Whether writing indents.</param>
        /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a document kind of this library.</exception>
        public static JsonTypeInfo<T> TypeInfo<T>(bool indented = false)
        {
            JsonSerializerOptions options = indented ? IndentedOptions : Options;
            return options.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
                ?? throw new NotSupportedException($"{typeof(T).Name} is not a GovDisclosure.Standard document kind.");
        }

        private static JsonException Located(JsonException e)
        {
            if (e.Path is null || e.Message.Contains(e.Path))
            {
                return e;
            }

            string where = e.LineNumber is long line
                ? $" (at {e.Path}, line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1})"
                : $" (at {e.Path})";
            return new JsonException(e.Message + where, e.Path, e.LineNumber, e.BytePositionInLine, e);
        }

        private static JsonSerializerOptions Create(bool indented)
        {
            var options = new JsonSerializerOptions(GovDisclosureJsonContext.Default.Options)
            {
                WriteIndented = indented,
                Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
                TypeInfoResolver = GovDisclosureJsonContext.Default,
            };
            options.MakeReadOnly();
            return options;
        }

        /// <summary>
        /// Reads a catalogue definition file (<c>*.catalog.json</c>). Each entry without a domain of its own gets the file's domain.
        /// </summary>
        /// <param name="utf8Json">The file's content.</param>
        /// <returns>The definition.</returns>
        /// <exception cref="JsonException">The file is not a catalogue definition; the message gives the path, line and position.</exception>
        public static CatalogueDefinition ReadCatalogue(Stream utf8Json) =>
            Deserialize<CatalogueDefinition>(utf8Json).WithEntryDomains();

        /// <summary>Reads a catalogue definition file from disk.</summary>
        /// <param name="path">The file's path.</param>
        /// <returns>The definition.</returns>
        /// <exception cref="JsonException">The file is not a catalogue definition; the message names the file and place.</exception>
        public static CatalogueDefinition ReadCatalogueFile(string path)
        {
            using FileStream stream = File.OpenRead(path);
            try
            {
                return ReadCatalogue(stream);
            }
            catch (JsonException e)
            {
                throw new JsonException(path + ": " + e.Message, e.Path, e.LineNumber, e.BytePositionInLine, e);
            }
        }
    }
}
