using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using GovDisclosure.Standard.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace GovDisclosure.Standard.Generators.Tests
{
    /// <summary>
    /// Each GDGEN id fires on its bad input, spanning exactly the offending JSON, with its whole message
    /// (checked by the Roslyn source-generator test framework, which also compiles the project with the
    /// generated sources); a file with an error yields no generated type (another, valid file is unaffected).
    /// </summary>
    public sealed class DiagnosticTests
    {
        private const string BrokenPath = "/project/catalog/socialAssistance.catalog.json";
        private const string OtherPath = "/project/catalog/health.catalog.json";

        private static readonly string Other = CatalogueText.Valid.Replace("\"socialAssistance\"", "\"health\"");

        /// <summary>The members every generated catalogue class declares or inherits, as GDGEN007 lists them.</summary>
        private const string InheritedMembers = "All, Find, Domain, Version, Coverage, CoverageNote, SourceFile, FirstLevelItems, Equals, ReferenceEquals, GetHashCode, GetType, ToString, MemberwiseClone, Finalize";

        // id, text to replace, replacement, marker where the diagnostic starts, marker occurrence,
        // the text the diagnostic spans from there (null: the marker itself), the whole message
        public static TheoryData<string, string, string, string, int, string?, string> ErrorCases => new TheoryData<string, string, string, string, int, string?, string>
        {
            { "GDGEN001", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\"", "\"entries\"", 1, "\"", "socialAssistance.catalog.json is not valid JSON: expected ',' or '}' but found '\"'" },
            { "GDGEN001", "\"categories\": [5]", "\"categories\": [5,]", "[5,‸]", 1, "]", "socialAssistance.catalog.json is not valid JSON: a trailing comma before ']' is not allowed" },
            { "GDGEN002", "      \"timeLimit\": \"信息形成或者变更之日起20个工作日内\",\n", "", "{\n      \"code\": \"temporaryAssistanceServiceGuide\"", 1, "{", "entry 'temporaryAssistanceServiceGuide': required field 'timeLimit' is missing" },
            { "GDGEN002", "\"responsibleBody\": \"县民政局\"", "\"responsibleBody\": \"  \"", "\"  \"", 1, null, "entry 'minimumLivingAllowanceServiceGuide': required field 'responsibleBody' must not be blank" },
            { "GDGEN002", "\"channels\": [\"noticeBoard\"]", "\"channels\": []", "[]", 1, null, "entry 'temporaryAssistanceServiceGuide': required field 'channels' must not be an empty array" },
            { "GDGEN003", "\"categories\": [5]", "\"categories\": [\"5\"]", "\"5\"", 1, null, "entry 'minimumLivingAllowanceServiceGuide': field 'categories' must be a whole number, found a string" },
            { "GDGEN003", "\"legalBasis\": [\"《社会救助暂行办法》\"],\n      \"timeLimit\": \"制定", "\"legalBasis\": \"《社会救助暂行办法》\",\n      \"timeLimit\": \"制定", "\"《社会救助暂行办法》\",", 1, "\"《社会救助暂行办法》\"", "entry 'minimumLivingAllowanceServiceGuide': field 'legalBasis' must be an array, found a string" },
            { "GDGEN002", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"firstLevelItems\": [{ \"name\": \"最低生活保障\" }],", "{ \"name\": \"最低生活保障\" }", 1, "{", "firstLevelItems[0]: required field 'source' is missing" },
            { "GDGEN002", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"firstLevelItems\": [],", "[],", 1, "[]", "catalogue: required field 'firstLevelItems' must not be an empty array" },
            { "GDGEN003", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"firstLevelItems\": \"政策文件\",", "\"政策文件\"", 1, null, "catalogue: field 'firstLevelItems' must be an array, found a string" },
            { "GDGEN003", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"firstLevelItems\": [\"政策文件\"],", "\"政策文件\"", 1, null, "catalogue: field 'firstLevelItems' must be an array of objects with name and source, found a string" },
            { "GDGEN005", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"firstLevelItems\": [{ \"name\": \"临时救助\", \"source\": \"a\" }, { \"name\": \"临时救助\", \"source\": \"b\" }],", "\"临时救助\"", 2, null, "firstLevelItems[1]: first-level item '临时救助' is already defined at line 4, column 33" },
            { "GDGEN002", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"guidelineItemCounts\": { \"firstLevel\": 9 },", "{ \"firstLevel\"", 1, "{", "guidelineItemCounts: required field 'source' is missing" },
            { "GDGEN003", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"guidelineItemCounts\": { \"firstLevel\": 0, \"source\": \"a\" },", "0,", 1, "0", "guidelineItemCounts: field 'firstLevel' must be a whole number of at least 1, found a number" },
            { "GDGEN003", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"guidelineItemCounts\": { \"firstLevel\": 9, \"secondLevel\": \"25\", \"source\": \"a\" },", "\"25\"", 1, null, "guidelineItemCounts: field 'secondLevel' must be a whole number, found a string" },
            { "GDGEN003", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"guidelineItemCounts\": [9],", "[9]", 1, null, "catalogue: field 'guidelineItemCounts' must be an object, found an array" },
            { "GDGEN003", "\"categories\": [5]", "\"categories\": [5],\n      \"confirmedBy\": \"某县人民政府\"", "\"某县人民政府\"", 1, null, "entry 'minimumLivingAllowanceServiceGuide': field 'confirmedBy' must be an array, found a string" },
            { "GDGEN002", "\"categories\": [5]", "\"categories\": [5],\n      \"confirmedBy\": [\" \"]", "\" \"", 1, null, "entry 'minimumLivingAllowanceServiceGuide': required field 'confirmedBy' must not contain a blank string" },
            { "GDGEN003", "\"categories\": [5]", "\"categories\": [5],\n      \"categoriesInferred\": \"yes\"", "\"yes\"", 1, null, "entry 'minimumLivingAllowanceServiceGuide': field 'categoriesInferred' must be true or false, found a string" },
            { "GDGEN004", "\"channels\": [\"governmentWebsite\"]", "\"channels\": [\"governmentWebsit\"]", "\"governmentWebsit\"", 1, null, "entry 'minimumLivingAllowanceServiceGuide': 'governmentWebsit' is not a known disclosure channel; did you mean 'governmentWebsite' (政府网站)?" },
            { "GDGEN004", "\"channels\": [\"governmentWebsite\"]", "\"channels\": [\"政府网站\"]", "\"政府网站\"", 1, null, "entry 'minimumLivingAllowanceServiceGuide': '政府网站' is not a known disclosure channel; did you mean 'governmentWebsite' (政府网站)?" },
            { "GDGEN004", "\"channels\": [\"governmentWebsite\"]", "\"channels\": [\"other:\"]", "\"other:\"", 1, null, "entry 'minimumLivingAllowanceServiceGuide': 'other:' is not a known disclosure channel; an 其他 channel needs its name: write 'other:<name>', e.g. 'other:公共资源交易平台'" },
            { "GDGEN004", "\"audiences\": [\"public\"]", "\"audiences\": [\"publik\"]", "\"publik\"", 1, null, "entry 'minimumLivingAllowanceServiceGuide': 'publik' is not a known disclosure audience; did you mean 'public' (全社会)?" },
            { "GDGEN004", "\"modes\": [\"proactive\"]", "\"modes\": [\"proactve\"]", "\"proactve\"", 1, null, "entry 'minimumLivingAllowanceServiceGuide': 'proactve' is not a known disclosure mode; did you mean 'proactive' (主动公开)?" },
            { "GDGEN004", "\"levels\": [\"county\"]", "\"levels\": [\"countie\"]", "\"countie\"", 1, null, "entry 'minimumLivingAllowanceServiceGuide': 'countie' is not a known administrative level; did you mean 'county' (县级)?" },
            { "GDGEN004", "\"requirement\": \"required\"", "\"requirement\": \"requird\"", "\"requird\"", 1, null, "entry 'minimumLivingAllowanceServiceGuide': 'requird' is not a known element requirement; did you mean 'required' (必须公开)?" },
            { "GDGEN004", "\"categories\": [5]", "\"categories\": [16]", "16", 1, null, "entry 'minimumLivingAllowanceServiceGuide': '16' is not a known disclosure category (Art. 20 item); Article 20 has items 1 to 15" },
            { "GDGEN005", "\"code\": \"temporaryAssistanceServiceGuide\"", "\"code\": \"minimumLivingAllowanceServiceGuide\"", "\"minimumLivingAllowanceServiceGuide\"", 2, null, "entry 'minimumLivingAllowanceServiceGuide': entry code 'minimumLivingAllowanceServiceGuide' is already defined at line 6, column 15" },
            { "GDGEN006", "\"code\": \"temporaryAssistanceServiceGuide\"", "\"code\": \"temporary-assistance\"", "\"temporary-assistance\"", 1, null, "entry 'temporary-assistance': 'temporary-assistance' cannot become a C# identifier: a code holds only ASCII letters and digits, and '-' is neither" },
            { "GDGEN006", "\"code\": \"temporaryAssistanceServiceGuide\"", "\"code\": \"2ndGuide\"", "\"2ndGuide\"", 1, null, "entry '2ndGuide': '2ndGuide' cannot become a C# identifier: a code starts with an ASCII lower-case letter (camelCase, e.g. 'minimumLivingAllowance')" },
            { "GDGEN007", "\"code\": \"temporaryAssistanceServiceGuide\"", "\"code\": \"all\"", "\"all\"", 1, null, "entry 'all': the generated name 'All' collides with a member every generated catalogue class declares or inherits (" + InheritedMembers + ")" },
            { "GDGEN007", "\"code\": \"temporaryAssistanceServiceGuide\"", "\"code\": \"coverageNote\"", "\"coverageNote\"", 1, null, "entry 'coverageNote': the generated name 'CoverageNote' collides with a member every generated catalogue class declares or inherits (" + InheritedMembers + ")" },
            { "GDGEN007", "\"code\": \"temporaryAssistanceServiceGuide\"", "\"code\": \"socialAssistanceCatalogue\"", "\"socialAssistanceCatalogue\"", 1, null, "entry 'socialAssistanceCatalogue': the generated name 'SocialAssistanceCatalogue' collides with its enclosing class (a member cannot have its class's name)" },
            { "GDGEN009", "\"domain\": \"socialAssistance\"", "\"domain\": \"socialAssistence\"", "\"socialAssistence\"", 1, null, "catalogue: 'socialAssistence' is not a known pilot domain code; did you mean 'socialAssistance'?" },
        };

        [Theory]
        [MemberData(nameof(ErrorCases))]
        public async Task Error_spans_exactly_the_offending_json_and_the_project_still_compiles(
            string id, string original, string replacement, string marker, int occurrence, string? spanned, string message)
        {
            string broken = CatalogueText.With(original, replacement);

            await new CatalogueGeneratorTest
            {
                ExpectedDiagnostics = { Expected(id, DiagnosticSeverity.Error, BrokenPath, broken, marker, occurrence, spanned, message) },
            }
                .WithFile(BrokenPath, broken)
                .WithFile(OtherPath, Other)
                .RunAsync();
        }

        public static IEnumerable<object?[]> ErrorInputs => ErrorCases.Select(c => c.Take(3).ToArray());

        [Theory]
        [MemberData(nameof(ErrorInputs))]
        public void A_file_with_an_error_generates_nothing_and_another_file_is_unaffected(string id, string original, string replacement)
        {
            GeneratorOutcome outcome = GeneratorHarness.Run((BrokenPath, CatalogueText.With(original, replacement)), (OtherPath, Other));

            Assert.Equal(id, Assert.Single(outcome.Diagnostics).Id);
            Assert.Equal(new[] { "Catalogue.HealthCatalogue.g.cs", "Registry.LocalCatalogue.g.cs" }, outcome.Sources.Keys.OrderBy(k => k));
            Assert.DoesNotContain("SocialAssistance", outcome.Sources["Registry.LocalCatalogue.g.cs"]);
        }

        public static TheoryData<string, string, string, string, int, string?, string> WarningCases => new TheoryData<string, string, string, string, int, string?, string>
        {
            { "GDGEN008", "\"timeLimit\": \"制定或获取信息之日起10个工作日内\"", "\"timeLimit\": \"按规定时限公开\"", "\"按规定时限公开\"", 1, null, "entry 'minimumLivingAllowanceServiceGuide': the time limit '按规定时限公开' is not understood (no trigger and period recognised in '按规定时限公开'); it is kept verbatim but no deadline can be computed from it" },
            { "GDGEN008", "\"timeLimit\": \"制定或获取信息之日起10个工作日内\"", "\"timeLimit\": \"法律、法规另有规定的，从其规定\"", "\"法律、法规另有规定的，从其规定\"", 1, null, "entry 'minimumLivingAllowanceServiceGuide': the time limit '法律、法规另有规定的，从其规定' is not understood (it has no clause with a trigger and a period); it is kept verbatim but no deadline can be computed from it" },
            { "GDGEN012", "\"version\": \"1.0.0\",", "\"version\": \"1.0.0\",\n  \"firstLevelItems\": [{ \"name\": \"临时救助\", \"sorce\": \"a\", \"source\": \"b\" }],", "\"sorce\"", 1, null, "firstLevelItems[0]: field 'sorce' is not part of the catalogue format and is ignored; did you mean 'source'?" },
            { "GDGEN012", "\"firstLevelItem\": \"临时救助\",", "\"firstLevelItem\": \"临时救助\",\n      \"thirdLevelitem\": null,", "\"thirdLevelitem\"", 1, null, "entry 'temporaryAssistanceServiceGuide': field 'thirdLevelitem' is not part of the catalogue format and is ignored; did you mean 'thirdLevelItem'?" },
        };

        [Theory]
        [MemberData(nameof(WarningCases))]
        public async Task Warning_spans_exactly_the_json_it_is_about_and_the_project_compiles(
            string id, string original, string replacement, string marker, int occurrence, string? spanned, string message)
        {
            string text = CatalogueText.With(original, replacement);

            await new CatalogueGeneratorTest
            {
                ExpectedDiagnostics = { Expected(id, DiagnosticSeverity.Warning, BrokenPath, text, marker, occurrence, spanned, message) },
            }
                .WithFile(BrokenPath, text)
                .RunAsync();
        }

        public static IEnumerable<object?[]> WarningInputs => WarningCases.Select(c => c.Take(3).ToArray());

        [Theory]
        [MemberData(nameof(WarningInputs))]
        public void A_file_with_only_warnings_still_generates_its_class(string id, string original, string replacement)
        {
            GeneratorOutcome outcome = GeneratorHarness.Run((BrokenPath, CatalogueText.With(original, replacement)));

            Assert.Equal(id, Assert.Single(outcome.Diagnostics).Id);
            Assert.Contains("Catalogue.SocialAssistanceCatalogue.g.cs", outcome.Sources.Keys);
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

        /// <summary>The diagnostic expected at <paramref name="marker"/>, spanning <paramref name="spanned"/> (one line), located independently of the generator.</summary>
        private static DiagnosticResult Expected(string id, DiagnosticSeverity severity, string path, string text, string marker, int occurrence, string? spanned, string message)
        {
            (int line, int column) = CatalogueText.PositionOf(text, marker, occurrence);
            int length = (spanned ?? marker).Length;
            return new DiagnosticResult(id, severity).WithSpan(path, line, column, line, column + length).WithMessage(message);
        }

        private static void AssertPointsAt(Diagnostic diagnostic, string path, (int Line, int Column) expected)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            Assert.Equal(path, span.Path);
            Assert.Equal(expected, (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        }
    }
}
