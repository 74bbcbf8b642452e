using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Json;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>
    /// <c>catalog</c> and <c>template --prefill</c> show the library's compiled <see cref="StandardCatalogue"/>,
    /// the one source of the standard catalogue, and nothing the tool carries itself.
    /// </summary>
    public class CatalogCommandTests
    {
        [Theory]
        [InlineData("socialAssistance")]
        [InlineData("elderlyCareServices")]
        [InlineData("urbanAndRuralPlanning")]
        public void Catalog_show_json_is_exactly_the_librarys_standard_catalogue_of_the_domain(string code)
        {
            PilotDomain domain = PilotDomain.Parse(code);

            Tool.Result show = Tool.Run("catalog", "show", code, "--format", "json");

            Assert.True(show.ExitCode == 0, show.ToString());
            using JsonDocument shown = JsonDocument.Parse(show.Stdout);
            string[] expected = StandardCatalogue.For(domain).Select(e => Canonical(CanonicalJson.Serialize(e))).ToArray();
            string[] actual = shown.RootElement.EnumerateArray().Select(e => Canonical(e.GetRawText())).ToArray();
            Assert.Equal(expected, actual);
        }

        [Fact]
        public void The_tool_carries_no_copy_of_the_catalogue_files()
        {
            string[] resources = typeof(GovDisclosure.Standard.Cli.Commands.CatalogCommand).Assembly.GetManifestResourceNames();

            Assert.DoesNotContain(resources, name => name.EndsWith(".catalog.json", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Catalog_list_gives_each_domains_entry_count_and_coverage_from_the_library()
        {
            Tool.Result list = Tool.Run("catalog", "list");

            Assert.True(list.ExitCode == 0, list.ToString());
            string[] rows = list.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
            Assert.Equal(PilotDomain.Declared.Count, rows.Length);
            foreach (PilotDomain domain in PilotDomain.Declared)
            {
                string row = Assert.Single(rows, r => r.Split(' ', System.StringSplitOptions.RemoveEmptyEntries)[1] == domain.Code);
                string[] cells = row.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(StandardCatalogue.For(domain).Count.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[3]);
                Assert.Equal(StandardCatalogue.CoverageOf(domain) ?? "-", cells[4]);
            }
        }

        [Fact]
        public void Catalog_show_table_names_the_guideline_and_the_catalogues_coverage_note()
        {
            PilotDomain domain = PilotDomain.SocialAssistance;

            Tool.Result show = Tool.Run("catalog", "show", "社会救助");

            Assert.True(show.ExitCode == 0, show.ToString());
            string note = Assert.IsType<string>(StandardCatalogue.CoverageNoteOf(domain));
            Assert.Contains(note, show.Stdout);
            Assert.Contains(domain.Guideline!.DocumentNumber!, show.Stdout);
            Assert.Contains($"{StandardCatalogue.For(domain).Count} entries, coverage {StandardCatalogue.CoverageOf(domain)}", show.Stdout);
        }

        private static string Canonical(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement);
        }
    }
}
