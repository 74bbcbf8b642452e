using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GovDisclosure.Standard.Generators.Diagnostics
{
    /// <summary>
    /// Every diagnostic the catalogue generator reports. Ids are stable: once shipped an id never
    /// changes meaning (see AnalyzerReleases.Shipped.md and generators/GovDisclosure.Standard.Generators/README.md).
    /// </summary>
    internal static class GeneratorDiagnostics
    {
        public const string Category = "GovDisclosure.Catalogue";

        private const string HelpBase = "https://github.com/govdisclosure/GovDisclosure.Standard/blob/main/generators/GovDisclosure.Standard.Generators/README.md#";

        public static readonly DiagnosticDescriptor InvalidJson = Create(
            "GDGEN001", "Catalogue file is not valid JSON", "{0} is not valid JSON: {1}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MissingRequiredField = Create(
            "GDGEN002", "Required catalogue field is missing or empty", "{0}: required field '{1}' {2}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor WrongValueType = Create(
            "GDGEN003", "Catalogue field has a value of the wrong kind", "{0}: field '{1}' must be {2}, found {3}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnknownValue = Create(
            "GDGEN004", "Value is not in its closed value set", "{0}: '{1}' is not a known {2}; {3}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateCode = Create(
            "GDGEN005", "Code is defined twice", "{0}: {1} '{2}' is already defined at {3}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidIdentifier = Create(
            "GDGEN006", "Code cannot become a C# identifier", "{0}: '{1}' cannot become a C# identifier: {2}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor IdentifierCollision = Create(
            "GDGEN007", "Generated identifier collides with another", "{0}: the generated name '{1}' collides with {2}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnreadableTimeLimit = Create(
            "GDGEN008", "Time limit wording is not understood", "{0}: the time limit '{1}' is not understood ({2}); it is kept verbatim but no deadline can be computed from it", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnknownDomain = Create(
            "GDGEN009", "Unknown pilot domain", "{0}: '{1}' is not a known pilot domain code; {2}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor GeneratorFailure = Create(
            "GDGEN010", "Catalogue generator failed on an input", "The catalogue generator failed on {0} and generated nothing for it: {1}. Please report this with the file.", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DomainListMissingOrDuplicated = Create(
            "GDGEN011", "domains.json missing or given twice", "{0}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnknownField = Create(
            "GDGEN012", "Unknown catalogue field is ignored", "{0}: field '{1}' is not part of the catalogue format and is ignored; {2}", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor CodeTooLong = Create(
            "GDGEN013", "Code too long for a C# name", "{0}: the {1} '{2}' has {3} letters; a code has at most {4}, because the C# compiler limits a generated name to 1,024 bytes", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor NotUtf8 = Create(
            "GDGEN014", "Catalogue file is not UTF-8", "{0} is not UTF-8 text: {1}; save it as UTF-8 (with or without a byte-order mark) so that its Chinese text is read as written", DiagnosticSeverity.Error);

        private static readonly Dictionary<string, DiagnosticDescriptor> All = new[]
        {
            InvalidJson, MissingRequiredField, WrongValueType, UnknownValue, DuplicateCode, InvalidIdentifier,
            IdentifierCollision, UnreadableTimeLimit, UnknownDomain, GeneratorFailure, DomainListMissingOrDuplicated, UnknownField,
            CodeTooLong, NotUtf8,
        }.ToDictionary(d => d.Id);

        public static IEnumerable<DiagnosticDescriptor> Descriptors => All.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal);

        public static DiagnosticDescriptor ById(string id) => All[id];

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
    }
}
