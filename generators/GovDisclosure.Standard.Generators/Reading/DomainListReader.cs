using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovDisclosure.Standard.Generators.Diagnostics;
using GovDisclosure.Standard.Generators.Json;
using GovDisclosure.Standard.Generators.Model;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Generators.Reading
{
    /// <summary>Reads <c>catalog/domains.json</c> (catalog-format.md), the one list of the pilot domains.</summary>
    internal static class DomainListReader
    {
        public const string FileName = "domains.json";

        private static readonly string[] TopLevelFields = { "$schema", "version", "domains" };
        private static readonly string[] DomainFields = { "code", "number", "name", "englishName", "aliases", "ministries", "guideline" };
        private static readonly string[] GuidelineFields = { "title", "documentNumber", "issuedOn", "verified", "note" };

        public static DomainListParse Read(string filePath, string text)
        {
            var diagnostics = new List<DiagnosticInfo>();
            JsonReadResult json = JsonReader.Read(text);
            if (json.Root is null)
            {
                diagnostics.Add(DiagnosticInfo.At(GeneratorDiagnostics.InvalidJson, filePath, json.ErrorSpan, Path.GetFileName(filePath), json.Error!));
                return new DomainListParse(filePath, null, EquatableArray.From(diagnostics));
            }

            if (json.Root.Kind != JsonKind.Object)
            {
                diagnostics.Add(DiagnosticInfo.At(GeneratorDiagnostics.WrongValueType, filePath, json.Root.Anchor, FileName, "(document)", "an object", json.Root.DescribeKind()));
                return new DomainListParse(filePath, null, EquatableArray.From(diagnostics));
            }

            var file = new ObjectReader(filePath, json.Root, FileName, diagnostics);
            file.WarnAboutUnknownFields(TopLevelFields);
            string? version = file.RequiredString("version");
            IReadOnlyList<JsonValue>? items = file.Array("domains", required: true, nonEmpty: true);
            var domains = new List<DomainModel>();
            var codes = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            var numbers = new Dictionary<int, SourceSpan>();
            var spellings = new Dictionary<string, (string Code, SourceSpan Span)>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < (items?.Count ?? 0); i++)
            {
                DomainModel? domain = ReadDomain(filePath, items![i], i, codes, numbers, spellings, diagnostics);
                if (domain != null)
                {
                    domains.Add(domain);
                }
            }

            if (diagnostics.Any(d => d.IsError) || version is null)
            {
                return new DomainListParse(filePath, null, EquatableArray.From(diagnostics));
            }

            return new DomainListParse(filePath, new DomainListModel(filePath, version, EquatableArray.From(domains)), EquatableArray.From(diagnostics));
        }

        private static DomainModel? ReadDomain(
            string filePath,
            JsonValue item,
            int index,
            Dictionary<string, SourceSpan> codes,
            Dictionary<int, SourceSpan> numbers,
            Dictionary<string, (string Code, SourceSpan Span)> spellings,
            List<DiagnosticInfo> diagnostics)
        {
            if (item.Kind != JsonKind.Object)
            {
                diagnostics.Add(DiagnosticInfo.At(GeneratorDiagnostics.WrongValueType, filePath, item.Anchor, $"domains[{index}]", "domains", "an array of objects", item.DescribeKind()));
                return null;
            }

            int before = diagnostics.Count(d => d.IsError);
            JsonProperty? codeProperty = item.Property("code");
            string context = codeProperty?.Value.Kind == JsonKind.String ? $"domain '{Identifiers.Shortened(codeProperty.Value.Text ?? string.Empty)}'" : $"domains[{index}]";
            var domain = new ObjectReader(filePath, item, context, diagnostics);
            domain.WarnAboutUnknownFields(DomainFields);

            string? code = domain.RequiredString("code");
            if (code != null)
            {
                SourceSpan span = domain.SpanOf("code");
                if (code.Length > Identifiers.MaximumCodeLength)
                {
                    domain.Report(GeneratorDiagnostics.CodeTooLong, span, context, "domain code", Identifiers.Shortened(code), ChineseText.Invariant(code.Length), ChineseText.Invariant(Identifiers.MaximumCodeLength));
                }
                else if (Identifiers.ProblemWithCode(code) is string problem)
                {
                    domain.Report(GeneratorDiagnostics.InvalidIdentifier, span, context, code, problem);
                }
                else if (codes.TryGetValue(code, out SourceSpan first))
                {
                    domain.Report(GeneratorDiagnostics.DuplicateCode, span, context, "domain code", code, first.Describe());
                }
                else
                {
                    codes.Add(code, span);
                }
            }

            int? number = domain.RequiredInteger("number");
            if (number != null)
            {
                SourceSpan span = domain.SpanOf("number");
                if (number < 1)
                {
                    domain.Report(GeneratorDiagnostics.WrongValueType, span, context, "number", "a whole number from 1", number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                else if (numbers.TryGetValue(number.Value, out SourceSpan first))
                {
                    domain.Report(GeneratorDiagnostics.DuplicateCode, span, context, "domain number", number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), first.Describe());
                }
                else
                {
                    numbers.Add(number.Value, span);
                }
            }

            string? name = domain.RequiredString("name");
            string? englishName = domain.RequiredString("englishName");
            IReadOnlyList<(string Text, SourceSpan Span)>? aliases = domain.StringArray("aliases", required: false, nonEmpty: false);
            IReadOnlyList<(string Text, SourceSpan Span)>? ministries = domain.StringArray("ministries", required: true, nonEmpty: true);

            // A code list parses codes, names and aliases alike, so no spelling may name two domains.
            if (code != null)
            {
                var own = new List<(string Text, SourceSpan Span)> { (code, domain.SpanOf("code")) };
                if (name != null)
                {
                    own.Add((name, domain.SpanOf("name")));
                }

                if (englishName != null)
                {
                    own.Add((englishName, domain.SpanOf("englishName")));
                }

                own.AddRange(aliases ?? Array.Empty<(string, SourceSpan)>());
                foreach ((string text, SourceSpan span) in own)
                {
                    string key = text.Trim();
                    if (spellings.TryGetValue(key, out (string Code, SourceSpan Span) other) && other.Code != code)
                    {
                        domain.Report(GeneratorDiagnostics.DuplicateCode, span, context, "domain name or alias", text, other.Span.Describe() + " (domain '" + other.Code + "')");
                    }
                    else
                    {
                        spellings[key] = (code, span);
                    }
                }
            }

            GuidelineModel? guideline = null;
            ObjectReader? guidelineReader = domain.OptionalObject("guideline", context + " guideline");
            if (guidelineReader != null)
            {
                guidelineReader.WarnAboutUnknownFields(GuidelineFields);
                string? issuedOn = guidelineReader.OptionalString("issuedOn");
                if (issuedOn != null && !IsoDate.IsValid(issuedOn))
                {
                    guidelineReader.Report(GeneratorDiagnostics.WrongValueType, guidelineReader.SpanOf("issuedOn"), context + " guideline", "issuedOn", "an ISO date (yyyy-MM-dd)", "'" + issuedOn + "'");
                }

                guideline = new GuidelineModel(
                    guidelineReader.OptionalString("title"),
                    guidelineReader.OptionalString("documentNumber"),
                    issuedOn,
                    guidelineReader.OptionalBool("verified") ?? false,
                    guidelineReader.OptionalString("note"));
            }

            if (diagnostics.Count(d => d.IsError) > before || code is null || number is null || name is null || englishName is null || ministries is null || aliases is null)
            {
                return null;
            }

            return new DomainModel(
                code,
                number.Value,
                name,
                englishName,
                EquatableArray.From(aliases.Select(a => a.Text)),
                EquatableArray.From(ministries.Select(m => m.Text)),
                guideline);
        }
    }
}
