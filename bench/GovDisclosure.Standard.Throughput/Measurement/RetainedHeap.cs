using System;
using System.Globalization;
using System.IO;
using System.Linq;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>
    /// <c>retained FOLDER [EVERY] [RULE-ID...]</c>: runs <see cref="ValidationRun"/> over the files of a folder (in name order, as the
    /// tool does) and, after every EVERY files, collects fully and prints the live managed heap and what the GC holds
    /// (committed, fragmented), with the rules named left out, so what a run keeps per report shows as the slope of the live heap against the files read.
    /// A diagnostic for issue 14 (published annual reports: 1,000 against 100); nothing is asserted.
    /// </summary>
    public static class RetainedHeap
    {
        public static int Run(string folder, int every, string[] without)
        {
            RuleSet rules = without.Aggregate(RuleSet.Standard, (set, id) => set.Without(id));
            string[] paths = Directory.GetFiles(folder).OrderBy(p => p, StringComparer.Ordinal).ToArray();
            Console.WriteLine("files\tlive_kib\theap_kib\tcommitted_kib\tfragmented_kib\tworking_set_kib");
            using var probe = new Probe(every);
            new ValidationRun(new ValidationRunOptions { Rules = rules }).RunAsync(paths.Select(p => ValidationSource.FromFile(p)), probe).GetAwaiter().GetResult();
            return 0;
        }

        private sealed class Probe : IReportWriter
        {
            private readonly int every;
            private int files;

            public Probe(int every)
            {
                this.every = every;
            }

            public void Begin(ReportRun run)
            {
            }

            public void FileStarted(ReportFile file)
            {
            }

            public void Record(ReportFile file, RecordValidation result)
            {
            }

            public void FileEnded(ReportFile file)
            {
                if (++files % every == 0)
                {
                    long live = GC.GetTotalMemory(forceFullCollection: true);
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                    GCMemoryInfo info = GC.GetGCMemoryInfo(GCKind.Any);
                    Console.WriteLine(string.Join("\t", new long[] { files, live / 1024, info.HeapSizeBytes / 1024, info.TotalCommittedBytes / 1024, info.FragmentedBytes / 1024, Environment.WorkingSet / 1024 }.Select(n => n.ToString(CultureInfo.InvariantCulture))));
                }
            }

            public void BatchFindings(System.Collections.Generic.IReadOnlyList<Finding> findings)
            {
            }

            public void Coverage(CatalogueCoverage coverage, System.Collections.Generic.IReadOnlyList<Finding> findings, System.Collections.Generic.IReadOnlyList<Finding> accepted)
            {
            }

            public void End(ValidationSummary total, int exitCode)
            {
            }

            public void Dispose()
            {
            }
        }
    }
}
