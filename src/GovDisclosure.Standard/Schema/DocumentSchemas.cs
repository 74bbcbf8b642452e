using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Codelists;
using GovDisclosure.Standard.Directories;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.DisclosureGuides;
using GovDisclosure.Standard.Enforcement;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Schema
{
    /// <summary>
    /// The JSON Schemas (draft 2020-12) of every document kind's canonical JSON, generated from the
    /// model: property names and order, types, code lists as enums, fields the standard requires,
    /// and descriptions from the XML documentation. The checked-in copies under
    /// <c>catalog/schema/</c> are kept equal to these by a test.
    /// </summary>
    public static class DocumentSchemas
    {
        /// <summary>The JSON Schema dialect every schema declares.</summary>
        public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

        private static readonly JsonSerializerOptions WriteOptions = new JsonSerializerOptions
        {
            WriteIndented = true,

            // The schemas are files, never embedded in HTML: keep Chinese and quotes readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        /// <summary>The file name of a kind's schema, e.g. <c>catalogueEntry.schema.json</c>.</summary>
        /// <param name="kind">A document kind.</param>
        public static string FileName(DocumentKind kind) => kind.Code + ".schema.json";

        /// <summary>The schema of one document kind.</summary>
        /// <param name="kind">A document kind.</param>
        public static JsonObject For(DocumentKind kind)
        {
            Type model = DocumentShapes.For(kind).Type;
            var documentation = XmlDocumentation.For(typeof(DocumentSchemas).Assembly);
            var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
            JsonObject body = ObjectSchema(model, documentation, definitions);

            var schema = new JsonObject
            {
                ["$schema"] = Dialect,
                ["$id"] = FileName(kind),
                ["title"] = kind.ChineseName + " (" + kind.EnglishName + ")",
            };
            foreach (KeyValuePair<string, JsonNode?> pair in body.ToList())
            {
                body.Remove(pair.Key);
                schema[pair.Key] = pair.Value;
            }

            if (definitions.Count > 0)
            {
                var defs = new JsonObject();
                foreach (KeyValuePair<string, JsonNode> pair in definitions)
                {
                    defs[pair.Key] = pair.Value;
                }

                schema["$defs"] = defs;
            }

            return schema;
        }

        /// <summary>The schema of one document kind as indented JSON text, as checked in under <c>catalog/schema/</c>.</summary>
        /// <param name="kind">A document kind.</param>
        public static string ToJson(DocumentKind kind) => For(kind).ToJsonString(WriteOptions) + "\n";

        /// <summary>
        /// The public instance properties of <paramref name="type"/> in the order they are declared, a base type's before its
        /// derived type's (by the order reflection lists each type's own, not by metadata tokens, which a program compiled
        /// ahead of time does not have).
        /// </summary>
        private static IEnumerable<PropertyInfo> InDeclaredOrder(Type type)
        {
            // Each type's own, the derived type's first so that a property it redeclares is its own; then base types first.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var byType = new List<List<PropertyInfo>>();
            for (Type? t = type; t != null && t != typeof(object); t = t.BaseType)
            {
                byType.Add(t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(p => seen.Add(p.Name)).ToList());
            }

            byType.Reverse();
            return byType.SelectMany(own => own);
        }

        private static JsonObject ObjectSchema(Type type, XmlDocumentation documentation, IDictionary<string, JsonNode> definitions)
        {
            ObjectShape? shape = DocumentShapes.Of(type);
            var properties = new JsonObject();
            var required = new JsonArray();
            var exemptions = new List<JsonObject>();
            bool open = false;
            foreach (PropertyInfo property in InDeclaredOrder(type))
            {
                if (property.GetCustomAttribute<JsonExtensionDataAttribute>() != null)
                {
                    open = true;
                    continue;
                }

                if (property.GetCustomAttribute<JsonIgnoreAttribute>() != null || property.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                string name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                FieldShape? field = shape?.Field(name);
                JsonObject propertySchema = TypeSchema(property.PropertyType, documentation, definitions);
                string? description = documentation.OfProperty(property);
                if (propertySchema.ContainsKey("$ref") && (field != null || description != null))
                {
                    propertySchema = new JsonObject { ["allOf"] = new JsonArray(propertySchema) };
                }

                Annotate(propertySchema, field?.ToString(), description);
                properties[name] = propertySchema;
                if (field is { IsRequired: true, ExemptWhenFalse: null })
                {
                    // A node made by its non-generic maker: the generic Add<T> asks the serializer's reflection, which a
                    // native program does not have.
                    required.Add(JsonValue.Create(name));
                }
                else if (field is { IsRequired: true })
                {
                    // Required unless a yes/no field says false (收费标准 of a free service).
                    exemptions.Add(new JsonObject
                    {
                        ["anyOf"] = new JsonArray(
                            new JsonObject { ["required"] = new JsonArray(name) },
                            new JsonObject
                            {
                                ["required"] = new JsonArray(field.ExemptWhenFalse),
                                ["properties"] = new JsonObject { [field.ExemptWhenFalse!] = new JsonObject { ["const"] = false } },
                            }),
                    });
                }
            }

            var schema = new JsonObject { ["type"] = "object" };
            string? typeDescription = documentation.OfType(type);
            if (typeDescription != null)
            {
                schema["description"] = typeDescription;
            }

            schema["properties"] = properties;
            if (required.Count > 0)
            {
                schema["required"] = required;
            }

            if (exemptions.Count == 1)
            {
                foreach (KeyValuePair<string, JsonNode?> pair in exemptions[0].ToList())
                {
                    exemptions[0].Remove(pair.Key);
                    schema[pair.Key] = pair.Value;
                }
            }
            else if (exemptions.Count > 1)
            {
                schema["allOf"] = new JsonArray(exemptions.ToArray());
            }

            schema["additionalProperties"] = open;
            return schema;
        }

        /// <summary>Adds the field's title and description: after the type, or before the <c>allOf</c> that wraps a reference.</summary>
        private static void Annotate(JsonObject schema, string? title, string? description)
        {
            JsonNode? wrapped = schema["allOf"];
            schema.Remove("allOf");
            if (title != null)
            {
                schema["title"] = title;
            }

            if (description != null)
            {
                schema["description"] = description;
            }

            if (wrapped != null)
            {
                schema["allOf"] = wrapped;
            }
        }

        private static JsonObject TypeSchema(Type type, XmlDocumentation documentation, IDictionary<string, JsonNode> definitions)
        {
            Type underlying = Nullable.GetUnderlyingType(type) ?? type;
            if (underlying == typeof(string))
            {
                return new JsonObject { ["type"] = "string" };
            }

            if (underlying == typeof(int) || underlying == typeof(long))
            {
                return new JsonObject { ["type"] = "integer" };
            }

            if (underlying == typeof(decimal) || underlying == typeof(double))
            {
                return new JsonObject { ["type"] = "number" };
            }

            if (underlying == typeof(bool))
            {
                return new JsonObject { ["type"] = "boolean" };
            }

            if (underlying == typeof(CalendarDate))
            {
                return new JsonObject { ["type"] = "string", ["format"] = "date" };
            }

            if (underlying == typeof(DisclosureTimeLimit))
            {
                return Reference(underlying, definitions, () => new JsonObject
                {
                    ["type"] = "string",
                    ["minLength"] = 1,
                    ["description"] = documentation.OfType(underlying),
                });
            }

            if (underlying == typeof(PublicationChannel))
            {
                return Reference(underlying, definitions, () => new JsonObject
                {
                    ["description"] = documentation.OfType(underlying),
                    ["anyOf"] = new JsonArray(
                        new JsonObject { ["enum"] = Codes(typeof(DisclosureChannel), exclude: DisclosureChannel.Other.Code) },
                        new JsonObject { ["type"] = "string", ["pattern"] = "^other:.+$" }),
                });
            }

            if (underlying == typeof(DisclosureCategory))
            {
                return Reference(underlying, definitions, () => new JsonObject
                {
                    ["description"] = documentation.OfType(underlying),
                    ["type"] = "integer",
                    ["minimum"] = 1,
                    ["maximum"] = 15,
                });
            }

            if (IsCodelist(underlying))
            {
                return Reference(underlying, definitions, () => new JsonObject
                {
                    ["description"] = documentation.OfType(underlying),
                    ["type"] = "string",
                    ["enum"] = Codes(underlying, exclude: null),
                });
            }

            Type? element = ElementType(underlying);
            if (element != null)
            {
                return new JsonObject { ["type"] = "array", ["items"] = TypeSchema(element, documentation, definitions) };
            }

            return Reference(underlying, definitions, () => ObjectSchema(underlying, documentation, definitions));
        }

        private static JsonObject Reference(Type type, IDictionary<string, JsonNode> definitions, Func<JsonObject> build)
        {
            if (!definitions.ContainsKey(type.Name))
            {
                definitions[type.Name] = new JsonObject();
                JsonObject built = build();
                foreach (KeyValuePair<string, JsonNode?> pair in built.Where(p => p.Value is null).ToList())
                {
                    built.Remove(pair.Key);
                }

                definitions[type.Name] = built;
            }

            return new JsonObject { ["$ref"] = "#/$defs/" + type.Name };
        }

        private static bool IsCodelist(Type type)
        {
            for (Type? t = type.BaseType; t != null; t = t.BaseType)
            {
                if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(CodelistValue<>))
                {
                    return true;
                }
            }

            return false;
        }

        private static JsonArray Codes(Type codelist, string? exclude)
        {
            PropertyInfo declared = typeof(CodelistValue<>).MakeGenericType(codelist).GetProperty("Declared", BindingFlags.Public | BindingFlags.Static)!;
            var codes = new JsonArray();
            foreach (object value in (IEnumerable)declared.GetValue(null)!)
            {
                string code = value.ToString()!;
                if (code != exclude)
                {
                    codes.Add(JsonValue.Create(code)); // not the generic Add<T>, as above
                }
            }

            return codes;
        }

        private static Type? ElementType(Type type)
        {
            if (type == typeof(string))
            {
                return null;
            }

            if (type.IsArray)
            {
                return type.GetElementType();
            }

            Type? enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                ? type
                : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
            return enumerable?.GetGenericArguments()[0];
        }
    }
}
