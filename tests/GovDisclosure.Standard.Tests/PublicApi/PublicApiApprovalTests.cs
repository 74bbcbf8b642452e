using System;
using System.IO;
using System.Reflection;

namespace GovDisclosure.Standard.Tests.PublicApi
{
    /// <summary>
    /// The public API of every build of GovDisclosure.Standard must equal the approved listing in
    /// <c>api/</c>: <c>GovDisclosure.Standard.approved.txt</c> for net10.0, and
    /// <c>GovDisclosure.Standard.&lt;tfm&gt;.approved.txt</c> for a target framework whose API differs.
    /// A difference writes <c>.received.txt</c> beside the approved file and fails with a diff; setting
    /// <c>GOVDISCLOSURE_APPROVE=1</c> rewrites the approved files instead.
    /// </summary>
    public sealed class PublicApiApprovalTests
    {
        private const string ReferenceFramework = "net10.0";

        [Theory]
        [InlineData("net10.0")]
        [InlineData("net8.0")]
        [InlineData("netstandard2.0")]
        public void Public_api_of_each_target_framework_matches_the_approved_listing(string framework)
        {
            string root = RepositoryRoot.Find();
            string configuration = typeof(PublicApiApprovalTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            string dll = Path.Combine(root, "src", "GovDisclosure.Standard", "bin", configuration, framework, "GovDisclosure.Standard.dll");
            Assert.True(File.Exists(dll), $"{dll} does not exist. Build the solution first (dotnet build GovDisclosure.Standard.sln -c {configuration}); the approval test builds nothing itself.");

            string received = PublicApiListing.Generate(CompiledAssembly.Load(dll));
            string apiFolder = Path.Combine(root, "api");
            string defaultFile = Path.Combine(apiFolder, "GovDisclosure.Standard.approved.txt");
            string ownFile = framework == ReferenceFramework ? defaultFile : Path.Combine(apiFolder, $"GovDisclosure.Standard.{framework}.approved.txt");
            string approvedFile = File.Exists(ownFile) ? ownFile : defaultFile;

            if (Environment.GetEnvironmentVariable("GOVDISCLOSURE_APPROVE") == "1")
            {
                Approve(framework, received, defaultFile, ownFile);
                File.Delete(Path.Combine(apiFolder, framework == ReferenceFramework ? "GovDisclosure.Standard.received.txt" : $"GovDisclosure.Standard.{framework}.received.txt"));
                return;
            }

            string approved = File.Exists(approvedFile) ? Normalize(File.ReadAllText(approvedFile)) : string.Empty;
            string receivedFile = approvedFile.Replace(".approved.txt", framework == ReferenceFramework || approvedFile == ownFile ? ".received.txt" : $".{framework}.received.txt");
            if (approved == received)
            {
                File.Delete(receivedFile);
                return;
            }

            Directory.CreateDirectory(apiFolder);
            File.WriteAllText(receivedFile, received);
            Assert.Fail(
                $"The public API of {framework} differs from {Path.GetFileName(approvedFile)}. Review {Path.GetFileName(receivedFile)}; "
                + "if the change is intended, run the tests with GOVDISCLOSURE_APPROVE=1 (a removed or changed line is a breaking change: see README.md (Versioning and review)).\n"
                + LineDiff.Excerpt(approved, received));
        }

        private static void Approve(string framework, string received, string defaultFile, string ownFile)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(defaultFile)!);
            if (framework == ReferenceFramework)
            {
                File.WriteAllText(defaultFile, received);
                return;
            }

            // Another framework gets its own file only while its API differs from net10.0's. The
            // net10.0 case may run after this one, so compare with net10.0's listing, not the file.
            string root = RepositoryRoot.Find();
            string configuration = typeof(PublicApiApprovalTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            string reference = PublicApiListing.Generate(CompiledAssembly.Load(Path.Combine(root, "src", "GovDisclosure.Standard", "bin", configuration, ReferenceFramework, "GovDisclosure.Standard.dll")));
            if (reference == received)
            {
                File.Delete(ownFile);
            }
            else
            {
                File.WriteAllText(ownFile, received);
            }
        }

        private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n');
    }
}
