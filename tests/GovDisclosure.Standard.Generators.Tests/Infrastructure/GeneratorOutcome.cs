using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GovDisclosure.Standard.Generators.Tests.Infrastructure
{
    /// <summary>What one generator run produced: the driver (to run again), its result and the compilation with the generated sources.</summary>
    internal sealed class GeneratorOutcome
    {
        public GeneratorOutcome(GeneratorDriver driver, GeneratorDriverRunResult result, Compilation output)
        {
            Driver = driver;
            Result = result;
            Output = output;
        }

        public GeneratorDriver Driver { get; }

        public GeneratorDriverRunResult Result { get; }

        public Compilation Output { get; }

        public GeneratorRunResult Generator => Result.Results.Single();

        public ImmutableArray<Diagnostic> Diagnostics => Generator.Diagnostics;

        public IReadOnlyDictionary<string, string> Sources =>
            Generator.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        /// <summary>Errors and warnings of compiling the generated sources with the project (the generator's own diagnostics excluded).</summary>
        public IReadOnlyList<Diagnostic> CompilationProblems =>
            Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
    }
}
