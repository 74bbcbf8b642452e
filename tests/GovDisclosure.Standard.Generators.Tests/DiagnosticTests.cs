using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GovDisclosure.Standard.Generators.Tests
{
    /// <summary>
    /// Each GDGEN id fires on its bad input, at the line and column of the offending JSON, and a file
    /// with an error yields no generated type (another, valid file is unaffected).
    /// </summary>
    public sealed class DiagnosticTests
    {
        private const string BrokenPath = "/project/catalog/socialAssistance.catalog.json";
        private const string OtherPath = "/project/catalog/health.catalog.json";

        public static TheoryData<string, string, string, string, int, string> ErrorCases => new TheoryData<string, string, string, string, int, string>
        {
            // id, text to replace, replacement, marker where the diagnostic points, marker occurrence, message fragment
            { "GDGEN001", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\"", "\"entries\"", 1, "expected ',' or '}'" },
            { "GDGEN001", "\"categories\": [5]", "\"categories\": [5,]", "[5,‸]", 1, "trailing comma" },
            { "GDGEN002", "      \"timeLimit\": \"信息形成或者变更之日起20个工作日内\",\n", string.Empty, "{\n      \"code\": \"temporaryAssistanceServiceGuide\"", 1, "'timeLimit' is missing" },
            { "GDGEN002", "\"responsibleBody\": \"县民政局\"", "\"responsibleBody\": \"  \"", "\"  \"", 1, "'responsibleBody' must not be blank" },
            { "GDGEN002", "\"channels\": [\"noticeBoard\"]", "\"channels\": []", "[]", 1, "must not be an empty array" },
            { "GDGEN003", "\"categories\": [5]", "\"categories\": [\"5\"]", "\"5\"", 1, "must be a whole number, found a string" },
            { "GDGEN003", "\"legalBasis\": [\"《社会救助暂行办法》\"],\n      \"timeLimit\": \"制定", "\"legalBasis\": \"《社会救助暂行办法》\",\n      \"timeLimit\": \"制定", "\"《社会救助暂行办法》\",", 1, "must be an array" },
            { "GDGEN002", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"firstLevelItems\": [{ \"name\": \"最低生活保障\" }],", "{ \"name\": \"最低生活保障\" }", 1, "'source' is missing" },
            { "GDGEN002", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"firstLevelItems\": [],", "[],", 1, "must not be an empty array" },
            { "GDGEN003", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"firstLevelItems\": \"政策文件\",", "\"政策文件\"", 1, "must be an array" },
            { "GDGEN003", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"firstLevelItems\": [\"政策文件\"],", "\"政策文件\"", 1, "must be an array of objects with name and source" },
            { "GDGEN005", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"firstLevelItems\": [{ \"name\": \"临时救助\", \"source\": \"a\" }, { \"name\": \"临时救助\", \"source\": \"b\" }],", "\"临时救助\"", 2, "first-level item '临时救助' is already defined at line 4" },
            { "GDGEN002", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"guidelineItemCounts\": { \"firstLevel\": 9 },", "{ \"firstLevel\"", 1, "'source' is missing" },
            { "GDGEN003", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"guidelineItemCounts\": { \"firstLevel\": 0, \"source\": \"a\" },", "0,", 1, "must be a whole number of at least 1" },
            { "GDGEN003", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"guidelineItemCounts\": { \"firstLevel\": 9, \"secondLevel\": \"25\", \"source\": \"a\" },", "\"25\"", 1, "must be a whole number" },
            { "GDGEN003", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"guidelineItemCounts\": [9],", "[9]", 1, "must be an object" },
            { "GDGEN003", "\"categories\": [5]", "\"categories\": [5],\n      \"confirmedBy\": \"某县人民政府\"", "\"某县人民政府\"", 1, "must be an array" },
            { "GDGEN002", "\"categories\": [5]", "\"categories\": [5],\n      \"confirmedBy\": [\" \"]", "\" \"", 1, "must not contain a blank string" },
            { "GDGEN003", "\"categories\": [5]", "\"categories\": [5],\n      \"categoriesInferred\": \"yes\"", "\"yes\"", 1, "must be true or false" },
            { "GDGEN004", "\"channels\": [\"governmentWebsite\"]", "\"channels\": [\"governmentWebsit\"]", "\"governmentWebsit\"", 1, "did you mean 'governmentWebsite' (政府网站)?" },
            { "GDGEN004", "\"channels\": [\"governmentWebsite\"]", "\"channels\": [\"政府网站\"]", "\"政府网站\"", 1, "did you mean 'governmentWebsite' (政府网站)?" },
            { "GDGEN004", "\"channels\": [\"governmentWebsite\"]", "\"channels\": [\"other:\"]", "\"other:\"", 1, "write 'other:<name>'" },
            { "GDGEN004", "\"audiences\": [\"public\"]", "\"audiences\": [\"publik\"]", "\"publik\"", 1, "did you mean 'public' (全社会)?" },
            { "GDGEN004", "\"modes\": [\"proactive\"]", "\"modes\": [\"proactve\"]", "\"proactve\"", 1, "did you mean 'proactive' (主动公开)?" },
            { "GDGEN004", "\"levels\": [\"county\"]", "\"levels\": [\"countie\"]", "\"countie\"", 1, "did you mean 'county' (县级)?" },
            { "GDGEN004", "\"requirement\": \"required\"", "\"requirement\": \"requird\"", "\"requird\"", 1, "did you mean 'required' (必须公开)?" },
            { "GDGEN004", "\"categories\": [5]", "\"categories\": [16]", "16", 1, "Article 20 has items 1 to 15" },
            { "GDGEN005", "\"code\": \"temporaryAssistanceServiceGuide\"", "\"code\": \"minimumLivingAllowanceServiceGuide\"", "\"minimumLivingAllowanceServiceGuide\"", 2, "already defined at line 6, column 15" },
            { "GDGEN006", "\"code\": \"temporaryAssistanceServiceGuide\"", "\"code\": \"temporary-assistance\"", "\"temporary-assistance\"", 1, "'-' is neither" },
            { "GDGEN006", "\"code\": \"temporaryAssistanceServiceGuide\"", "\"code\": \"2ndGuide\"", "\"2ndGuide\"", 1, "starts with an ASCII lower-case letter" },
            { "GDGEN007", "\"code\": \"temporaryAssistanceServiceGuide\"", "\"code\": \"all\"", "\"all\"", 1, "the generated name 'All' collides" },
            { "GDGEN007", "\"code\": \"temporaryAssistanceServiceGuide\"", "\"code\": \"coverageNote\"", "\"coverageNote\"", 1, "the generated name 'CoverageNote' collides" },
            { "GDGEN007", "\"code\": \"temporaryAssistanceServiceGuide\"", "\"code\": \"socialAssistanceCatalogue\"", "\"socialAssistanceCatalogue\"", 1, "its enclosing class" },
            { "GDGEN009", "\"domain\": \"socialAssistance\"", "\"domain\": \"socialAssistence\"", "\"socialAssistence\"", 1, "did you mean 'socialAssistance'?" },
        };

        [Theory]
        [MemberData(nameof(ErrorCases))]
        public void Error_points_at_the_offending_json_and_the_file_generates_nothing(
            string id, string original, string replacement, string marker, int occurrence, string messageFragment)
        {
            string broken = CatalogueText.With(original, replacement);
            string other = CatalogueText.Valid.Replace("\"socialAssistance\"", "\"health\"");

            GeneratorOutcome outcome = GeneratorHarness.Run((BrokenPath, broken), (OtherPath, other));

            Diagnostic diagnostic = Assert.Single(outcome.Diagnostics);
            Assert.Equal(id, diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            AssertPointsAt(diagnostic, BrokenPath, CatalogueText.PositionOf(broken, marker, occurrence));
            Assert.Contains(messageFragment, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(new[] { "Catalogue.HealthCatalogue.g.cs", "Registry.LocalCatalogue.g.cs" }, outcome.Sources.Keys.OrderBy(k => k));
            Assert.DoesNotContain("SocialAssistance", outcome.Sources["Registry.LocalCatalogue.g.cs"]);
            Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        }

        public static TheoryData<string, string, string, string, string> WarningCases => new TheoryData<string, string, string, string, string>
        {
            { "GDGEN008", "\"timeLimit\": \"制定或获取信息之日起10个工作日内\"", "\"timeLimit\": \"按规定时限公开\"", "\"按规定时限公开\"", "no trigger and period recognised in '按规定时限公开'" },
            { "GDGEN008", "\"timeLimit\": \"制定或获取信息之日起10个工作日内\"", "\"timeLimit\": \"法律、法规另有规定的，从其规定\"", "\"法律、法规另有规定的，从其规定\"", "no clause with a trigger and a period" },
            { "GDGEN012", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"firstLevelItems\": [{ \"name\": \"临时救助\", \"sorce\": \"a\", \"source\": \"b\" }],", "\"sorce\"", "did you mean 'source'?" },
            { "GDGEN012", "\"firstLevelItem\": \"临时救助\",", "\"firstLevelItem\": \"临时救助\",\n      \"thirdLevelitem\": null,", "\"thirdLevelitem\"", "did you mean 'thirdLevelItem'?" },
        };

        [Theory]
        [MemberData(nameof(WarningCases))]
        public void Warning_points_at_the_json_and_the_class_is_still_generated(string id, string original, string replacement, string marker, string messageFragment)
        {
            string text = CatalogueText.With(original, replacement);

            GeneratorOutcome outcome = GeneratorHarness.Run((BrokenPath, text));

            Diagnostic diagnostic = Assert.Single(outcome.Diagnostics);
            Assert.Equal(id, diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            AssertPointsAt(diagnostic, BrokenPath, CatalogueText.PositionOf(text, marker));
            Assert.Contains(messageFragment, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("Catalogue.SocialAssistanceCatalogue.g.cs", outcome.Sources.Keys);
            Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        }

        [Fact]
        public void An_entry_without_levels_generates_without_a_diagnostic()
        {
            // 公开层级 is not in the national minimum of 国办发〔2019〕54号; several ministries' catalogues have no level column.
            string text = CatalogueText.With("      \"levels\": [\"county\"],\n", string.Empty);

            GeneratorOutcome outcome = GeneratorHarness.Run((BrokenPath, text));

            Assert.Empty(outcome.Diagnostics);
            Assert.Contains("Catalogue.SocialAssistanceCatalogue.g.cs", outcome.Sources.Keys);
            Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        }

        [Fact]
        public void Every_problem_in_a_file_is_reported_not_just_the_first()
        {
            string text = CatalogueText.With("\"audiences\": [\"public\"]", "\"audiences\": [\"publik\"]")
                .Replace("\"levels\": [\"township\"]", "\"levels\": [\"towns\"]");

            GeneratorOutcome outcome = GeneratorHarness.Run((BrokenPath, text));

            Assert.Equal(new[] { "GDGEN004", "GDGEN004" }, outcome.Diagnostics.Select(d => d.Id));
            Assert.Empty(outcome.Sources);
        }

        [Fact]
        public void Two_files_of_one_domain_collide_and_the_later_path_reports_GDGEN007()
        {
            const string second = "/project/catalog/z-more.catalog.json";

            GeneratorOutcome outcome = GeneratorHarness.Run((BrokenPath, CatalogueText.Valid), (second, CatalogueText.Valid));

            Diagnostic diagnostic = Assert.Single(outcome.Diagnostics);
            Assert.Equal("GDGEN007", diagnostic.Id);
            AssertPointsAt(diagnostic, second, CatalogueText.PositionOf(CatalogueText.Valid, "\"socialAssistance\""));
            Assert.Contains(BrokenPath, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(new[] { "Catalogue.SocialAssistanceCatalogue.g.cs", "Registry.LocalCatalogue.g.cs" }, outcome.Sources.Keys.OrderBy(k => k));
        }

        [Fact]
        public void A_catalogue_class_named_like_the_registry_reports_GDGEN007()
        {
            var properties = new Dictionary<string, string> { ["RootNamespace"] = "County.Portal", ["GovDisclosureCatalogRegistryName"] = "SocialAssistanceCatalogue" };

            GeneratorOutcome outcome = GeneratorHarness.Run(new[] { new InMemoryAdditionalText(BrokenPath, CatalogueText.Valid) }, properties);

            Diagnostic diagnostic = Assert.Single(outcome.Diagnostics);
            Assert.Equal("GDGEN007", diagnostic.Id);
            Assert.Contains("the registry class", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Empty(outcome.Sources);
        }

        [Fact]
        public void A_file_that_cannot_be_read_becomes_GDGEN010_not_a_generator_crash()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(new AdditionalText[]
            {
                new ThrowingAdditionalText(BrokenPath),
                new InMemoryAdditionalText(OtherPath, CatalogueText.Valid.Replace("\"socialAssistance\"", "\"health\"")),
            });

            Assert.Null(outcome.Generator.Exception);
            Diagnostic diagnostic = Assert.Single(outcome.Diagnostics);
            Assert.Equal("GDGEN010", diagnostic.Id);
            Assert.Equal(BrokenPath, diagnostic.Location.GetLineSpan().Path);
            Assert.Contains("the file cannot be read", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("Catalogue.HealthCatalogue.g.cs", outcome.Sources.Keys);
        }

        [Fact]
        public void Standard_library_without_domains_json_reports_GDGEN011()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(System.Array.Empty<AdditionalText>(), GeneratorHarness.StandardLibrary);

            Assert.Equal("GDGEN011", Assert.Single(outcome.Diagnostics).Id);
            Assert.DoesNotContain("PilotDomain.g.cs", outcome.Sources.Keys);
        }

        [Fact]
        public void A_second_domains_json_reports_GDGEN011_and_the_first_is_used()
        {
            InMemoryAdditionalText domains = GeneratorHarness.BuiltIn("domains.json");
            var copy = new InMemoryAdditionalText("/zz/domains.json", domains.GetText().ToString());

            GeneratorOutcome outcome = GeneratorHarness.Run(new AdditionalText[] { domains, copy }, GeneratorHarness.StandardLibrary);

            Diagnostic diagnostic = Assert.Single(outcome.Diagnostics);
            Assert.Equal("GDGEN011", diagnostic.Id);
            Assert.Equal(copy.Path, diagnostic.Location.GetLineSpan().Path);
            Assert.Contains("PilotDomain.g.cs", outcome.Sources.Keys);
        }

        [Fact]
        public void Duplicate_domain_code_in_domains_json_reports_GDGEN005_and_no_PilotDomain()
        {
            string text = GeneratorHarness.BuiltIn("domains.json").GetText().ToString()
                .Replace("\"code\": \"publicResourceTrading\"", "\"code\": \"majorConstructionProjects\"");

            GeneratorOutcome outcome = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/repo/catalog/domains.json", text) }, GeneratorHarness.StandardLibrary);

            Diagnostic diagnostic = Assert.Single(outcome.Diagnostics);
            Assert.Equal("GDGEN005", diagnostic.Id);
            AssertPointsAt(diagnostic, "/repo/catalog/domains.json", CatalogueText.PositionOf(text, "\"majorConstructionProjects\"", 2));
            Assert.DoesNotContain("PilotDomain.g.cs", outcome.Sources.Keys);
        }

        private static void AssertPointsAt(Diagnostic diagnostic, string path, (int Line, int Column) expected)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            Assert.Equal(path, span.Path);
            Assert.Equal(expected, (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        }
    }
}
