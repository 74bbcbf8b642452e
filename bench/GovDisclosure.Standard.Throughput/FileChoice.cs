using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Throughput.Generation;

namespace GovDisclosure.Standard.Throughput
{
    /// <summary>
    /// The files a mode of the harness measures, as its command line chooses them: generated (one a size or record count
    /// and format) or given (<c>--file</c>, measured as they are), the folder they are generated in, and whether they are kept.
    /// The default mode and the <c>cpu</c> mode read these options the same way.
    /// </summary>
    internal sealed record FileChoice
    {
        /// <summary>The usage lines of these options; <c>{size}</c> is the default size, <c>{formats}</c> the known formats.</summary>
        public const string Usage =
            "  --size MB[,MB...]       size of each generated file in MiB (default {size}); several sizes show whether memory grows with input\n" +
            "  --records N[,N...]      number of records per file instead of a size\n" +
            "  --formats a,b,...       formats to generate (default all): {formats}\n" +
            "  --file PATH             measure this file as it is instead of generating files (repeat for several)\n" +
            "  --dir PATH              where to generate files (default a new folder under the temp folder)\n" +
            "  --keep                  keep the generated files (default: each is deleted after it is measured)";

        public FileChoice(long sizeMegabytes)
        {
            SizesMegabytes = new[] { sizeMegabytes };
        }

        public IReadOnlyList<long> SizesMegabytes { get; init; }

        public IReadOnlyList<long>? Records { get; init; }

        public IReadOnlyList<ExportFormat> Formats { get; init; } = ExportFormat.Default;

        /// <summary>Files given with <c>--file</c>: when there are any, nothing is generated.</summary>
        public IReadOnlyList<string> Given { get; init; } = Array.Empty<string>();

        public string? Folder { get; init; }

        public bool Keep { get; init; }

        /// <summary>The usage lines with the defaults filled in.</summary>
        public string UsageText => Usage
            .Replace("{size}", SizesMegabytes[0].ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{formats}", string.Join(", ", ExportFormat.All.Select(f => f.Name)), StringComparison.Ordinal);

        /// <summary>The choice with option <paramref name="name"/> applied (its value read by <paramref name="value"/>), or <c>null</c> when it is not one of these options.</summary>
        /// <exception cref="ArgumentException">A missing or malformed value.</exception>
        public FileChoice? Read(string name, Func<string> value) => name switch
        {
            "--size" => this with { SizesMegabytes = OptionText.Numbers(name, value()), Records = null },
            "--records" => this with { Records = OptionText.Numbers(name, value()) },
            "--formats" => this with { Formats = OptionText.List(value()).Select(ExportFormat.Find).ToArray() },
            "--file" => this with { Given = Given.Append(value()).ToArray() },
            "--dir" => this with { Folder = value() },
            "--keep" => this with { Keep = true },
            _ => null,
        };

        /// <summary>The given files that do not exist (a mode says so and stops before measuring anything).</summary>
        public IEnumerable<string> Missing => Given.Where(path => !File.Exists(path));

        /// <summary>The folder to generate in (made if missing); <paramref name="prefix"/> names a new one under the temp folder.</summary>
        public string MakeFolder(string prefix)
        {
            string folder = Folder ?? Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(folder);
            return folder;
        }

        /// <summary>
        /// The files, one at a time: each given file, or each generated one (reported on standard error as it is made).
        /// After the caller has measured a generated file, the next step deletes it unless it is kept.
        /// </summary>
        /// <exception cref="FileNotFoundException">A given file does not exist.</exception>
        public IEnumerable<GeneratedFile> Files(ExportGenerator generator, string folder)
        {
            if (Given.Count > 0)
            {
                foreach (string path in Given)
                {
                    yield return Describe(path);
                }

                yield break;
            }

            IEnumerable<(long? Records, long? Bytes)> targets = Records != null
                ? Records.Select(r => ((long?)r, (long?)null))
                : SizesMegabytes.Select(m => ((long?)null, (long?)(m * 1024 * 1024)));
            foreach ((long? records, long? bytes) in targets)
            {
                foreach (ExportFormat format in Formats)
                {
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    GeneratedFile file = generator.Generate(format, folder, records, bytes);
                    Console.Error.WriteLine($"generated {file.Path}: {file.Records:N0} records, {file.Bytes / (1024.0 * 1024):F1} MiB in {clock.Elapsed.TotalSeconds:F1} s");
                    yield return file;
                    if (!Keep)
                    {
                        File.Delete(file.Path);
                    }
                }
            }
        }

        /// <summary>Deletes the folder when it was made for this run and nothing is kept.</summary>
        public void CleanUp(string folder)
        {
            if (!Keep && Folder is null && Given.Count == 0)
            {
                Directory.Delete(folder, true);
            }
        }

        /// <summary>
        /// A given file as the harness's formats see it: the bare pass by its extension (CSV, XLSX, else JSON), a CSV's encoding
        /// as the tool detects it, and its records counted by a validation in this process (the first pass, not measured).
        /// </summary>
        private static GeneratedFile Describe(string path)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException("No such file: " + path, path);
            }

            string extension = Path.GetExtension(path).ToLowerInvariant();
            string name = extension switch
            {
                ".csv" => IsGb18030(path) ? "catalogue-csv-gb18030" : "catalogue-csv",
                ".xlsx" => "catalogue-xlsx",
                ".jsonl" => "clean-jsonl",
                _ => "clean-json",
            };
            var run = new ValidationRun();
            using IReportWriter writer = ReportWriters.Create(ReportFormat.Json, Stream.Null, ownsOutput: false);
            long records = run.RunAsync(ValidationSource.FromFile(path), writer).GetAwaiter().GetResult().Total.Read;
            return new GeneratedFile(ExportFormat.Find(name), Path.GetFullPath(path), records, new FileInfo(path).Length) { Name = Path.GetFileName(path) };
        }

        private static bool IsGb18030(string path)
        {
            byte[] sample = new byte[64 * 1024];
            int count;
            using (FileStream stream = File.OpenRead(path))
            {
                count = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
            }

            Encoding encoding = TextEncodingDetector.Detect(sample, count, count < sample.Length, out _);
            return encoding.CodePage == TextEncodingDetector.Gb18030.CodePage;
        }
    }
}
