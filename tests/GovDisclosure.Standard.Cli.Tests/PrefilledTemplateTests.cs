using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Cli.Catalogues;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>
    /// What <c>template DOMAIN --prefill</c> writes — every domain's built-in entries under the standard
    /// headers — reads back and validates with no error and no warning under the standard rules: the
    /// library's own catalogue is official wording, and a warning on it is a false alarm.
    /// </summary>
    public sealed class PrefilledTemplateTests
    {
        [Theory]
        [InlineData("csv")]
        [InlineData("xlsx")]
        public void Every_prefilled_template_validates_with_no_error_and_no_warning_under_the_standard_rules(string format)
        {
            var validator = new DisclosureValidator(RuleSet.Standard);
            var problems = new List<string>();
            int read = 0;
            foreach (PilotDomain domain in PilotDomain.Declared)
            {
                JsonElement[] records = CatalogueRecords.Records(CatalogueRecords.Entries(domain));
                if (records.Length == 0)
                {
                    continue;
                }

                using var stream = new MemoryStream();
                if (format == "csv")
                {
                    TabularWriter.WriteCsv(stream, DocumentKind.CatalogueEntry, records);
                }
                else
                {
                    TabularWriter.WriteXlsx(stream, DocumentKind.CatalogueEntry, records, null, domain.ChineseName);
                }

                stream.Position = 0;
                SourceRecord[] rows = ReadBack(stream, format, domain.Code + "." + format);
                read += rows.Length;
                problems.AddRange(validator.Validate(DocumentKind.CatalogueEntry, rows)
                    .SelectMany(r => r.Findings)
                    .Where(f => f.Severity >= FindingSeverity.Warning)
                    .Select(f => f.Location + " " + f.RuleId + " " + f.Severity + " " + f.Message.English));
            }

            Assert.True(read > 100, "read " + read + " rows");
            Assert.True(problems.Count == 0, problems.Count + " findings:\n" + string.Join("\n", problems));
        }

        private static SourceRecord[] ReadBack(Stream stream, string format, string name)
        {
            var options = new InputOptions { DisplayName = name };
            if (format == "csv")
            {
                return new CsvRecordReader(stream, options).Read().ToArray();
            }

            using var reader = new XlsxRecordReader(stream, options);
            return reader.Read().ToArray();
        }
    }
}
