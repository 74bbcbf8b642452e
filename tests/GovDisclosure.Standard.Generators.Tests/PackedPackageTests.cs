using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using GovDisclosure.Standard.Generators.Tests.Infrastructure;

namespace GovDisclosure.Standard.Generators.Tests
{
    /// <summary>
    /// The packed GovDisclosure.Standard package, used the way a local government would: a new
    /// project references it from a folder feed, drops its own catalogue JSON under catalog/, and
    /// gets typed members; a broken file yields GDGEN diagnostics at the file's line and column.
    /// Each run packs a unique version, so the NuGet cache can never serve a stale package.
    /// </summary>
    public sealed class PackedPackageTests
    {
        private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(10);

        [Fact(Timeout = 30 * 60 * 1000)]
        public async Task Packed_package_generates_usable_members_in_a_consumer_and_reports_broken_files()
        {
            string id = Guid.NewGuid().ToString("N").Substring(0, 12);
            string version = "0.1.0-gentest." + id;
            string root = Path.Combine(Path.GetTempPath(), "govdisclosure-generator-" + id);
            string feed = Path.Combine(root, "feed");
            string consumer = Path.Combine(root, "County.Portal");
            try
            {
                Directory.CreateDirectory(feed);
                (int packExit, string packOutput) = await DotnetCli.RunAsync(
                    Repository.Root,
                    StepTimeout,
                    "pack", Repository.PathOf("src", "GovDisclosure.Standard", "GovDisclosure.Standard.csproj"),
                    "-c", "Release", "-o", feed, "-p:VersionSuffix=gentest." + id);
                Assert.True(packExit == 0, "dotnet pack failed:\n" + packOutput);

                string package = Path.Combine(feed, $"GovDisclosure.Standard.{version}.nupkg");
                bool hostPlatformPacked;
                using (ZipArchive zip = ZipFile.OpenRead(package))
                {
                    string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
                    Assert.Contains("analyzers/dotnet/cs/GovDisclosure.Standard.Generators.dll", entries);
                    Assert.Contains("build/GovDisclosure.Standard.props", entries);
                    Assert.Contains("build/GovDisclosure.Standard.targets", entries);
                    Assert.Contains("buildTransitive/GovDisclosure.Standard.props", entries);
                    Assert.Contains("buildTransitive/GovDisclosure.Standard.targets", entries);
                    Assert.Contains("README.md", entries);
                    using StreamReader readme = new StreamReader(zip.GetEntry("README.md")!.Open());
                    Assert.Contains("dotnet add package GovDisclosure.Standard", readme.ReadToEnd());

                    // Beside the portable IL of net10.0, the same assembly with ReadyToRun code for each platform packed.
                    ReadyToRunImage portable = ReadyToRunImage.Read(zip.GetEntry("lib/net10.0/GovDisclosure.Standard.dll")!.Open());
                    Assert.False(portable.HasNativeCode, "lib/net10.0 holds native code; it should be portable IL");
                    string[] platforms = entries
                        .Where(e => e.StartsWith("runtimes/", StringComparison.Ordinal) && e.EndsWith("/lib/net10.0/GovDisclosure.Standard.dll", StringComparison.Ordinal))
                        .Select(e => e.Split('/')[1])
                        .ToArray();
                    Assert.NotEmpty(platforms);
                    hostPlatformPacked = platforms.Contains(ReadyToRunImage.HostRuntimeIdentifier());
                    foreach (string platform in platforms)
                    {
                        ReadyToRunImage image = ReadyToRunImage.Read(zip.GetEntry($"runtimes/{platform}/lib/net10.0/GovDisclosure.Standard.dll")!.Open());
                        Assert.True(image.HasNativeCode, platform + ": no ReadyToRun code");
                        ushort machine = ReadyToRunImage.MachineOf(platform);
                        Assert.True(image.Machine == machine, $"{platform}: code for PE machine 0x{image.Machine:X4}, not 0x{machine:X4}");
                        Assert.Equal(portable.ModuleVersionId, image.ModuleVersionId);
                    }
                    Assert.DoesNotContain(entries, e => e.StartsWith("runtimes/", StringComparison.Ordinal) && !e.Contains("/lib/net10.0/", StringComparison.Ordinal));
                }

                using (ZipArchive symbols = ZipFile.OpenRead(Path.ChangeExtension(package, ".snupkg")))
                {
                    Assert.Contains("lib/net10.0/GovDisclosure.Standard.pdb", symbols.Entries.Select(e => e.FullName));
                }

                WriteConsumer(consumer, feed, version);

                (int buildExit, string buildOutput) = await DotnetCli.RunAsync(consumer, StepTimeout, "build", "-c", "Debug");
                Assert.True(buildExit == 0, "consumer build failed:\n" + buildOutput);

                (int runExit, string runOutput) = await DotnetCli.RunAsync(consumer, StepTimeout, "run", "--no-build", "-c", "Debug");
                Assert.True(runExit == 0, "consumer run failed:\n" + runOutput);
                Assert.Contains("entries=2", runOutput);
                Assert.Contains("guide=办事指南", runOutput);
                Assert.Contains("domain=socialAssistance", runOutput);
                Assert.Contains("found=冬季取暖补贴对象", runOutput);
                Assert.Contains("other=other:县民政局微信公众号", runOutput);
                Assert.Contains("standard=26", runOutput);
                // The consumer runs the copy with this machine's ReadyToRun code where the package has one, else the IL.
                Assert.Contains(
                    hostPlatformPacked ? $"assembly=runtimes/{ReadyToRunImage.HostRuntimeIdentifier()}/lib/net10.0/GovDisclosure.Standard.dll" : "assembly=GovDisclosure.Standard.dll",
                    runOutput);

                (int offExit, string offOutput) = await DotnetCli.RunAsync(consumer, StepTimeout, "build", "-c", "Debug", "--no-incremental", "-p:GovDisclosureCatalogAutoInclude=false");
                Assert.NotEqual(0, offExit);
                Assert.Contains("error CS0103: The name 'LocalCatalogue' does not exist", offOutput);

                Directory.Move(Path.Combine(consumer, "catalog"), Path.Combine(consumer, "definitions"));
                (int movedExit, string movedOutput) = await DotnetCli.RunAsync(consumer, StepTimeout, "build", "-c", "Debug", "--no-incremental", "-p:GovDisclosureCatalogPath=definitions");
                Assert.True(movedExit == 0, "consumer build with GovDisclosureCatalogPath=definitions failed:\n" + movedOutput);

                string catalogue = Path.Combine(consumer, "definitions", "socialAssistance.catalog.json");
                string broken = File.ReadAllText(catalogue).Replace("\"audiences\": [\"public\"]", "\"audiences\": [\"publik\"]");
                File.WriteAllText(catalogue, broken);
                (int line, int column) = CatalogueText.PositionOf(broken, "\"publik\"");

                (int brokenExit, string brokenOutput) = await DotnetCli.RunAsync(consumer, StepTimeout, "build", "-c", "Debug", "--no-incremental", "-p:GovDisclosureCatalogPath=definitions");
                Assert.NotEqual(0, brokenExit);
                Assert.Contains($"socialAssistance.catalog.json({line},{column}): error GDGEN004", brokenOutput);
                Assert.Contains("did you mean 'public'", brokenOutput);
                Assert.DoesNotContain("CS8785", brokenOutput);
            }
            finally
            {
                TryDelete(root);
                string cached = Path.Combine(
                    Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
                    "govdisclosure.standard",
                    version);
                TryDelete(cached);
            }
        }

        private static void WriteConsumer(string folder, string feed, string version)
        {
            Directory.CreateDirectory(Path.Combine(folder, "catalog"));
            File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="govdisclosure-local" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(folder, "County.Portal.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <RootNamespace>County.Portal</RootNamespace>
                    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="GovDisclosure.Standard" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), """
                using System;
                using GovDisclosure.Standard.Catalogue;

                namespace County.Portal
                {
                    internal static class Program
                    {
                        private static int Main()
                        {
                            Console.WriteLine("entries=" + LocalCatalogue.All.Count);
                            Console.WriteLine("guide=" + SocialAssistanceCatalogue.MinimumLivingAllowanceServiceGuide.SecondLevelItem);
                            Console.WriteLine("domain=" + SocialAssistanceCatalogue.Domain.Code);
                            Console.WriteLine("found=" + LocalCatalogue.Find(PilotDomain.SocialAssistance, "winterHeatingSubsidyRecipients")?.ThirdLevelItem);
                            Console.WriteLine("other=" + SocialAssistanceCatalogue.MinimumLivingAllowanceServiceGuide.Channels[2]);
                            Console.WriteLine("standard=" + StandardCatalogue.Domains.Count);
                            Console.WriteLine("assembly=" + System.IO.Path.GetRelativePath(AppContext.BaseDirectory, typeof(StandardCatalogue).Assembly.Location).Replace('\\', '/'));
                            return 0;
                        }
                    }
                }
                """);
            File.Copy(Path.Combine(Repository.TestsFolder, "Inputs", "socialAssistance.catalog.json"), Path.Combine(folder, "catalog", "socialAssistance.catalog.json"));
        }

        private static void TryDelete(string folder)
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless; the next run uses a new unique name.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
