using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Generators.Diagnostics;
using GovDisclosure.Standard.Generators.Json;
using GovDisclosure.Standard.Generators.Model;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Generators.Reading
{
    /// <summary>
    /// Reads the fields of one JSON object of the catalogue format, reporting each problem (missing,
    /// empty, wrong kind, unknown field) as a diagnostic at its place in the file.
    /// </summary>
    internal sealed class ObjectReader
    {
        private readonly string filePath;
        private readonly JsonValue value;
        private readonly string context;
        private readonly List<DiagnosticInfo> diagnostics;

        public ObjectReader(string filePath, JsonValue value, string context, List<DiagnosticInfo> diagnostics)
        {
            this.filePath = filePath;
            this.value = value;
            this.context = context;
            this.diagnostics = diagnostics;
        }

        public JsonValue Value => value;

        /// <summary>Reports every field not in <paramref name="known"/> (a warning: the field is ignored).</summary>
        public void WarnAboutUnknownFields(params string[] known)
        {
            foreach (JsonProperty property in value.Properties)
            {
                if (System.Array.IndexOf(known, property.Name) >= 0)
                {
                    continue;
                }

                string? closest = ClosestSpelling.Among(property.Name, known, k => new[] { k });
                string advice = closest is null ? "known fields are " + string.Join(", ", known) : $"did you mean '{closest}'?";
                Report(GeneratorDiagnostics.UnknownField, property.NameSpan, context, property.Name, advice);
            }
        }

        public string? RequiredString(string name) => String(name, required: true);

        public string? OptionalString(string name) => String(name, required: false);

        public bool? OptionalBool(string name)
        {
            JsonProperty? property = value.Property(name);
            if (property is null || property.Value.Kind == JsonKind.Null)
            {
                return null;
            }

            if (property.Value.Kind == JsonKind.True)
            {
                return true;
            }

            if (property.Value.Kind == JsonKind.False)
            {
                return false;
            }

            WrongKind(name, property.Value, "true or false");
            return null;
        }

        public int? RequiredInteger(string name)
        {
            JsonProperty? property = value.Property(name);
            if (property is null || property.Value.Kind == JsonKind.Null)
            {
                Missing(name, property);
                return null;
            }

            return Integer(name, property.Value);
        }

        public int? Integer(string name, JsonValue item)
        {
            if (item.Kind != JsonKind.Number || !int.TryParse(item.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int number))
            {
                WrongKind(name, item, "a whole number");
                return null;
            }

            return number;
        }

        /// <summary>The items of an array field; <c>null</c> after reporting when it is missing, empty (if <paramref name="nonEmpty"/>) or not an array.</summary>
        public IReadOnlyList<JsonValue>? Array(string name, bool required, bool nonEmpty)
        {
            JsonProperty? property = value.Property(name);
            if (property is null || property.Value.Kind == JsonKind.Null)
            {
                if (required)
                {
                    Missing(name, property);
                    return null;
                }

                return System.Array.Empty<JsonValue>();
            }

            if (property.Value.Kind != JsonKind.Array)
            {
                WrongKind(name, property.Value, "an array");
                return null;
            }

            if (nonEmpty && property.Value.Items.Count == 0)
            {
                Report(GeneratorDiagnostics.MissingRequiredField, property.Value.Span, context, name, "must not be an empty array");
                return null;
            }

            return property.Value.Items;
        }

        /// <summary>The strings of an array field, each non-blank; <c>null</c> after reporting any problem.</summary>
        public IReadOnlyList<(string Text, SourceSpan Span)>? StringArray(string name, bool required, bool nonEmpty)
        {
            IReadOnlyList<JsonValue>? items = Array(name, required, nonEmpty);
            if (items is null)
            {
                return null;
            }

            var result = new List<(string, SourceSpan)>();
            bool ok = true;
            foreach (JsonValue item in items)
            {
                if (item.Kind != JsonKind.String)
                {
                    WrongKind(name, item, "an array of strings");
                    ok = false;
                }
                else if (item.Text!.Trim().Length == 0)
                {
                    Report(GeneratorDiagnostics.MissingRequiredField, item.Span, context, name, "must not contain a blank string");
                    ok = false;
                }
                else
                {
                    result.Add((item.Text, item.Span));
                }
            }

            return ok ? result : null;
        }

        public ObjectReader? OptionalObject(string name, string childContext)
        {
            JsonProperty? property = value.Property(name);
            if (property is null || property.Value.Kind == JsonKind.Null)
            {
                return null;
            }

            if (property.Value.Kind != JsonKind.Object)
            {
                WrongKind(name, property.Value, "an object");
                return null;
            }

            return new ObjectReader(filePath, property.Value, childContext, diagnostics);
        }

        public SourceSpan SpanOf(string name) => value.Property(name)?.Value.Span ?? value.Anchor;

        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
            diagnostics.Add(DiagnosticInfo.At(descriptor, filePath, span, arguments));

        public void WrongKind(string name, JsonValue found, string expected) =>
            Report(GeneratorDiagnostics.WrongValueType, found.Span, context, name, expected, found.DescribeKind());

        private string? String(string name, bool required)
        {
            JsonProperty? property = value.Property(name);
            if (property is null || property.Value.Kind == JsonKind.Null)
            {
                if (required)
                {
                    Missing(name, property);
                }

                return null;
            }

            if (property.Value.Kind != JsonKind.String)
            {
                WrongKind(name, property.Value, "a string");
                return null;
            }

            if (required && property.Value.Text!.Trim().Length == 0)
            {
                Report(GeneratorDiagnostics.MissingRequiredField, property.Value.Span, context, name, "must not be blank");
                return null;
            }

            return property.Value.Text;
        }

        private void Missing(string name, JsonProperty? property)
        {
            if (property is null)
            {
                Report(GeneratorDiagnostics.MissingRequiredField, value.Anchor, context, name, "is missing");
            }
            else
            {
                Report(GeneratorDiagnostics.MissingRequiredField, property.Value.Span, context, name, "must not be null");
            }
        }
    }
}
