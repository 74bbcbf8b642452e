using System.IO;
using System.Text;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;
using Xunit;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>A rules file configures a rule set by rule id without code, and every mistake in it is located.</summary>
    public class RuleSetFileTests
    {
        [Fact]
        public void A_rules_file_turns_rules_off_regrades_them_and_turns_on_an_opt_in_rule()
        {
            RuleSet set = Read(
                "{\n  // county checks\n  \"name\": \"county-2025\",\n  \"rules\": {\n    \"GD-CAT-009\": \"off\",\n    \"GD-CAT-004\": \"information\",\n    \"GD-CAT-011\": \"on\",\n  },\n}\n");

            Assert.Equal("county-2025", set.Name);
            Assert.False(set.Contains("GD-CAT-009"));
            Assert.Equal(FindingSeverity.Information, set.SeverityOf("GD-CAT-004"));
            Assert.True(set.Contains("GD-CAT-011"));
            Assert.False(RuleSet.Standard.Contains("GD-CAT-011"));
            Assert.Equal(RuleSet.Standard.Rules.Count, set.Rules.Count);
        }

        [Fact]
        public void A_rules_file_starts_from_the_set_it_extends_or_else_from_the_one_given()
        {
            RuleSet strict = Read("{ \"extends\": \"strict\" }");
            RuleSet given = Read("{ \"rules\": {} }", RuleSet.FivePartGuide);

            Assert.Equal("rules", strict.Name);
            Assert.All(strict.Describe(), d => Assert.NotEqual(FindingSeverity.Warning, d.Severity));
            Assert.True(given.Contains("GD-DG-001"));
            Assert.Equal(RuleSet.Standard.Rules.Count, Read("\uFEFF{}").Rules.Count);
        }

        [Theory]
        [InlineData("", 1, 1, "the rules file is empty")]
        [InlineData("[]", 1, 1, "expected one JSON object")]
        [InlineData("{\n  \"rule\": {}\n}", 2, 3, "unknown member 'rule'")]
        [InlineData("{\n  \"extends\": \"county\"\n}", 2, 14, "there is no built-in rule set 'county'")]
        [InlineData("{\n  \"rules\": {\n    \"GD-CAT-999\": \"off\"\n  }\n}", 3, 5, "there is no rule 'GD-CAT-999'")]
        [InlineData("{\n  \"rules\": {\n    \"gd-cat-009\": \"off\"\n  }\n}", 3, 5, "is written 'GD-CAT-009'")]
        [InlineData("{\n  \"rules\": {\n    \"GD-CAT-009\": \"warnng\"\n  }\n}", 3, 19, "unknown setting 'warnng' for GD-CAT-009")]
        [InlineData("{\n  \"rules\": {\n    \"GD-CAT-009\": false\n  }\n}", 3, 19, "expected the setting of GD-CAT-009")]
        [InlineData("{\n  \"rules\": {\n    \"GD-CAT-009\": \"off\",\n    \"GD-CAT-009\": \"error\"\n  }\n}", 4, 5, "the rule GD-CAT-009 is set twice")]
        [InlineData("{\n  \"rules\": {\n    \"GD-STR-001\": \"off\"\n  }\n}", 3, 19, "GD-STR-001 cannot be turned off")]
        [InlineData("{\n  \"rules\": [\"GD-CAT-009\"]\n}", 2, 12, "expected an object of rule ids to settings")]
        [InlineData("{\n  \"name\": \"目录\", \"rules\": {\n    \"GD-CAT-009\": \"of\"\n  }\n}", 3, 19, "unknown setting 'of'")]
        [InlineData("{ \"rules\": { \"GD-CAT-009\": \"off\" }\n", 2, 1, "not valid JSON")]
        [InlineData("{}\n{}", 2, 1, "not valid JSON")]
        public void A_mistake_is_refused_at_its_line_and_column(string text, long line, long column, string english)
        {
            InputException e = Assert.Throws<InputException>(() => Read(text));

            Assert.Equal("rules.json", e.Location.File);
            Assert.Equal(line, e.Location.Line);
            Assert.Equal(column, e.Location.Column);
            Assert.Contains(english, e.Text.English, System.StringComparison.Ordinal);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.Text.Chinese);
        }

        [Fact]
        public void A_missing_rules_file_is_refused_by_name()
        {
            string path = Path.Combine(Path.GetTempPath(), "govdisclosure-no-such-rules-" + System.Guid.NewGuid().ToString("N") + ".json");

            InputException e = Assert.Throws<InputException>(() => RuleSetFile.Load(path));

            Assert.Equal(path, e.Location.File);
            Assert.Contains("cannot read the rules file", e.Text.English, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_rules_file_over_its_size_limit_is_refused_unread()
        {
            var huge = new MemoryStream(new byte[RuleSetFile.MaxBytes + 1]);

            InputException e = Assert.Throws<InputException>(() => RuleSetFile.Read(huge, "huge.json"));

            Assert.Contains("is over", e.Text.English, System.StringComparison.Ordinal);
        }

        private static RuleSet Read(string text, RuleSet? fallback = null) =>
            RuleSetFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "rules.json", fallback);
    }
}
