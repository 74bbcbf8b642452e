using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using GovDisclosure.Standard.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GovDisclosure.Standard.Generators.Tests
{
    /// <summary>
    /// The pipeline is incremental: models are value-equal and hold no compiler objects, a second run
    /// on the same inputs is all cached, and editing one catalogue file recomputes only that file.
    /// </summary>
    public sealed class CachingTests
    {
        private static readonly string[] TrackedSteps = typeof(CatalogueGenerator).Assembly
            .GetType("GovDisclosure.Standard.Generators.TrackingNames")!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        private static AdditionalText[] Files() => new AdditionalText[]
        {
            new InMemoryAdditionalText("/p/catalog/socialAssistance.catalog.json", CatalogueText.Valid),
            new InMemoryAdditionalText("/p/catalog/health.catalog.json", CatalogueText.Valid.Replace("\"socialAssistance\"", "\"health\"")),
        };

        [Fact]
        public void Running_again_on_the_same_inputs_is_all_cached_and_outputs_are_equal()
        {
            CSharpCompilation compilation = GeneratorHarness.Compilation("namespace County.Portal { internal static class Program { } }");
            AdditionalText[] files = Files().Append(GeneratorHarness.BuiltIn("domains.json")).ToArray();
            GeneratorDriver driver = GeneratorHarness.Driver(files, GeneratorHarness.StandardLibrary).RunGenerators(compilation);
            GeneratorRunResult first = driver.GetRunResult().Results.Single();

            GeneratorRunResult second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

            foreach (string step in TrackedSteps)
            {
                Assert.True(first.TrackedSteps.ContainsKey(step), $"step {step} did not run");
                ImmutableArray<IncrementalGeneratorRunStep> before = first.TrackedSteps[step];
                ImmutableArray<IncrementalGeneratorRunStep> after = second.TrackedSteps[step];
                Assert.Equal(before.Length, after.Length);
                for (int i = 0; i < before.Length; i++)
                {
                    Assert.Equal(before[i].Outputs.Select(o => o.Value), after[i].Outputs.Select(o => o.Value));
                    Assert.All(after[i].Outputs, o => Assert.True(
                        o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"{step} output was {o.Reason}"));
                    AssertHoldsNoCompilerObjects(before[i], step);
                }
            }

            Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        [Fact]
        public void Editing_one_catalogue_recomputes_only_that_files_output()
        {
            AdditionalText[] files = Files();
            CSharpCompilation compilation = GeneratorHarness.Compilation("namespace County.Portal { internal static class Program { } }");
            GeneratorDriver driver = GeneratorHarness.Driver(files, GeneratorHarness.ConsumerProject).RunGenerators(compilation);

            var edited = new InMemoryAdditionalText(files[0].Path, CatalogueText.Valid.Replace("县民政局", "区民政局"));
            GeneratorRunResult run = driver.ReplaceAdditionalText(files[0], edited).RunGenerators(compilation).GetRunResult().Results.Single();

            IncrementalGeneratorRunStep[] outputs = run.TrackedSteps[TrackingNames.CatalogueOutputs].ToArray();
            Assert.Equal(2, outputs.Length);
            Assert.Equal(IncrementalStepRunReason.Modified, ReasonFor(outputs, "socialAssistance.catalog.json"));
            Assert.Contains(ReasonFor(outputs, "health.catalog.json"), new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });

            // The registry depends only on class names and versions, which did not change.
            Assert.All(run.TrackedSteps[TrackingNames.Registry].SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));

            // Source production ran again for the edited file only.
            var produced = run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Where(o => o.Reason != IncrementalStepRunReason.Cached).ToArray();
            Assert.Single(produced);
            Assert.Contains("区民政局", run.GeneratedSources.Single(s => s.HintName == "Catalogue.SocialAssistanceCatalogue.g.cs").SourceText.ToString());
        }

        [Fact]
        public void Editing_code_but_no_catalogue_leaves_every_output_cached()
        {
            CSharpCompilation compilation = GeneratorHarness.Compilation("namespace County.Portal { internal static class Program { } }");
            GeneratorDriver driver = GeneratorHarness.Driver(Files(), GeneratorHarness.ConsumerProject).RunGenerators(compilation);

            CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace County.Portal { internal static class More { } }", GeneratorHarness.ParseOptions));
            GeneratorRunResult run = driver.RunGenerators(edited).GetRunResult().Results.Single();

            Assert.All(run.TrackedSteps[TrackingNames.ReferencedDomains].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
            Assert.All(run.TrackedSteps[TrackingNames.CatalogueOutputs].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
            Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        private static IncrementalStepRunReason ReasonFor(IEnumerable<IncrementalGeneratorRunStep> steps, string fileName) =>
            steps.Single(s => s.Outputs.Single().Value.ToString()!.Contains(fileName)).Outputs.Single().Reason;

        /// <summary>Walks a step's outputs and fails on any compilation, symbol or syntax node kept in a model.</summary>
        private static void AssertHoldsNoCompilerObjects(IncrementalGeneratorRunStep step, string name)
        {
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            foreach ((object value, IncrementalStepRunReason _) in step.Outputs)
            {
                Visit(value);
            }

            void Visit(object? node)
            {
                if (node is null || !seen.Add(node))
                {
                    return;
                }

                Assert.False(node is Compilation or ISymbol or SyntaxNode or SyntaxTree or AdditionalText, $"{name} keeps a {node.GetType().Name}");
                System.Type type = node.GetType();
                if (type.IsPrimitive || type.IsEnum || node is string)
                {
                    return;
                }

                if (node is IEnumerable items)
                {
                    foreach (object? item in items)
                    {
                        Visit(item);
                    }

                    return;
                }

                foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
                {
                    Visit(field.GetValue(node));
                }
            }
        }
    }
}
