using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GovDisclosure.Standard.Generators.Tests
{
    /// <summary>The generator never throws: any damage to a catalogue file yields GDGEN diagnostics, never CS8785, and never source that does not compile.</summary>
    public sealed class RobustnessTests
    {
        [Property]
        public Property Any_damaged_catalogue_yields_only_GDGEN_diagnostics_and_compiling_output()
        {
            string valid = CatalogueText.Valid;
            Gen<string> damaged =
                from kind in Gen.Choose(0, 3)
                from at in Gen.Choose(0, valid.Length - 1)
                from length in Gen.Choose(1, 40)
                from inserted in Gen.Elements("\"", "{", "}", "[", "]", ",", ":", "null", "42", "\\", "\"other:\"", "\u3000", "x")
                select kind switch
                {
                    0 => valid.Remove(at, System.Math.Min(length, valid.Length - at)),
                    1 => valid.Insert(at, inserted),
                    2 => valid.Substring(0, at),
                    _ => valid.Remove(at, 1).Insert(at, inserted),
                };

            return Prop.ForAll(damaged.ToArbitrary(), text =>
            {
                GeneratorOutcome outcome = GeneratorHarness.Run(("/p/catalog/socialAssistance.catalog.json", text));
                return outcome.Generator.Exception is null
                    && outcome.Diagnostics.All(d => d.Id.StartsWith("GDGEN", System.StringComparison.Ordinal) && d.Id != "GDGEN010")
                    && !outcome.CompilationProblems.Any(d => d.Severity == DiagnosticSeverity.Error)
                    && (outcome.Sources.Count == 0) == outcome.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            });
        }
    }
}
