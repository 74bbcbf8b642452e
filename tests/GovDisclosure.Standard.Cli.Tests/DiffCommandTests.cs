using System.IO;
using System.Text.Json;

namespace GovDisclosure.Standard.Cli.Tests
{
    public class DiffCommandTests
    {
        private const string Catalogue = "catalog/domains/socialAssistance.catalog.json";

        [Fact]
        public void A_file_compared_with_itself_has_no_changes_and_exits_zero()
        {
            Tool.Result result = Tool.Run("diff", Catalogue, Catalogue);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("0 breaking, 0 additive, 0 editorial", result.Stdout);
        }

        [Fact]
        public void A_removed_entry_is_breaking_and_exits_one()
        {
            using var temp = new TempFolder();
            string original = File.ReadAllText(Path.Combine(Tool.Root, Catalogue));
            using JsonDocument document = JsonDocument.Parse(original);
            string firstCode = document.RootElement.GetProperty("entries")[0].GetProperty("code").GetString()!;
            string edited = temp.File("edited.catalog.json");
            File.WriteAllText(edited, original.Replace("\"code\": \"" + firstCode + "\"", "\"code\": \"" + firstCode + "Renamed\""));

            Tool.Result result = Tool.Run("diff", Catalogue, edited, "--format", "json");

            Assert.True(result.ExitCode == 1, result.ToString());
            using JsonDocument report = JsonDocument.Parse(result.Stdout);
            Assert.True(report.RootElement.GetProperty("hasBreakingChanges").GetBoolean());
            Assert.Contains(firstCode, result.Stdout);
        }

        [Fact]
        public void An_added_optional_schema_field_is_additive_and_exits_zero()
        {
            using var temp = new TempFolder();
            string schema = File.ReadAllText(Path.Combine(Tool.Root, "catalog", "schema", "directoryItem.schema.json"));
            string widened = temp.File("directoryItem.schema.json");
            File.WriteAllText(widened, schema.Replace("\"properties\": {", "\"properties\": {\n    \"vendorNote\": { \"type\": \"string\" },"));

            Tool.Result result = Tool.Run("diff", "catalog/schema/directoryItem.schema.json", widened);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("ADDITIVE", result.Stdout);
        }

        [Fact]
        public void An_unreadable_file_exits_two_with_its_name()
        {
            using var temp = new TempFolder();
            string broken = temp.File("broken.json");
            File.WriteAllText(broken, "{ not json");

            Tool.Result result = Tool.Run("diff", Catalogue, broken);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("broken.json", result.Stderr);
        }
    }
}
