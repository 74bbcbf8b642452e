using System;
using System.IO;
using System.Threading.Tasks;

namespace GovDisclosure.Standard.Samples.Tests.Infrastructure
{
    /// <summary>
    /// Builds both samples once for all tests, exactly as README tells a user: building a sample packs
    /// the library into artifacts/packages first (samples/Directory.Build.targets) and restores it from
    /// there as a package. Each run uses a unique package version, so no NuGet cache can hand out a
    /// stale package; the package and its cached copy are removed afterwards.
    /// </summary>
    public sealed class BuiltSamples : IAsyncLifetime
    {
        // Building CountyPortal packs four packages first (core, IO, Validation, Reporting), each for three frameworks.
        private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(30);

        public string Version { get; } = "0.1.0-sampletest." + Guid.NewGuid().ToString("N").Substring(0, 12);

        public string CountyPortalDll => Repository.PathOf("samples", "CountyPortal", "bin", "Debug", "net10.0", "CountyPortal.dll");

        public string ExportCheckDll => Repository.PathOf("samples", "ExportCheck", "bin", "Debug", "net10.0", "ExportCheck.dll");

        public string BuildOutput { get; private set; } = string.Empty;

        public PortalServer? Portal { get; private set; }

        public async Task InitializeAsync()
        {
            (int portalExit, string portalOutput) = await DotnetCli.RunAsync(
                Repository.Root, StepTimeout,
                "build", Repository.PathOf("samples", "CountyPortal", "CountyPortal.csproj"), "-c", "Debug",
                "-p:GovDisclosureStandardVersion=" + Version);
            if (portalExit != 0)
            {
                throw new InvalidOperationException("Building samples/CountyPortal (which packs the library first) failed:\n" + portalOutput);
            }

            (int checkExit, string checkOutput) = await DotnetCli.RunAsync(
                Repository.Root, StepTimeout,
                "build", Repository.PathOf("samples", "ExportCheck", "ExportCheck.csproj"), "-c", "Debug",
                "-p:GovDisclosureStandardVersion=" + Version, "-p:GovDisclosurePackLibrary=false");
            if (checkExit != 0)
            {
                throw new InvalidOperationException("Building samples/ExportCheck failed:\n" + checkOutput);
            }

            BuildOutput = portalOutput + checkOutput;
            Portal = await PortalServer.StartAsync(CountyPortalDll);
        }

        public Task DisposeAsync()
        {
            Portal?.Dispose();
            string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            foreach (string id in new[] { "GovDisclosure.Standard", "GovDisclosure.Standard.IO", "GovDisclosure.Standard.Validation", "GovDisclosure.Standard.Reporting" })
            {
                TryDelete(() => File.Delete(Repository.PathOf("artifacts", "packages", $"{id}.{Version}.nupkg")));
                TryDelete(() => Directory.Delete(Path.Combine(packages, id.ToLowerInvariant(), Version), recursive: true));
            }
            return Task.CompletedTask;
        }

        private static void TryDelete(Action delete)
        {
            try
            {
                delete();
            }
            catch (IOException)
            {
                // Leftovers are harmless: the next run uses a new unique version.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
