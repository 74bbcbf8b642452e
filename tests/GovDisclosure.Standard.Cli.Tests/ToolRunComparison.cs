using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>
    /// Compares a run of another build of the tool (the native tool, an installed package's) with the same run of the
    /// built JIT-compiled tool: the same exit code, the same words on standard output and standard error, and the same
    /// files, byte for byte — the run's start time aside, and a workbook's parts compared with the relationship ids the
    /// OpenXML writer draws at random numbered in order.
    /// </summary>
    internal static class ToolRunComparison
    {
        private static readonly string[] Extensions = { ".json", ".jsonl", ".csv", ".xlsx", ".html", ".pdf" };

        /// <summary>The run's start time in json and SARIF reports, and the HTML report's clock.</summary>
        private static readonly Regex StartTime = new Regex(
            "\"startedAt\": \"[^\"]*\"|[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{2}:[0-9]{2}</p></header>",
            RegexOptions.CultureInvariant);

        /// <summary>A relationship id the OpenXML writer made: R and 16 hexadecimal digits.</summary>
        private static readonly Regex RelationshipId = new Regex("\\bR[0-9a-f]{16}\\b", RegexOptions.CultureInvariant);

        /// <summary>Every sample and real document the tool reads, as paths from the repository's root.</summary>
        public static TheoryData<string> Documents()
        {
            var data = new TheoryData<string>();
            foreach (string folder in new[] { Path.Combine("samples", "data"), Path.Combine("tests", "RealDocuments") })
            {
                foreach (string file in Directory.EnumerateFiles(Path.Combine(Tool.Root, folder), "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Select(f => Path.GetRelativePath(Tool.Root, f).Replace('\\', '/'))
                    .OrderBy(f => f, StringComparer.Ordinal))
                {
                    data.Add(file);
                }
            }

            return data;
        }

        /// <summary>The other commands, each as a user runs it (its files written into the run's own folder).</summary>
        public static TheoryData<string> Commands() => new TheoryData<string>
        {
            "--version",
            "--help",
            "validate --help",
            "validate samples/data/county-catalogue.json --agency-kind county-government --format json --output report",
            "validate samples/data/county-catalogue-gb18030.csv --encoding gb18030 --kind catalogueEntry --lang zh",
            "validate samples/data/county-catalogue-mistakes.xlsx --format html --output report",
            "validate tests/RealDocuments/annual-reports --review-sheet review.xlsx --format json --output report",
            "validate samples/data --format text --fail-on warning",
            "validate no-such-file.json",
            "convert samples/data/county-catalogue-gb18030.csv out.json --encoding gb18030",
            "convert samples/data/county-catalogue.json out.csv --output-encoding gb18030",
            "convert samples/data/county-catalogue-mistakes.xlsx out.jsonl",
            "convert samples/data/service-guides-mistakes.json out.xlsx",
            "convert tests/RealDocuments/annual-reports/pages/huaian-city-2024.html out.json",
            "template socialAssistance --format csv",
            "template 养老服务 --format csv --prefill --output prefilled.csv",
            "template socialAssistance --kind serviceGuide",
            "template socialAssistance --format xlsx --output template.xlsx",
            "catalog list",
            "catalog show socialAssistance",
            "catalog show 养老服务 --format json",
            "catalog show socialAssistance --format xlsx --output catalogue.xlsx",
            "schema --kind serviceGuide",
            "schema --out schemas",
            "deadline 2024-09-27 7",
            "deadline 2024-09-27 20 --unit calendar-days",
            "deadline 2024-02-30 7",
            "compare tests/RealDocuments/catalogues/gaizhou-social-assistance.csv --domain socialAssistance",
            "compare tests/RealDocuments/service-guides/yueyang-nanhu-name-change.json tests/RealDocuments/service-guides/yueyang-city-name-change.json",
            "diff samples/data/county-catalogue.json samples/data/county-catalogue-mistakes.json",
        };

        /// <summary>A command of <see cref="Commands"/> as arguments, its sample and real-document paths made whole.</summary>
        public static string[] Arguments(string command) =>
            command.Split(' ')
                .Select(a => a.StartsWith("samples/", StringComparison.Ordinal) || a.StartsWith("tests/", StringComparison.Ordinal)
                    ? Path.Combine(Tool.Root, a)
                    : a)
                .ToArray();

        /// <summary>Runs the built tool and <paramref name="executable"/>, each in a folder of its own, and compares what they say and write.</summary>
        public static void AssertSameRun(string executable, string[] arguments)
        {
            using var builtFolder = new TempFolder();
            using var otherFolder = new TempFolder();
            Tool.Result built = Tool.RunBuiltIn(builtFolder.Path, arguments);
            Tool.Result other = Tool.RunExecutableIn(executable, otherFolder.Path, arguments);
            string command = string.Join(" ", arguments);

            Assert.True(built.ExitCode == other.ExitCode, $"{command}: exit {built.ExitCode} (built tool) against {other.ExitCode} ({executable})\n{other}");
            Assert.Equal(Masked(built.Stdout), Masked(other.Stdout));
            Assert.Equal(Masked(built.Stderr), Masked(other.Stderr));

            string[] builtFiles = FilesIn(builtFolder.Path);
            Assert.Equal(builtFiles, FilesIn(otherFolder.Path));
            foreach (string file in builtFiles)
            {
                byte[] expected = File.ReadAllBytes(Path.Combine(builtFolder.Path, file));
                byte[] actual = File.ReadAllBytes(Path.Combine(otherFolder.Path, file));
                if (file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    Assert.Equal(WorkbookParts(expected), WorkbookParts(actual));
                }
                else if (IsText(file))
                {
                    Assert.Equal(Masked(Encoding.UTF8.GetString(expected)), Masked(Encoding.UTF8.GetString(actual)));
                }
                else
                {
                    Assert.True(expected.AsSpan().SequenceEqual(actual), $"{command}: {file} differs ({expected.Length} bytes built, {actual.Length} from {executable})");
                }
            }
        }

        private static bool IsText(string file) => !file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// A workbook's parts, each as its name and text, in the package's order, the relationship ids numbered in the
        /// order they first appear: the OpenXML writer gives each relationship a random id (and each part the time of the
        /// run), so two runs of the same tool differ in those and only those.
        /// </summary>
        private static string[] WorkbookParts(byte[] workbook)
        {
            using var package = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            return package.Entries.Select(entry =>
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                string text = RelationshipId.Replace(reader.ReadToEnd(), id =>
                {
                    if (!numbers.TryGetValue(id.Value, out int number))
                    {
                        number = numbers.Count + 1;
                        numbers[id.Value] = number;
                    }

                    return "R#" + number;
                });
                return entry.FullName + "\n" + text;
            }).ToArray();
        }

        private static string Masked(string text) => StartTime.Replace(text, "(start time)");

        private static string[] FilesIn(string folder) =>
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToArray();
    }
}
