using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using GovDisclosure.Standard.Generators.Diagnostics;
using GovDisclosure.Standard.Generators.Emitting;
using GovDisclosure.Standard.Generators.Model;
using GovDisclosure.Standard.Generators.Reading;
using GovDisclosure.Standard.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GovDisclosure.Standard.Generators
{
    /// <summary>
    /// Turns catalogue definitions into typed members: every <c>*.catalog.json</c> additional file
    /// becomes a static class with one documented property per entry, and a registry class lists
    /// them all. In the core library it also generates <c>PilotDomain</c> from <c>domains.json</c>.
    /// Bad input becomes a GDGEN diagnostic at its line and column; the generator never throws.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CatalogueGenerator : IIncrementalGenerator
    {
        /// <summary>The suffix of a catalogue definition file.</summary>
        public const string CatalogueSuffix = ".catalog.json";

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
                .Select((provider, _) => Guarded("the MSBuild properties", () => ReadOptions(provider.GlobalOptions), FailedOptions))
                .WithTrackingName(TrackingNames.Options);

            IncrementalValuesProvider<CatalogueParse> catalogues = context.AdditionalTextsProvider
                .Where(static text => text.Path.EndsWith(CatalogueSuffix, StringComparison.OrdinalIgnoreCase))
                .Select(static (text, cancellationToken) => Guarded(
                    Path.GetFileName(text.Path),
                    () => Utf8TextCheck.Problem(text.Path, text.GetText(cancellationToken)) is DiagnosticInfo notUtf8
                        ? new CatalogueParse(text.Path, null, null, default, Single(notUtf8))
                        : CatalogueFileReader.Read(text.Path, ReadText(text, cancellationToken)),
                    error => new CatalogueParse(text.Path, null, null, default, Single(Failure(text.Path, error)))))
                .WithTrackingName(TrackingNames.CatalogueFiles);

            IncrementalValueProvider<DomainListChoice> domainList = context.AdditionalTextsProvider
                .Where(static text => string.Equals(Path.GetFileName(text.Path), DomainListReader.FileName, StringComparison.OrdinalIgnoreCase))
                .Select(static (text, cancellationToken) => Guarded(
                    DomainListReader.FileName,
                    () => Utf8TextCheck.Problem(text.Path, text.GetText(cancellationToken)) is DiagnosticInfo notUtf8
                        ? new DomainListParse(text.Path, null, Single(notUtf8))
                        : DomainListReader.Read(text.Path, ReadText(text, cancellationToken)),
                    error => new DomainListParse(text.Path, null, Single(Failure(text.Path, error)))))
                .WithTrackingName(TrackingNames.DomainList)
                .Collect()
                .Select(static (lists, _) => ChooseDomainList(lists))
                .WithTrackingName(TrackingNames.DomainListChoice);

            IncrementalValueProvider<EquatableArray<string>> referencedDomains = context.CompilationProvider
                .Select(static (compilation, _) => Guarded("the referenced PilotDomain", () => ReferencedDomainCodes(compilation), _ => EquatableArray<string>.Empty))
                .WithTrackingName(TrackingNames.ReferencedDomains);

            IncrementalValueProvider<KnownDomains> knownDomains = domainList
                .Combine(referencedDomains)
                .Select(static (pair, _) => pair.Left.Chosen?.Model is DomainListModel list
                    ? new KnownDomains(EquatableArray.From(list.Domains.Select(d => d.Code)), DomainListReader.FileName)
                    : new KnownDomains(pair.Right, "the referenced GovDisclosure.Standard library"))
                .WithTrackingName(TrackingNames.KnownDomains);

            IncrementalValueProvider<EquatableArray<CatalogueIdentity>> identities = catalogues
                .Select(static (parse, _) => new CatalogueIdentity(parse.FilePath, parse.DomainCode is null ? string.Empty : Identifiers.ToPascalCase(parse.DomainCode) + "Catalogue"))
                .Collect()
                .Select(static (all, _) => EquatableArray.From(all.OrderBy(i => i.FilePath, StringComparer.Ordinal)))
                .WithTrackingName(TrackingNames.CatalogueIdentities);

            IncrementalValueProvider<GenerationContext> generationContext = options
                .Combine(knownDomains)
                .Combine(identities)
                .Select(static (pair, _) => new GenerationContext(pair.Left.Left, pair.Left.Right, pair.Right));

            IncrementalValuesProvider<CatalogueOutput> outputs = catalogues
                .Combine(generationContext)
                .Select(static (pair, _) => Guarded(
                    Path.GetFileName(pair.Left.FilePath),
                    () => Complete(pair.Left, pair.Right),
                    error => new CatalogueOutput(pair.Left.FilePath, null, string.Empty, Single(Failure(pair.Left.FilePath, error)))))
                .WithTrackingName(TrackingNames.CatalogueOutputs);

            context.RegisterSourceOutput(outputs, static (production, output) =>
            {
                Report(production, output.Diagnostics);
                if (output.Model is CatalogueModel model)
                {
                    Emit(production, output.FilePath, CatalogueEmitter.HintName(model), () => CatalogueEmitter.Emit(model, output.Namespace));
                }
            });

            IncrementalValueProvider<RegistryModel?> registry = outputs
                .Select(static (output, _) => output.Summary)
                .Where(static summary => summary != null)
                .Collect()
                .Combine(options)
                .Combine(domainList)
                .Combine(knownDomains)
                .Select(static (pair, _) => Guarded("the registry", () => BuildRegistry(pair.Left.Left.Left!, pair.Left.Left.Right, pair.Left.Right, pair.Right), _ => null))
                .WithTrackingName(TrackingNames.Registry);

            context.RegisterSourceOutput(registry, static (production, model) =>
            {
                if (model != null)
                {
                    Emit(production, model.Name, RegistryEmitter.HintName(model), () => RegistryEmitter.Emit(model));
                }
            });

            context.RegisterSourceOutput(options.Combine(domainList), static (production, pair) =>
            {
                (GeneratorOptions generatorOptions, DomainListChoice choice) = pair;
                Report(production, generatorOptions.Diagnostics);
                Report(production, choice.Diagnostics);
                if (choice.Chosen is DomainListParse parse)
                {
                    Report(production, parse.Diagnostics);
                }

                if (!generatorOptions.IsStandardLibrary)
                {
                    return;
                }

                if (choice.Chosen is null)
                {
                    production.ReportDiagnostic(DiagnosticInfo.Unlocated(
                        GeneratorDiagnostics.DomainListMissingOrDuplicated,
                        "The standard library generates PilotDomain from catalog/domains.json, but no domains.json is an AdditionalFiles item").ToDiagnostic());
                }
                else if (choice.Chosen.Model is DomainListModel list)
                {
                    Emit(production, list.FilePath, PilotDomainEmitter.HintName, () => PilotDomainEmitter.Emit(list));
                }
            });
        }

        private static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
        {
            bool standard = global.TryGetValue("build_property.GovDisclosureGenerateStandard", out string? flag)
                && string.Equals(flag?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            if (standard)
            {
                return new GeneratorOptions(true, GeneratorOptions.StandardNamespace, GeneratorOptions.StandardRegistryName, EquatableArray<DiagnosticInfo>.Empty);
            }

            var diagnostics = new List<DiagnosticInfo>();
            string ns = Property(global, "GovDisclosureCatalogNamespace") ?? Property(global, "RootNamespace") ?? string.Empty;
            if (!Identifiers.IsValidNamespace(ns))
            {
                diagnostics.Add(DiagnosticInfo.Unlocated(GeneratorDiagnostics.InvalidIdentifier, "MSBuild property GovDisclosureCatalogNamespace (or RootNamespace)", ns, "it is not a dotted C# namespace name; the global namespace is used"));
                ns = string.Empty;
            }

            string registry = Property(global, "GovDisclosureCatalogRegistryName") ?? GeneratorOptions.LocalRegistryName;
            if (!Identifiers.IsValidTypeName(registry))
            {
                diagnostics.Add(DiagnosticInfo.Unlocated(GeneratorDiagnostics.InvalidIdentifier, "MSBuild property GovDisclosureCatalogRegistryName", registry, "it is not a C# type name; '" + GeneratorOptions.LocalRegistryName + "' is used"));
                registry = GeneratorOptions.LocalRegistryName;
            }

            return new GeneratorOptions(false, ns, registry, EquatableArray.From(diagnostics));
        }

        private static GeneratorOptions FailedOptions(string error) =>
            new GeneratorOptions(false, string.Empty, GeneratorOptions.LocalRegistryName, Single(Failure(null, error)));

        private static string? Property(AnalyzerConfigOptions global, string name) =>
            global.TryGetValue("build_property." + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        private static string ReadText(AdditionalText text, CancellationToken cancellationToken) =>
            text.GetText(cancellationToken)?.ToString() ?? string.Empty;

        private static DomainListChoice ChooseDomainList(ImmutableArray<DomainListParse> lists)
        {
            DomainListParse[] ordered = lists.OrderBy(l => l.FilePath, StringComparer.Ordinal).ToArray();
            if (ordered.Length == 0)
            {
                return new DomainListChoice(null, EquatableArray<DiagnosticInfo>.Empty);
            }

            var diagnostics = ordered.Skip(1).Select(other => DiagnosticInfo.At(
                GeneratorDiagnostics.DomainListMissingOrDuplicated,
                other.FilePath,
                default,
                $"Only one domains.json may be an AdditionalFiles item; '{ordered[0].FilePath}' is used and this one is ignored"));
            return new DomainListChoice(ordered[0], EquatableArray.From(diagnostics));
        }

        /// <summary>The codes of the public static <c>PilotDomain</c> fields of the referenced core library, in declaration order.</summary>
        private static EquatableArray<string> ReferencedDomainCodes(Compilation compilation)
        {
            INamedTypeSymbol? type = compilation.GetTypeByMetadataName("GovDisclosure.Standard.Catalogue.PilotDomain");
            if (type is null)
            {
                return EquatableArray<string>.Empty;
            }

            return EquatableArray.From(type.GetMembers()
                .OfType<IFieldSymbol>()
                .Where(f => f.IsStatic && f.DeclaredAccessibility == Accessibility.Public && SymbolEqualityComparer.Default.Equals(f.Type, type))
                .Select(f => Identifiers.ToCamelCase(f.Name)));
        }

        /// <summary>Adds to a file's own checks those that need the other inputs: the domain is known, the class name is free.</summary>
        private static CatalogueOutput Complete(CatalogueParse parse, GenerationContext context)
        {
            var diagnostics = new List<DiagnosticInfo>(parse.Diagnostics);
            if (parse.DomainCode is string domain)
            {
                EquatableArray<string> known = context.KnownDomains.Codes;
                if (!known.Contains(domain, StringComparer.Ordinal))
                {
                    string? closest = ClosestSpelling.Among(domain, known, code => new[] { code });
                    string advice = known.Count == 0
                        ? "no pilot domains are known: reference the GovDisclosure.Standard package (or add catalog/domains.json)"
                        : closest is null ? $"the codes known from {context.KnownDomains.Source} are {string.Join(", ", known)}" : $"did you mean '{closest}'?";
                    diagnostics.Add(DiagnosticInfo.At(GeneratorDiagnostics.UnknownDomain, parse.FilePath, parse.DomainSpan, "catalogue", domain, advice));
                }

                string className = Identifiers.ToPascalCase(domain) + "Catalogue";
                CatalogueIdentity? earlier = context.Identities
                    .FirstOrDefault(i => i.ClassName == className && string.CompareOrdinal(i.FilePath, parse.FilePath) < 0);
                if (earlier != null)
                {
                    diagnostics.Add(DiagnosticInfo.At(GeneratorDiagnostics.IdentifierCollision, parse.FilePath, parse.DomainSpan, "catalogue", className, $"the class of '{earlier.FilePath}', which has the same domain; one project holds one catalogue per domain"));
                }
                else if (className == context.Options.RegistryName)
                {
                    diagnostics.Add(DiagnosticInfo.At(GeneratorDiagnostics.IdentifierCollision, parse.FilePath, parse.DomainSpan, "catalogue", className, "the registry class; set GovDisclosureCatalogRegistryName to another name"));
                }

                if (parse.Model is CatalogueModel model)
                {
                    foreach (EntrySpan entry in model.EntrySpans.Where(e => e.PropertyName == className))
                    {
                        diagnostics.Add(DiagnosticInfo.At(GeneratorDiagnostics.IdentifierCollision, parse.FilePath, entry.CodeSpan, "entry '" + Identifiers.ToCamelCase(entry.PropertyName) + "'", entry.PropertyName, "its enclosing class (a member cannot have its class's name)"));
                    }
                }
            }

            bool failed = parse.Model is null || diagnostics.Any(d => d.IsError);
            return new CatalogueOutput(parse.FilePath, failed ? null : parse.Model, context.Options.Namespace, EquatableArray.From(diagnostics));
        }

        private static RegistryModel? BuildRegistry(ImmutableArray<CatalogueSummary?> summaries, GeneratorOptions options, DomainListChoice domainList, KnownDomains known)
        {
            CatalogueSummary[] catalogues = summaries
                .Where(s => s != null)
                .Select(s => s!)
                .OrderBy(s => IndexOf(known.Codes, s.DomainCode))
                .ThenBy(s => s.ClassName, StringComparer.Ordinal)
                .ToArray();
            if (catalogues.Length == 0 && !options.IsStandardLibrary)
            {
                return null;
            }

            string version = options.IsStandardLibrary && domainList.Chosen?.Model is DomainListModel list
                ? list.Version
                : catalogues.Select(c => c.Version).OrderBy(v => v, VersionComparer.Instance).LastOrDefault() ?? "0.0.0";
            return new RegistryModel(options.IsStandardLibrary, options.Namespace, options.RegistryName, version, EquatableArray.From(catalogues));
        }

        private static int IndexOf(EquatableArray<string> codes, string code)
        {
            for (int i = 0; i < codes.Count; i++)
            {
                if (codes[i] == code)
                {
                    return i;
                }
            }

            return int.MaxValue;
        }

        private static void Report(SourceProductionContext production, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (DiagnosticInfo diagnostic in diagnostics)
            {
                production.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }

        private static void Emit(SourceProductionContext production, string source, string hintName, Func<string> render)
        {
            string text;
            try
            {
                text = render();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                production.ReportDiagnostic(Failure(source, Describe(exception)).ToDiagnostic());
                return;
            }

            production.AddSource(hintName, SourceText.From(text, System.Text.Encoding.UTF8));
        }

        /// <summary>Runs a pipeline step; an exception (other than cancellation) becomes a GDGEN010 diagnostic instead of failing the generator.</summary>
        private static T Guarded<T>(string what, Func<T> step, Func<string, T> onFailure)
        {
            try
            {
                return step();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return onFailure(what + ": " + Describe(exception));
            }
        }

        private static string Describe(Exception exception) => exception.GetType().Name + ": " + exception.Message.Replace('\n', ' ').Replace('\r', ' ');

        private static DiagnosticInfo Failure(string? filePath, string error) =>
            filePath is null
                ? DiagnosticInfo.Unlocated(GeneratorDiagnostics.GeneratorFailure, "an input", error)
                : DiagnosticInfo.At(GeneratorDiagnostics.GeneratorFailure, filePath, default, Path.GetFileName(filePath), error);

        private static EquatableArray<DiagnosticInfo> Single(DiagnosticInfo diagnostic) => EquatableArray.From(new[] { diagnostic });
    }
}
