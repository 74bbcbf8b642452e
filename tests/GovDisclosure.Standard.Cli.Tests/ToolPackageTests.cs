using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using Xunit;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>
    /// The tool packages as the README packs them (<see cref="PackedTool"/>): the pointer package names a package for every
    /// platform and each is there; <c>dotnet tool install</c> takes this platform's, compiled ahead of time, which does what
    /// the built tool does; and the native tool's package, which replaces this platform's, carries the executable and the
    /// documentation the tool reads and none of the symbols.
    /// </summary>
    [Collection(PackedToolCollection.Name)]
    public sealed class ToolPackageTests
    {
        private readonly PackedTool packed;

        public ToolPackageTests(PackedTool packed)
        {
            this.packed = packed;
        }

        [Fact]
        public void Tool_package_names_a_package_for_every_platform_and_each_is_packed()
        {
            packed.AssertPacked();
            string[] platforms = PlatformsNamed(Path.Combine(packed.ReadyToRunPackages, $"{PackedTool.PackageId}.{packed.Version}.nupkg"));

            Assert.Contains("any", platforms);
            Assert.Contains(RuntimeInformation.RuntimeIdentifier, platforms);
            foreach (string platform in platforms)
            {
                Assert.True(
                    File.Exists(Path.Combine(packed.ReadyToRunPackages, $"{PackedTool.PackageId}.{platform}.{packed.Version}.nupkg")),
                    $"the tool package names {platform}, whose package was not packed");
            }
        }

        [Fact]
        public void Installed_tool_of_this_platform_carries_code_compiled_ahead_of_time()
        {
            packed.AssertPacked();
            string installed = Path.GetDirectoryName(ResolvedCommand(packed.ReadyToRunExecutable))!;

            foreach (string assembly in new[] { "govdisclosure.dll", "GovDisclosure.Standard.dll", "GovDisclosure.Standard.Validation.dll" })
            {
                using var reader = new PEReader(File.OpenRead(Path.Combine(installed, assembly)));
                Assert.True(
                    reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0,
                    $"{assembly} of the installed tool ({installed}) has no ReadyToRun code");
            }
        }

        [Theory]
        [MemberData(nameof(ToolRunComparison.Commands), MemberType = typeof(ToolRunComparison))]
        public void Installed_tool_runs_a_command_as_the_built_tool_does(string command)
        {
            packed.AssertPacked();
            ToolRunComparison.AssertSameRun(packed.ReadyToRunExecutable, ToolRunComparison.Arguments(command));
        }

        [Fact]
        public void Native_tool_package_carries_the_executable_and_the_documentation_and_no_symbols()
        {
            packed.AssertPacked();
            string platform = RuntimeInformation.RuntimeIdentifier;
            string package = Path.Combine(packed.NativePackages, $"{PackedTool.PackageId}.{platform}.{packed.Version}.nupkg");
            using var archive = ZipFile.OpenRead(package);
            string folder = $"tools/any/{platform}/";
            string[] files = archive.Entries.Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal))
                .Select(e => e.FullName.Substring(folder.Length))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToArray();

            Assert.Contains(RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "govdisclosure.exe" : "govdisclosure", files);
            Assert.Contains("GovDisclosure.Standard.xml", files);
            Assert.DoesNotContain(files, f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".pdb", StringComparison.Ordinal) || f.EndsWith(".dbg", StringComparison.Ordinal));
            Assert.False(
                File.Exists(Path.ChangeExtension(package, ".snupkg")),
                "the ReadyToRun package's symbols were left beside the native package that replaced it");
            Assert.True(
                File.Exists(Path.ChangeExtension(Path.Combine(packed.ReadyToRunPackages, Path.GetFileName(package)), ".snupkg")),
                "the ReadyToRun pack wrote no symbols package for this platform, so the check above proves nothing");
        }

        [Fact]
        public void Native_tool_installs_as_one_executable_in_place_of_the_platforms_package()
        {
            packed.AssertPacked();
            string native = ResolvedCommand(packed.NativeExecutable);

            Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(native)!, "govdisclosure.dll")), $"{native} is beside a govdisclosure.dll: not the native tool");
            Tool.Result version = Tool.RunExecutableIn(packed.NativeExecutable, Path.GetTempPath(), "--version");
            Assert.Equal(0, version.ExitCode);
            Assert.StartsWith(packed.Version, version.Stdout.Trim(), StringComparison.Ordinal);
        }

        /// <summary>The platforms the pointer package's tool settings name a package for.</summary>
        private static string[] PlatformsNamed(string pointer)
        {
            using var archive = ZipFile.OpenRead(pointer);
            ZipArchiveEntry settings = archive.Entries.Single(e => e.Name == "DotnetToolSettings.xml");
            using Stream stream = settings.Open();
            return XDocument.Load(stream).Descendants("RuntimeIdentifierPackage")
                .Select(p => (string)p.Attribute("RuntimeIdentifier")!)
                .ToArray();
        }

        /// <summary>The file an installed command is (the tool folder's command links to the package's file).</summary>
        private static string ResolvedCommand(string command) =>
            new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? command;
    }
}
