using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using GovDisclosure.Standard.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GovDisclosure.Standard.Generators.Tests.Infrastructure
{
    /// <summary>
    /// Runs the catalogue generator the way the compiler does: a compilation that references the
    /// core library, catalogue files as additional texts, MSBuild properties as analyzer options,
    /// and step tracking on.
    /// </summary>
    internal static class GeneratorHarness
    {
        public static readonly IReadOnlyDictionary<string, string> ConsumerProject = new Dictionary<string, string>
        {
            ["RootNamespace"] = "County.Portal",
        };

        public static readonly IReadOnlyDictionary<string, string> StandardLibrary = new Dictionary<string, string>
        {
            ["RootNamespace"] = "GovDisclosure.Standard",
            ["GovDisclosureGenerateStandard"] = "true",
        };

        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new Lazy<ImmutableArray<MetadataReference>>(() =>
        {
            string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
            return platform
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
                .Append(typeof(CatalogueEntry).Assembly.Location)
                .Append(typeof(Ardalis.SmartEnum.SmartEnum<>).Assembly.Location)
                .Distinct()
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        });

        /// <summary>What a consumer's compilation references: the runtime's System assemblies, the core library and Ardalis.SmartEnum.</summary>
        public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

        public static CSharpCompilation Compilation(params string[] sources) =>
            CSharpCompilation.Create(
                "County.Portal",
                sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
                References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string> properties) =>
            CSharpGeneratorDriver.Create(
                new[] { new CatalogueGenerator().AsSourceGenerator() },
                files,
                ParseOptions,
                new BuildProperties(properties),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        public static GeneratorOutcome Run(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null, CSharpCompilation? compilation = null)
        {
            CSharpCompilation input = compilation ?? Compilation("namespace County.Portal { internal static class Program { } }");
            GeneratorDriver driver = Driver(files, properties ?? ConsumerProject)
                .RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> _);
            return new GeneratorOutcome(driver, driver.GetRunResult(), output);
        }

        public static GeneratorOutcome Run(params (string Path, string Content)[] files) =>
            Run(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Content)));

        /// <summary>A catalogue file of the built-in catalogue, with its repository path.</summary>
        public static InMemoryAdditionalText BuiltIn(params string[] relativePath)
        {
            string path = Repository.PathOf(new[] { "catalog" }.Concat(relativePath).ToArray());
            return new InMemoryAdditionalText(path, File.ReadAllText(path));
        }

        /// <summary>A file of the tests' Inputs/ folder.</summary>
        public static InMemoryAdditionalText Input(string name)
        {
            string path = Path.Combine(Repository.TestsFolder, "Inputs", name);
            return new InMemoryAdditionalText(path, File.ReadAllText(path));
        }
    }
}
