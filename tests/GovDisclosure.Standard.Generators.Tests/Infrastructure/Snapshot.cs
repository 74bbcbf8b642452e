using System;
using System.IO;
using System.Text.RegularExpressions;

namespace GovDisclosure.Standard.Generators.Tests.Infrastructure
{
    /// <summary>
    /// Compares generated source with a checked-in file under Snapshots/. On a difference it writes
    /// <c>&lt;name&gt;.received.cs.txt</c> beside it and fails; with GOVDISCLOSURE_APPROVE=1 it rewrites
    /// the checked-in file instead. The generator's version is scrubbed so a version bump does not
    /// change every snapshot.
    /// </summary>
    internal static class Snapshot
    {
        private static readonly Regex GeneratedCodeVersion = new Regex("GeneratedCode\\(\"GovDisclosure\\.Standard\\.Generators\", \"[^\"]*\"\\)");

        public static void Matches(string name, string actual)
        {
            string scrubbed = GeneratedCodeVersion.Replace(actual.Replace("\r\n", "\n"), "GeneratedCode(\"GovDisclosure.Standard.Generators\", \"VERSION\")");
            string folder = Path.Combine(Repository.TestsFolder, "Snapshots");
            string expectedPath = Path.Combine(folder, name + ".cs.txt");
            string receivedPath = Path.Combine(folder, name + ".received.cs.txt");
            if (Environment.GetEnvironmentVariable("GOVDISCLOSURE_APPROVE") == "1")
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(expectedPath, scrubbed);
                File.Delete(receivedPath);
                return;
            }

            string expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).Replace("\r\n", "\n") : string.Empty;
            if (expected == scrubbed)
            {
                File.Delete(receivedPath);
                return;
            }

            File.WriteAllText(receivedPath, scrubbed);
            Assert.Fail(File.Exists(expectedPath)
                ? $"Generated source differs from Snapshots/{name}.cs.txt. Review {receivedPath}; if the change is intended, run the tests with GOVDISCLOSURE_APPROVE=1."
                : $"No snapshot Snapshots/{name}.cs.txt yet. Review {receivedPath} and approve it with GOVDISCLOSURE_APPROVE=1.");
        }
    }
}
