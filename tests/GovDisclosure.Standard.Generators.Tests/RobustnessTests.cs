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
        /// <summary>Hostile catalogue files a user can write, each named for what it is.</summary>
        public static TheoryData<string> HostileShapes => new TheoryData<string>(Hostile.Keys.Order(System.StringComparer.Ordinal));

        private static readonly System.Collections.Generic.Dictionary<string, string> Hostile = new System.Collections.Generic.Dictionary<string, string>
        {
            ["empty"] = string.Empty,
            ["blanks"] = " \n\t ",
            ["null"] = "null",
            ["top-level-array"] = "[" + CatalogueText.Valid + "]",
            ["deep-nesting-100000"] = new string('[', 100_000) + new string(']', 100_000),
            ["deep-nesting-in-entry"] = CatalogueText.With("\"categories\": [5]", "\"categories\": " + new string('[', 5_000) + new string(']', 5_000)),
            ["two-documents"] = CatalogueText.Valid + CatalogueText.Valid,
            ["huge-string-value"] = CatalogueText.With("\"responsibleBody\": \"县民政局\"", "\"responsibleBody\": \"" + new string('局', 5_000_000) + "\""),
            ["huge-number"] = CatalogueText.With("\"categories\": [5]", "\"categories\": [99999999999999999999999999999]"),
            ["control-characters-in-value"] = CatalogueText.With("\"responsibleBody\": \"县民政局\"", "\"responsibleBody\": \"县\\u0000民\\u001b]0;x\\u0007政\\\"局\\\\\""),
            ["lone-surrogate-escape-in-value"] = CatalogueText.With("\"responsibleBody\": \"县民政局\"", "\"responsibleBody\": \"县\\ud800民政局\""),
            ["lone-surrogate-in-value"] = CatalogueText.With("\"responsibleBody\": \"县民政局\"", "\"responsibleBody\": \"县\ud800民政局\""),
            ["long-domain-code"] = CatalogueText.With("\"domain\": \"socialAssistance\"", "\"domain\": \"" + new string('s', 2_000) + "\""),
            ["long-unknown-member"] = CatalogueText.With("\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"" + new string('x', 2_000) + "\": 1,"),
            ["comment-injection-in-value"] = CatalogueText.With("\"responsibleBody\": \"县民政局\"", "\"responsibleBody\": \"*/ } class X { /* \\n#error x\""),
        };

        /// <summary>
        /// Each hostile shape gives GDGEN diagnostics (an error where the file cannot be used) and source that compiles,
        /// never a generator exception (CS8785), GDGEN010 (the generator's own failure) or a C# compile error.
        /// </summary>
        [Theory]
        [MemberData(nameof(HostileShapes))]
        public void A_hostile_catalogue_file_gives_GDGEN_diagnostics_never_a_crash_or_a_compile_error(string shape)
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(("/p/catalog/socialAssistance.catalog.json", Hostile[shape]));

            Assert.Null(outcome.Generator.Exception);
            Assert.All(outcome.Diagnostics, d => Assert.True(d.Id.StartsWith("GDGEN", System.StringComparison.Ordinal) && d.Id != "GDGEN010", d.ToString()));
            Assert.DoesNotContain(outcome.CompilationProblems, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal(outcome.Sources.Count == 0, outcome.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
        }

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
