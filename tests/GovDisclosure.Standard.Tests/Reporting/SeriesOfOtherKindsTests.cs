using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Tests.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// The law a run relies on to leave every kind but annual reports out of the cross-file series and the regions
    /// (<c>ValidationRun</c> does not hand them over, so as not to look at a document another thread made): a checked record of any other kind comes back from
    /// <see cref="AnnualReportSeries.Add"/> and <see cref="AnnualReportSeries.Compare"/> as the very result it was, and
    /// <see cref="AnnualReportRegions"/> finds what it finds without it, whatever reports of the batch came before. Structural, never timings.
    /// </summary>
    public sealed class SeriesOfOtherKindsTests
    {
        /// <summary>Every object of the non-annual samples (catalogue entries, service guides, enforcement disclosures), as JSON.</summary>
        private static readonly string[] Objects = SampleObjects().ToArray();

        private static readonly DocumentKind[] OtherKinds = DocumentKind.Declared.Where(k => k != DocumentKind.AnnualReport).ToArray();

        [Property(MaxTest = 60)]
        public Property A_record_of_any_other_kind_passes_the_series_and_the_regions_as_it_was()
        {
            Gen<(DocumentKind Kind, int[] Picked, bool Last, bool ReportsBefore)> runs = Gen.Zip(
                    Gen.Zip(Gen.Elements(OtherKinds), Gen.ArrayOf(Gen.Choose(0, Objects.Length - 1))),
                    Gen.Zip(Gen.Elements(false, true), Gen.Elements(false, true)))
                .Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2));
            return Prop.ForAll(runs.ToArbitrary(), run =>
            {
                var series = new AnnualReportSeries();
                var regions = new AnnualReportRegions();
                var reportsAlone = new AnnualReportRegions();
                if (run.ReportsBefore)
                {
                    // An earlier file's report of an agency, so that the series and the regions have something to compare with.
                    RecordValidation earlier = Report(2023, "青山县民政局");
                    series.Add(earlier, "2023.json");
                    regions.Add(earlier, "2023.json");
                    reportsAlone.Add(earlier, "2023.json");
                }

                var validator = new DisclosureValidator();
                List<SourceRecord> records = run.Picked.Select((o, i) => new SourceRecord(
                    i + 1,
                    JsonDocument.Parse(Objects[o]).RootElement.Clone(),
                    new SourceLocation { File = "other.json", RecordNumber = i + 1 },
                    new Dictionary<string, SourceLocation>())).ToList();
                bool same = true;
                foreach (RecordValidation result in validator.Validate(run.Kind, records))
                {
                    RecordValidation passed = run.Last ? series.Compare(result, "other.json") : series.Add(result, "other.json");
                    same &= ReferenceEquals(passed, result);
                    regions.Add(passed, "other.json");
                }

                bool regionsSame = regions.Findings().Select(f => (f.RuleId, f.Location)).SequenceEqual(reportsAlone.Findings().Select(f => (f.RuleId, f.Location)));
                return (same && regionsSame).Label(run.Kind + ", " + run.Picked.Length + " records, last " + run.Last);
            });
        }

        /// <summary>A report of <paramref name="agency"/> for <paramref name="year"/> whose tables add up.</summary>
        private static RecordValidation Report(int year, string agency)
        {
            AnnualReport report = ConsistentReports.Build(Enumerable.Range(1, ConsistentReports.NumbersNeeded).ToArray(), AnnualReportFormat.Format2021) with { Year = year, AgencyName = agency };
            var record = new SourceRecord(1, JsonDocument.Parse("{}").RootElement.Clone(), new SourceLocation { File = year + ".json" }, new Dictionary<string, SourceLocation>());
            return new RecordValidation(record, report, RecordStatus.Valid, Array.Empty<Finding>());
        }

        private static IEnumerable<string> SampleObjects()
        {
            string data = Path.Combine(RepositoryFiles.Root, "samples", "data");
            foreach (string file in new[] { "county-catalogue.json", "county-catalogue-mistakes.json", "service-guides-mistakes.json" })
            {
                using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, file)), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                JsonElement root = document.RootElement;
                IEnumerable<JsonElement> items = root.ValueKind == JsonValueKind.Array
                    ? root.EnumerateArray()
                    : root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array).SelectMany(p => p.Value.EnumerateArray());
                foreach (JsonElement item in items.Where(i => i.ValueKind == JsonValueKind.Object))
                {
                    yield return item.GetRawText();
                }
            }

            foreach (string line in File.ReadLines(Path.Combine(data, "enforcement-disclosures.jsonl")).Where(l => l.TrimStart().StartsWith("{", StringComparison.Ordinal)))
            {
                yield return line;
            }
        }
    }
}
