using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using PublicApiGenerator;

namespace GovDisclosure.Standard.Tests.PublicApi
{
    /// <summary>
    /// The public API of every build of every package must equal the approved listing in <c>api/</c>,
    /// written by PublicApiGenerator: <c>&lt;package&gt;.approved.txt</c> for net10.0, and
    /// <c>&lt;package&gt;.&lt;tfm&gt;.approved.txt</c> for a target framework whose API differs.
    /// A difference writes <c>.received.txt</c> beside the approved file and fails with a diff; setting
    /// <c>GOVDISCLOSURE_APPROVE=1</c> rewrites the approved files instead.
    /// </summary>
    public sealed class PublicApiApprovalTests
    {
        private const string ReferenceFramework = "net10.0";

        private static readonly string[] Packages =
        {
            "GovDisclosure.Standard",
            "GovDisclosure.Standard.IO",
            "GovDisclosure.Standard.Validation",
            "GovDisclosure.Standard.Reporting",
        };

        private static readonly string[] Frameworks = { "net10.0", "net8.0", "netstandard2.0" };

        private static readonly ApiGeneratorOptions Options = new ApiGeneratorOptions
        {
            // The target framework attribute differs in every build and says nothing about the API.
            ExcludeAttributes = new[] { "System.Runtime.Versioning.TargetFrameworkAttribute" },
        };

        public static TheoryData<string, string> Builds()
        {
            var builds = new TheoryData<string, string>();
            foreach (string package in Packages)
            {
                foreach (string framework in Frameworks)
                {
                    builds.Add(package, framework);
                }
            }

            return builds;
        }

        [Theory]
        [MemberData(nameof(Builds))]
        public void Public_api_of_each_package_and_target_framework_matches_the_approved_listing(string package, string framework)
        {
            string received = Listing(package, framework);
            string apiFolder = Path.Combine(RepositoryRoot.Find(), "api");
            string defaultFile = Path.Combine(apiFolder, package + ".approved.txt");
            string ownFile = framework == ReferenceFramework ? defaultFile : Path.Combine(apiFolder, $"{package}.{framework}.approved.txt");
            string approvedFile = File.Exists(ownFile) ? ownFile : defaultFile;

            if (Environment.GetEnvironmentVariable("GOVDISCLOSURE_APPROVE") == "1")
            {
                Directory.CreateDirectory(apiFolder);
                if (framework == ReferenceFramework)
                {
                    File.WriteAllText(defaultFile, received);
                }
                else if (Listing(package, ReferenceFramework) == received)
                {
                    // Another framework keeps its own file only while its API differs from net10.0's.
                    File.Delete(ownFile);
                }
                else
                {
                    File.WriteAllText(ownFile, received);
                }

                File.Delete(Path.Combine(apiFolder, framework == ReferenceFramework ? $"{package}.received.txt" : $"{package}.{framework}.received.txt"));
                return;
            }

            string approved = File.Exists(approvedFile) ? Normalize(File.ReadAllText(approvedFile)) : string.Empty;
            string receivedFile = Path.Combine(apiFolder, framework == ReferenceFramework ? $"{package}.received.txt" : $"{package}.{framework}.received.txt");
            if (approved == received)
            {
                File.Delete(receivedFile);
                return;
            }

            Directory.CreateDirectory(apiFolder);
            File.WriteAllText(receivedFile, received);
            Assert.Fail(
                $"The public API of {package} ({framework}) differs from {Path.GetFileName(approvedFile)}. Review {Path.GetFileName(receivedFile)}; "
                + "if the change is intended, run the tests with GOVDISCLOSURE_APPROVE=1 (a removed or changed line is a breaking change: see README.md (Versioning and review)).\n"
                + LineDiff.Excerpt(approved, received));
        }

        /// <summary>The listing of one build, read from the solution's own output (the test builds nothing itself).</summary>
        private static string Listing(string package, string framework)
        {
            string configuration = typeof(PublicApiApprovalTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            string dll = Path.Combine(RepositoryRoot.Find(), "src", package, "bin", configuration, framework, package + ".dll");
            Assert.True(File.Exists(dll), $"{dll} does not exist. Build the solution first (dotnet build GovDisclosure.Standard.sln -c {configuration}); the approval test builds nothing itself.");

            // Each build in a context of its own, so that builds of one assembly for several frameworks can be read side by side.
            var context = new AssemblyLoadContext(package + "/" + framework, isCollectible: true);
            try
            {
                return Normalize(context.LoadFromAssemblyPath(dll).GeneratePublicApi(Options));
            }
            finally
            {
                context.Unload();
            }
        }

        private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n');
    }
}
