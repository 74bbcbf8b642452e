using System;
using System.IO;
using System.Threading.Tasks;
using GovDisclosure.Standard.Samples.Tests.Infrastructure;

namespace GovDisclosure.Standard.Samples.Tests
{
    /// <summary>
    /// The CountyPortal reads every <c>rules/*.rules.json</c> beside the program at start; a file with a mistake stops the
    /// start with exit 2 and the file's line and column, never a stack trace. Each case runs a private copy of the built
    /// portal in a temp folder, so the sample's own rules folder is never touched.
    /// </summary>
    [Collection(SamplesCollection.Name)]
    public sealed class CountyPortalRulesFileTests
    {
        private readonly BuiltSamples samples;

        public CountyPortalRulesFileTests(BuiltSamples samples)
        {
            this.samples = samples;
        }

        [Theory]
        [InlineData("{\n  \"rules\": {\n    \"GD-CAT-999\": \"off\"\n  }\n}\n", ":3:5: there is no rule 'GD-CAT-999'")]
        [InlineData("{\n  \"name\": \"broken\",\n  \"rules\": { \"GD-CAT-009\" \"off\" }\n}\n", ":3:")]
        [InlineData("{\n  \"extends\": \"standard\",\n  \"reportDue\": \"2025-05-15\"\n}\n", ":3:3: unknown member 'reportDue'")]
        public async Task A_broken_rules_file_stops_the_start_with_its_line_and_column_and_no_stack_trace(string text, string located)
        {
            string folder = Path.Combine(Path.GetTempPath(), "countyportal-rules-" + Guid.NewGuid().ToString("N"));
            try
            {
                Copy(Path.GetDirectoryName(samples.CountyPortalDll)!, folder);
                string broken = Path.Combine(folder, "rules", "broken.rules.json");
                File.WriteAllText(broken, text);

                // The time-out is a watchdog (a portal that starts anyway would listen forever), not a timing.
                (int exitCode, string output) = await DotnetCli.RunAsync(folder, TimeSpan.FromMinutes(3), Path.Combine(folder, "CountyPortal.dll"), "--urls", "http://127.0.0.1:0");

                Assert.True(exitCode == 2, output);
                Assert.Contains("CountyPortal: " + broken + located, output, StringComparison.Ordinal);
                Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
                Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }

        private static void Copy(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (string directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            {
                Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
            }

            foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
            }
        }
    }
}
