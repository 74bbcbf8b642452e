using System.Linq;
using GovDisclosure.Standard.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>
    /// A diagnostic as plain, value-equal data (no <see cref="Location"/>, which would hold on to
    /// the text): which descriptor, which file, where in it, and the message arguments.
    /// </summary>
    internal sealed record DiagnosticInfo(string Id, string? FilePath, SourceSpan Span, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo At(DiagnosticDescriptor descriptor, string? filePath, SourceSpan span, params string[] arguments) =>
            new DiagnosticInfo(descriptor.Id, filePath, span, EquatableArray.From(arguments));

        public static DiagnosticInfo Unlocated(DiagnosticDescriptor descriptor, params string[] arguments) =>
            new DiagnosticInfo(descriptor.Id, null, SourceSpan.None, EquatableArray.From(arguments));

        public DiagnosticSeverity Severity => GeneratorDiagnostics.ById(Id).DefaultSeverity;

        public bool IsError => Severity == DiagnosticSeverity.Error;

        public Diagnostic ToDiagnostic()
        {
            Location location = FilePath is null
                ? Location.None
                : Location.Create(FilePath, Span.TextSpan, Span.LinePositionSpan);
            return Diagnostic.Create(GeneratorDiagnostics.ById(Id), location, Arguments.Cast<object>().ToArray());
        }
    }
}
