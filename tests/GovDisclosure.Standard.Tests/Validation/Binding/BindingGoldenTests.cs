using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Tests.Reporting;
using GovDisclosure.Standard.Validation;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// How every record of every sample, every real document and the generated files of records with mistakes binds —
    /// findings with their locations and messages, the pointers reported, the bound document — kept in golden files
    /// (<c>Validation/Binding/Golden</c>, written by <see cref="BindingDescription"/>), so that any change to what the
    /// binder gives shows in a diff a reviewer reads. A change that is meant is approved by running the tests with
    /// GOVDISCLOSURE_APPROVE=1.
    /// </summary>
    public sealed class BindingGoldenTests
    {
        private const string GoldenFolder = "tests/GovDisclosure.Standard.Tests/Validation/Binding/Golden";

        /// <summary>Every sample data file and real-document transcription (<see cref="ReportRuns.Inputs"/>), and the real documents' CSV and XLSX tables.</summary>
        public static IEnumerable<object[]> Inputs()
        {
            string root = RepositoryFiles.Root;
            IEnumerable<object[]> tables = Directory.EnumerateFiles(Path.Combine(root, "tests", "RealDocuments"), "*.*", SearchOption.AllDirectories)
                .Where(p => p.EndsWith(".csv", StringComparison.Ordinal) || p.EndsWith(".xlsx", StringComparison.Ordinal))
                .Select(p => new object[] { Path.GetRelativePath(root, p).Replace('\\', '/') });
            return ReportRuns.Inputs().Concat(tables).OrderBy(i => (string)i[0], StringComparer.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Inputs))]
        public void Every_record_of_a_sample_or_real_document_binds_as_its_golden_file_says(string relativePath)
        {
            string root = RepositoryFiles.Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            SourceInput input = SourceInput.Open(RepositoryFiles.PathOf(relativePath.Split('/')));
            string described = Describe(input.Kind, input.Records()).Replace(root, string.Empty, StringComparison.Ordinal);

            RepositoryFiles.AssertMatchesApproved(GoldenFolder + "/" + relativePath.Replace('/', '~') + ".golden.txt", described);
        }

        [Theory]
        [InlineData("json")]
        [InlineData("jsonl")]
        public void Every_generated_record_with_mistakes_binds_as_its_golden_file_says(string format) =>
            WithGeneratedMistakes(format, (folder, files) =>
            {
                var described = new StringBuilder();
                foreach ((DocumentKind kind, string path, int _) in files)
                {
                    described.Append("== ").Append(Path.GetFileName(path)).Append('\n');
                    described.Append(Describe(kind, SourceInput.Open(path, new InputOptions { Kind = kind }).Records(), documentsInFull: false));
                }

                RepositoryFiles.AssertMatchesApproved(
                    GoldenFolder + "/generated-mistakes." + format + ".golden.txt",
                    described.ToString().Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal));
            });

        [Theory]
        [InlineData("json")]
        [InlineData("jsonl")]
        public void The_generated_records_with_mistakes_give_every_finding_the_binder_makes(string format) =>
            WithGeneratedMistakes(format, (_, files) =>
            {
                // So that the golden files of generated records are not of clean records only.
                var validator = new DisclosureValidator();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach ((DocumentKind kind, string path, int count) in files)
                {
                    SourceRecord[] records = SourceInput.Open(path, new InputOptions { Kind = kind }).Records().ToArray();
                    Assert.Equal(count, records.Length);
                    seen.UnionWith(records.SelectMany(r => validator.ValidateRecord(kind, r).Findings).Select(f => f.RuleId));
                }

                Assert.Empty(BindingDescription.BinderRules.Except(seen));
            });

        [Fact]
        public void A_golden_file_is_kept_for_every_input_and_for_nothing_else()
        {
            var expected = Inputs().Select(i => ((string)i[0]).Replace('/', '~') + ".golden.txt")
                .Concat(new[] { "generated-mistakes.json.golden.txt", "generated-mistakes.jsonl.golden.txt" })
                .OrderBy(n => n, StringComparer.Ordinal);
            var kept = Directory.EnumerateFiles(RepositoryFiles.PathOf(GoldenFolder.Split('/')), "*.golden.txt")
                .Select(Path.GetFileName)
                .Where(n => !n!.Contains(".received.", StringComparison.Ordinal))
                .OrderBy(n => n, StringComparer.Ordinal);

            Assert.Equal(expected, kept);
        }

        /// <summary>Runs <paramref name="check"/> on the files of generated mistakes of <paramref name="format"/> (<see cref="MistakenRecordFiles"/>), written into a temporary folder that is deleted after.</summary>
        private static void WithGeneratedMistakes(string format, Action<string, IReadOnlyList<(DocumentKind Kind, string Path, int Records)>> check)
        {
            string folder = Path.Combine(Path.GetTempPath(), "binding-golden-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                check(folder, MistakenRecordFiles.Write(folder, format));
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        /// <summary>Every record's binding; the generated files' documents by their hashes only (their findings in full), to keep the files small.</summary>
        private static string Describe(DocumentKind kind, IEnumerable<SourceRecord> records, bool documentsInFull = true)
        {
            var text = new StringBuilder();
            foreach (SourceRecord record in records)
            {
                text.Append(BindingDescription.Of(kind, record, BindingDescription.AllRules, documentsInFull));
            }

            return text.ToString();
        }
    }
}
