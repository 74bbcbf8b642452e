using System;
using System.IO;

namespace GovDisclosure.Standard.Tests
{
    /// <summary>Finds files of the repository (catalog/, api/, rule documentation) from the test's output folder.</summary>
    internal static class RepositoryFiles
    {
        private static readonly Lazy<string> RootPath = new Lazy<string>(FindRoot);

        public static string Root => RootPath.Value;

        public static string PathOf(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

        /// <summary>
        /// Compares generated text with a checked-in file. On a difference it writes
        /// <c>&lt;name&gt;.received&lt;ext&gt;</c> beside it and fails; with GOVDISCLOSURE_APPROVE=1 it
        /// rewrites the checked-in file instead.
        /// </summary>
        public static void AssertMatchesApproved(string relativePath, string actual)
        {
            string path = PathOf(relativePath.Split('/'));
            string received = ReceivedPath(path);
            if (Environment.GetEnvironmentVariable("GOVDISCLOSURE_APPROVE") == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, actual);
                if (File.Exists(received))
                {
                    File.Delete(received);
                }

                return;
            }

            string expected = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : string.Empty;
            if (expected == actual.Replace("\r\n", "\n"))
            {
                if (File.Exists(received))
                {
                    File.Delete(received);
                }

                return;
            }

            File.WriteAllText(received, actual);
            Assert.Fail($"{relativePath} does not match what the code produces now. Review {Path.GetFileName(received)} beside it; if the change is intended, run the tests with GOVDISCLOSURE_APPROVE=1 to approve it.");
        }

        /// <summary>
        /// Compares generated text with the part of a checked-in file between two marker lines (the markers
        /// stay, the text between them is the generated part). With GOVDISCLOSURE_APPROVE=1 it rewrites that part.
        /// </summary>
        public static void AssertSectionMatchesApproved(string relativePath, string beginMarker, string endMarker, string actual)
        {
            string path = PathOf(relativePath.Split('/'));
            string file = File.ReadAllText(path).Replace("\r\n", "\n");
            int begin = file.IndexOf(beginMarker + "\n", StringComparison.Ordinal);
            int end = file.IndexOf(endMarker, StringComparison.Ordinal);
            Assert.True(begin >= 0 && end > begin, $"{relativePath} has no section between '{beginMarker}' and '{endMarker}'.");
            int start = begin + beginMarker.Length + 1;
            string approved = file.Substring(start, end - start);
            if (approved == actual)
            {
                return;
            }

            Assert.True(
                Environment.GetEnvironmentVariable("GOVDISCLOSURE_APPROVE") == "1" && WriteSection(path, file, start, end, actual),
                $"The generated section of {relativePath} is stale; run the tests with GOVDISCLOSURE_APPROVE=1 to rewrite it, and review the diff.");
        }

        private static bool WriteSection(string path, string file, int start, int end, string section)
        {
            File.WriteAllText(path, file.Substring(0, start) + section + file.Substring(end));
            return true;
        }

        private static string ReceivedPath(string path)
        {
            string directory = Path.GetDirectoryName(path)!;
            string name = Path.GetFileName(path);
            int dot = name.IndexOf('.');
            return Path.Combine(directory, dot < 0 ? name + ".received" : name.Substring(0, dot) + ".received" + name.Substring(dot));
        }

        private static string FindRoot()
        {
            for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GovDisclosure.Standard.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Cannot find the repository root (GovDisclosure.Standard.sln) above " + AppContext.BaseDirectory);
        }
    }
}
