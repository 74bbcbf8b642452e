using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using GovDisclosure.Standard.Throughput.Generation;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>
    /// What a catalogue costs every build of the project that owns it (目录对构建的开销): two consumer
    /// projects that differ only in a generated <c>*.catalog.json</c>, built alternately with
    /// <c>dotnet build --no-restore</c> after touching one .cs file (so the compiler always runs), with
    /// the build server warm. The cost is the median build with the catalogue minus the median without.
    /// </summary>
    internal static class BuildCost
    {
        public static int Run(string repositoryRoot, IReadOnlyList<(int? Entries, long? Bytes)> catalogues, int builds, string folder)
        {
            Console.WriteLine($"date: {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}");
            Console.WriteLine("machine: " + MachineInfo.Describe());
            Console.WriteLine("load average (1/5/15 min) at start: " + MachineInfo.LoadAverage());
            Console.WriteLine($"consumers in: {folder}; {builds} builds each, alternating; generator: {repositoryRoot}/generators");
            string without = CreateConsumer(repositoryRoot, Path.Combine(folder, "without"), null, null, out _);
            if (!Build(without, out string error, restore: true) || !Build(without, out error))
            {
                Console.Error.WriteLine("the consumer without a catalogue does not build: " + error);
                return 1;
            }

            var rows = new List<string>();
            bool failed = false;
            foreach ((int? entries, long? bytes) in catalogues)
            {
                string label = entries is int e ? e + "-entries" : (bytes!.Value >> 20) + "MB";
                string with = CreateConsumer(repositoryRoot, Path.Combine(folder, "with-" + label), entries, bytes, out (int Entries, long Bytes) catalogue);
                Console.Error.WriteLine($"catalogue: {catalogue.Entries:N0} entries, {catalogue.Bytes / 1048576.0:F1} MiB");
                if (!Build(with, out error, restore: true) || !Build(with, out error))
                {
                    rows.Add($"| {catalogue.Entries:N0} | {catalogue.Bytes / 1048576.0:F1} | failed: {error} ||||");
                    failed = true;
                    continue;
                }

                var withTimes = new List<double>();
                var withoutTimes = new List<double>();
                var loads = new Spread();
                for (int i = 0; i < builds; i++)
                {
                    loads.Add(MachineInfo.LoadNow() ?? double.NaN);
                    withTimes.Add(TimedBuild(with));
                    withoutTimes.Add(TimedBuild(without));
                    Console.Error.WriteLine($"  build {i + 1}: with {withTimes[^1]:F1} s, without {withoutTimes[^1]:F1} s");
                }

                string run = Run(with);
                rows.Add(string.Format(
                    CultureInfo.InvariantCulture,
                    "| {0:N0} | {1:F1} | {2} | {3:F1} ({4}) | {5:F1} ({6}) | **{7:F1}** | {8} |",
                    catalogue.Entries,
                    catalogue.Bytes / 1048576.0,
                    loads.Format("F0"),
                    Median(withTimes),
                    string.Join(", ", withTimes.Select(t => t.ToString("F1", CultureInfo.InvariantCulture))),
                    Median(withoutTimes),
                    string.Join(", ", withoutTimes.Select(t => t.ToString("F1", CultureInfo.InvariantCulture))),
                    Median(withTimes) - Median(withoutTimes),
                    run));
                Console.Error.WriteLine(rows[^1]);
            }

            Console.WriteLine();
            Console.WriteLine("machine: " + MachineInfo.Describe());
            Console.WriteLine("load average (1/5/15 min) at end: " + MachineInfo.LoadAverage());
            Console.WriteLine();
            Console.WriteLine("| entries | catalogue (MiB) | load (1 min) | build with, median (s) (each) | build without, median (s) (each) | added (s) | the consumer prints |");
            Console.WriteLine("|--:|--:|--:|--:|--:|--:|---|");
            rows.ForEach(Console.WriteLine);
            return failed ? 1 : 0;
        }

        private static string CreateConsumer(string root, string folder, int? entries, long? bytes, out (int Entries, long Bytes) catalogue)
        {
            Directory.CreateDirectory(folder);
            bool hasCatalogue = entries != null || bytes != null;
            string props = Path.Combine(root, "src", "GovDisclosure.Standard", "build", "GovDisclosure.Standard");
            File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{props}.props" />
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <RootNamespace>City.Portal</RootNamespace>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{Path.Combine(root, "src", "GovDisclosure.Standard", "GovDisclosure.Standard.csproj")}" />
                    <ProjectReference Include="{Path.Combine(root, "generators", "GovDisclosure.Standard.Generators", "GovDisclosure.Standard.Generators.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                  </ItemGroup>
                  <Import Project="{props}.targets" />
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), hasCatalogue
                ? "System.Console.WriteLine(City.Portal.SocialAssistanceCatalogue.All.Count + \" entries, last \" + City.Portal.SocialAssistanceCatalogue.All[City.Portal.SocialAssistanceCatalogue.All.Count - 1].Code);\n"
                : "System.Console.WriteLine(\"no catalogue\");\n");
            catalogue = (0, 0);
            if (hasCatalogue)
            {
                Directory.CreateDirectory(Path.Combine(folder, "catalog"));
                string path = Path.Combine(folder, "catalog", "city.catalog.json");
                int written = CatalogueFile.Write(path, entries, bytes);
                catalogue = (written, new FileInfo(path).Length);
            }

            return folder;
        }

        private static double TimedBuild(string folder)
        {
            File.SetLastWriteTimeUtc(Path.Combine(folder, "Program.cs"), DateTime.UtcNow);
            var clock = Stopwatch.StartNew();
            if (!Build(folder, out string error))
            {
                throw new InvalidOperationException("build failed: " + error);
            }

            return clock.Elapsed.TotalSeconds;
        }

        private static bool Build(string folder, out string error, bool restore = false)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
            foreach (string argument in restore ? new[] { "restore", "-nologo" } : new[] { "build", "--no-restore", "-nologo", "-v:q" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
            System.Threading.Tasks.Task<string> stderr = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            error = string.Join(" / ", (output + stderr.Result).Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(3));
            return process.ExitCode == 0;
        }

        private static string Run(string folder)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine(folder, "bin", "Debug", "net10.0", "Consumer.dll"));
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
            string output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return output;
        }

        private static double Median(List<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
