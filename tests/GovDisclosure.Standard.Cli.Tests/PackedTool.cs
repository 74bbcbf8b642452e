using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using Xunit;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>
    /// The tool as a user installs it, packed once for the test run from a copy of the repository's sources in a temporary
    /// folder (so that its Release builds never meet another test's build of the same projects), with the version of the
    /// tool the tests built: the README's pack (<c>dotnet pack src/GovDisclosure.Standard.Cli</c>: the pointer package and
    /// one ReadyToRun package a platform) installed with <c>dotnet tool install --tool-path</c>; and the same folder with
    /// this platform's package replaced by the native tool (<c>dotnet pack … -r RID -p:NativeTool=true</c>), installed the
    /// same way.
    /// </summary>
    public sealed class PackedTool : IDisposable
    {
        /// <summary>The package id of the tool, whose package names one package a platform.</summary>
        public const string PackageId = "GovDisclosure.Standard.Cli";

        private static readonly string[] SourceFolders = { "src", "generators", "catalog" };

        private static readonly string[] SourceFiles = { "Directory.Build.props", "Directory.Packages.props", "global.json" };

        private readonly TempFolder folder = new TempFolder();

        /// <summary>Packs the tool both ways and installs each.</summary>
        public PackedTool()
        {
            ReadyToRunPackages = Path.Combine(folder.Path, "packages");
            NativePackages = Path.Combine(folder.Path, "packages-native");
            string copy = Path.Combine(folder.Path, "repository");
            Directory.CreateDirectory(copy);
            foreach (string file in SourceFiles.Where(f => File.Exists(Path.Combine(Tool.Root, f))))
            {
                File.Copy(Path.Combine(Tool.Root, file), Path.Combine(copy, file));
            }

            foreach (string source in SourceFolders)
            {
                CopyFolder(Path.Combine(Tool.Root, source), Path.Combine(copy, source), skipBuildOutput: true);
            }

            string project = Path.Combine(copy, "src", "GovDisclosure.Standard.Cli", "GovDisclosure.Standard.Cli.csproj");
            string revision = "-p:SourceRevisionId=" + SourceRevisionOfTheBuiltTool();
            Failure = Dotnet(copy, null, "pack", project, "-c", "Release", revision, "-o", ReadyToRunPackages, "--nologo");
            if (Failure != null)
            {
                return;
            }

            CopyFolder(ReadyToRunPackages, NativePackages, skipBuildOutput: false);
            Failure = Dotnet(copy, null, "pack", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-p:NativeTool=true", revision, "-o", NativePackages, "--nologo");
            if (Failure != null)
            {
                return;
            }

            string pointer = Path.GetFileName(Directory.EnumerateFiles(ReadyToRunPackages, PackageId + ".*.nupkg")
                .Single(f => char.IsDigit(Path.GetFileName(f)[PackageId.Length + 1])));
            Version = pointer.Substring(PackageId.Length + 1, pointer.Length - PackageId.Length - 1 - ".nupkg".Length);
            (ReadyToRunExecutable, Failure) = Install(ReadyToRunPackages, "tool");
            if (Failure == null)
            {
                (NativeExecutable, Failure) = Install(NativePackages, "tool-native");
            }
        }

        /// <summary>The folder the README's pack wrote: the pointer package and one ReadyToRun package a platform.</summary>
        public string ReadyToRunPackages { get; }

        /// <summary>A copy of <see cref="ReadyToRunPackages"/> with this platform's package replaced by the native tool's.</summary>
        public string NativePackages { get; }

        /// <summary>The packages' version.</summary>
        public string Version { get; } = string.Empty;

        /// <summary>The command of the tool installed from <see cref="ReadyToRunPackages"/>.</summary>
        public string ReadyToRunExecutable { get; } = string.Empty;

        /// <summary>The command of the tool installed from <see cref="NativePackages"/>: the native tool.</summary>
        public string NativeExecutable { get; } = string.Empty;

        /// <summary>Why the tool could not be packed or installed, or <c>null</c>.</summary>
        public string? Failure { get; }

        /// <summary>Fails the test with <see cref="Failure"/> if there is one.</summary>
        public void AssertPacked() => Assert.True(Failure is null, Failure);

        /// <inheritdoc/>
        public void Dispose() => folder.Dispose();

        /// <summary>Installs the tool from <paramref name="packages"/> into a folder of its own, with a package cache of its own.</summary>
        private (string Executable, string? Failure) Install(string packages, string name)
        {
            string toolPath = Path.Combine(folder.Path, name);
            var cache = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(folder.Path, name + "-nuget") };
            string? failure = Dotnet(folder.Path, cache, "tool", "install", PackageId, "--tool-path", toolPath, "--add-source", packages, "--version", Version);
            string executable = Path.Combine(toolPath, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "govdisclosure.exe" : "govdisclosure");
            if (failure == null && !File.Exists(executable))
            {
                failure = $"dotnet tool install put no {executable}";
            }

            return (executable, failure);
        }

        /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> (<see cref="DotnetCli"/>); what it said if it failed, else <c>null</c>.</summary>
        private static string? Dotnet(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
        {
            try
            {
                (int exitCode, string output) = DotnetCli.RunAsync(workingDirectory, TimeSpan.FromMinutes(20), environment ?? new Dictionary<string, string>(), arguments)
                    .GetAwaiter().GetResult();
                return exitCode == 0 ? null : $"dotnet {string.Join(" ", arguments)} failed (exit {exitCode}):\n{output}";
            }
            catch (TimeoutException timeout)
            {
                return timeout.Message;
            }
        }

        /// <summary>The source revision in the built tool's version (<c>0.1.0-preview+REVISION</c>), or none.</summary>
        private static string SourceRevisionOfTheBuiltTool()
        {
            string? version = typeof(GovDisclosure.Standard.Catalogue.CatalogueEntry).Assembly
                .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            int plus = version?.IndexOf('+') ?? -1;
            return plus < 0 ? string.Empty : version!.Substring(plus + 1);
        }

        private static void CopyFolder(string from, string to, bool skipBuildOutput)
        {
            Directory.CreateDirectory(to);
            foreach (string file in Directory.EnumerateFiles(from))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }

            foreach (string sub in Directory.EnumerateDirectories(from))
            {
                string name = Path.GetFileName(sub);
                if (!skipBuildOutput || (name != "bin" && name != "obj"))
                {
                    CopyFolder(sub, Path.Combine(to, name), skipBuildOutput);
                }
            }
        }
    }

    /// <summary>The test classes that share one <see cref="PackedTool"/> (packing takes minutes).</summary>
    [CollectionDefinition(Name)]
    public sealed class PackedToolCollection : ICollectionFixture<PackedTool>
    {
        /// <summary>The collection's name.</summary>
        public const string Name = "Packed tool";
    }
}
