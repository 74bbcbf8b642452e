using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// A private temporary folder for the cross-year rules' tests: published annual reports of the corpus are copied
    /// into it (or derived from them), run together, and the findings of the rules asked about are read from the JSON
    /// report.
    /// </summary>
    public abstract class PublishedReportPairFolder : IDisposable
    {
        /// <summary>The folder of transcribed published annual reports.</summary>
        protected static readonly string Corpus = RepositoryFiles.PathOf("tests", "RealDocuments", "annual-reports");

        protected PublishedReportPairFolder()
        {
            Folder = Path.Combine(Path.GetTempPath(), "govdisclosure-pair-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Folder);
        }

        /// <summary>The test's own folder, deleted when the test ends.</summary>
        protected string Folder { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Folder, true);
            }
            catch (IOException)
            {
            }
        }

        /// <summary>Copies a report of the corpus into the folder under a new name; returns its path.</summary>
        protected string Copy(string relative, string name)
        {
            string path = Path.Combine(Folder, name);
            File.Copy(Path.Combine(Corpus, relative), path);
            return path;
        }

        /// <summary>The findings of the given rules when the files are validated together under the standard rules.</summary>
        protected static List<JsonElement> Findings(string[] files, params string[] ruleIds) => Findings(files, RuleSet.Standard, ruleIds);

        /// <summary>The findings of the given rules when the files are validated together under a rule set.</summary>
        protected static List<JsonElement> Findings(string[] files, RuleSet rules, params string[] ruleIds)
        {
            string report = ReportRuns.Report(ReportFormat.Json, files.Select(f => ValidationSource.FromFile(f)).ToArray(), rules);
            return JsonDocument.Parse(report).RootElement.GetProperty("findings").EnumerateArray()
                .Where(f => ruleIds.Contains(f.GetProperty("ruleId").GetString()))
                .ToList();
        }
    }
}
