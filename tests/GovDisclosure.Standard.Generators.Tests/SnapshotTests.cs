using System.Linq;
using GovDisclosure.Standard.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GovDisclosure.Standard.Generators.Tests
{
    /// <summary>Generated source compared with checked-in snapshots (Snapshots/*.cs.txt; GOVDISCLOSURE_APPROVE=1 re-approves).</summary>
    public sealed class SnapshotTests
    {
        [Fact]
        public void Local_catalogue_generates_its_class_and_LocalCatalogue_as_approved()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(new[] { GeneratorHarness.Input("socialAssistance.catalog.json") });

            Assert.Empty(outcome.Diagnostics);
            Assert.Equal(new[] { "Catalogue.SocialAssistanceCatalogue.g.cs", "Registry.LocalCatalogue.g.cs" }, outcome.Sources.Keys.OrderBy(k => k));
            Snapshot.Matches("Local.SocialAssistanceCatalogue", outcome.Sources["Catalogue.SocialAssistanceCatalogue.g.cs"]);
            Snapshot.Matches("Local.LocalCatalogue", outcome.Sources["Registry.LocalCatalogue.g.cs"]);
        }

        [Fact]
        public void Local_catalogue_output_compiles_without_warnings_against_the_core_library()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(new[] { GeneratorHarness.Input("socialAssistance.catalog.json") });

            Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        }

        [Fact]
        public void Standard_library_generates_PilotDomain_catalogue_and_StandardCatalogue_as_approved()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(
                new AdditionalText[]
                {
                    GeneratorHarness.BuiltIn("domains.json"),
                    GeneratorHarness.BuiltIn("domains", "socialAssistance.catalog.json"),
                    GeneratorHarness.BuiltIn("domains", "publicResourceTrading.catalog.json"),
                },
                GeneratorHarness.StandardLibrary);

            Assert.Empty(outcome.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.Equal(
                new[]
                {
                    "Catalogue.PublicResourceTradingCatalogue.g.cs",
                    "Catalogue.SocialAssistanceCatalogue.g.cs",
                    "PilotDomain.g.cs",
                    "Registry.StandardCatalogue.g.cs",
                },
                outcome.Sources.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
            Snapshot.Matches("Standard.PilotDomain", outcome.Sources["PilotDomain.g.cs"]);
            Snapshot.Matches("Standard.StandardCatalogue", outcome.Sources["Registry.StandardCatalogue.g.cs"]);
            Snapshot.Matches("Standard.SocialAssistanceCatalogue", outcome.Sources["Catalogue.SocialAssistanceCatalogue.g.cs"]);
        }

        [Fact]
        public void Consumer_settings_choose_namespace_and_registry_name()
        {
            var properties = new System.Collections.Generic.Dictionary<string, string>
            {
                ["RootNamespace"] = "Ignored.Root",
                ["GovDisclosureCatalogNamespace"] = "City.Catalogues",
                ["GovDisclosureCatalogRegistryName"] = "CityCatalogue",
            };

            GeneratorOutcome outcome = GeneratorHarness.Run(new[] { GeneratorHarness.Input("socialAssistance.catalog.json") }, properties);

            Assert.Empty(outcome.Diagnostics);
            Assert.Contains("namespace City.Catalogues", outcome.Sources["Registry.CityCatalogue.g.cs"]);
            Assert.Contains("public static partial class CityCatalogue", outcome.Sources["Registry.CityCatalogue.g.cs"]);
            Assert.Contains("namespace City.Catalogues", outcome.Sources["Catalogue.SocialAssistanceCatalogue.g.cs"]);
            Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        }

        [Fact]
        public void A_project_without_catalogue_files_gets_no_generated_source()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(System.Array.Empty<AdditionalText>());

            Assert.Empty(outcome.Sources);
            Assert.Empty(outcome.Diagnostics);
        }
    }
}
