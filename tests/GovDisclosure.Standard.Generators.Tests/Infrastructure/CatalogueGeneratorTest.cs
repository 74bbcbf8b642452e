using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace GovDisclosure.Standard.Generators.Tests.Infrastructure
{
    /// <summary>
    /// The Roslyn source-generator test (Microsoft.CodeAnalysis.CSharp.SourceGenerators.Testing) set up
    /// for the catalogue generator as a consumer's project runs it: the core library referenced, catalogue
    /// files as additional files, MSBuild properties through a global analyzer config. It checks every
    /// diagnostic exactly (id, severity, file, start and end of its span, message) and that the project
    /// compiles with the generated sources without an error or a warning.
    /// </summary>
    internal sealed class CatalogueGeneratorTest : CSharpSourceGeneratorTest<CatalogueGenerator, DefaultVerifier>
    {
        public CatalogueGeneratorTest(IReadOnlyDictionary<string, string>? properties = null)
        {
            // The references are the test's own runtime and the core library, as GeneratorHarness uses:
            // nothing is downloaded.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(GeneratorHarness.References);
            TestState.Sources.Add(("/0/Program.cs", "namespace County.Portal { internal static class Program { } }"));
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig",
                "is_global = true\n" + string.Concat((properties ?? GeneratorHarness.ConsumerProject).Select(p => $"build_property.{p.Key} = {p.Value}\n"))));
            CompilerDiagnostics = CompilerDiagnostics.Warnings;

            // What the generator writes is checked by the snapshot tests; here only its diagnostics and
            // that the output compiles.
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck;
        }

        /// <summary>A catalogue file given to the generator.</summary>
        public CatalogueGeneratorTest WithFile(string path, string content)
        {
            TestState.AdditionalFiles.Add((path, content));
            return this;
        }

        protected override ParseOptions CreateParseOptions() => GeneratorHarness.ParseOptions;

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
