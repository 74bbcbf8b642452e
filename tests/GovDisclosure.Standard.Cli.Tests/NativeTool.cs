using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>
    /// The native tool (<c>dotnet publish src/GovDisclosure.Standard.Cli -r RID -p:NativeTool=true</c>), published once for
    /// the test run from a copy of the repository's sources in a temporary folder (so that its Release build never meets
    /// another test's build of the same projects), with the version of the tool the tests built.
    /// </summary>
    public sealed class NativeTool : IDisposable
    {
        private static readonly string[] SourceFolders = { "src", "generators", "catalog" };

        private static readonly string[] SourceFiles = { "Directory.Build.props", "Directory.Packages.props", "global.json" };

        private readonly TempFolder folder = new TempFolder();

        /// <summary>Publishes the native tool.</summary>
        public NativeTool()
        {
            string copy = Path.Combine(folder.Path, "repository");
            foreach (string file in SourceFiles.Where(f => File.Exists(Path.Combine(Tool.Root, f))))
            {
                Directory.CreateDirectory(copy);
                File.Copy(Path.Combine(Tool.Root, file), Path.Combine(copy, file));
            }

            foreach (string source in SourceFolders)
            {
                CopySources(Path.Combine(Tool.Root, source), Path.Combine(copy, source));
            }

            string output = Path.Combine(folder.Path, "native");
            string project = Path.Combine(copy, "src", "GovDisclosure.Standard.Cli", "GovDisclosure.Standard.Cli.csproj");
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = copy,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[]
            {
                "publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-p:NativeTool=true",
                "-p:SourceRevisionId=" + SourceRevisionOfTheBuiltTool(), "-o", output, "--nologo",
            })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            using Process process = Process.Start(start)!;
            var said = new StringBuilder();
            process.ErrorDataReceived += (_, e) =>
            {
                lock (said)
                {
                    said.AppendLine(e.Data);
                }
            };
            process.BeginErrorReadLine();
            string stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(20 * 60 * 1000))
            {
                process.Kill(true);
                PublishFailure = "dotnet publish of the native tool did not finish in 20 minutes";
                return;
            }

            process.WaitForExit();
            Executable = Path.Combine(output, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "govdisclosure.exe" : "govdisclosure");
            if (process.ExitCode != 0 || !File.Exists(Executable))
            {
                PublishFailure = $"dotnet publish of the native tool failed (exit {process.ExitCode}):\n{stdout}\n{said}";
            }
        }

        /// <summary>The native tool's executable.</summary>
        public string Executable { get; } = string.Empty;

        /// <summary>Why the native tool could not be published, or <c>null</c>.</summary>
        public string? PublishFailure { get; }

        /// <inheritdoc/>
        public void Dispose() => folder.Dispose();

        /// <summary>The source revision in the built tool's version (<c>0.1.0-preview+REVISION</c>), or none.</summary>
        private static string SourceRevisionOfTheBuiltTool()
        {
            string? version = typeof(GovDisclosure.Standard.Catalogue.CatalogueEntry).Assembly
                .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            int plus = version?.IndexOf('+') ?? -1;
            return plus < 0 ? string.Empty : version!.Substring(plus + 1);
        }

        private static void CopySources(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (string file in Directory.EnumerateFiles(from))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }

            foreach (string sub in Directory.EnumerateDirectories(from))
            {
                string name = Path.GetFileName(sub);
                if (name != "bin" && name != "obj")
                {
                    CopySources(sub, Path.Combine(to, name));
                }
            }
        }
    }
}
