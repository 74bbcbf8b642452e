using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>Rules and published data cite the Regulations or the national document, never internal notes.</summary>
    public sealed class CitationTests
    {
        [Fact]
        public void Enforcement_disclosure_periods_cite_the_national_document_and_its_proviso()
        {
            RuleDescriptor rule = RuleRegistry.Find("GD-TIME-001")!;

            Assert.Contains("国办发〔2018〕118号", rule.Description.Chinese);
            Assert.Contains("法律、行政法规另有规定的除外", rule.Description.Chinese);
            Assert.Contains("国办发〔2018〕118号", rule.Description.English);
        }

        [Fact]
        public void The_reply_period_excludes_time_spent_consulting_third_parties_and_other_agencies()
        {
            RuleDescriptor rule = RuleRegistry.Find("GD-TIME-005")!;

            Assert.Contains("征求第三方和其他机关意见", rule.Description.Chinese);
            Assert.Contains("other agencies", rule.Description.English);
        }

        [Fact]
        public void Published_catalogue_data_and_schemas_cite_no_internal_notes()
        {
            var internalNote = new Regex("seed|domain-reference", RegexOptions.IgnoreCase);
            string[] offending = Directory.GetFiles(RepositoryFiles.PathOf("catalog"), "*.json", SearchOption.AllDirectories)
                .SelectMany(path => File.ReadAllLines(path).Select((line, i) => (path, line, i)))
                .Where(x => internalNote.IsMatch(x.line))
                .Select(x => Path.GetFileName(x.path) + ":" + (x.i + 1) + ": " + x.line.Trim())
                .ToArray();

            Assert.True(offending.Length == 0, string.Join("\n", offending));
        }
    }
}
