using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>
    /// Every input a fuzzer once crashed a reader with (tests/GovDisclosure.Standard.Tests/Input/Crashers/, replayed
    /// reader by reader in ReaderFuzzTests) goes through <c>govdisclosure validate</c> too, from a private copy in a
    /// temporary folder, under the hostile corpus's watchdog and 256 MB heap cap: exit 0, 1 or 2, never a stack trace,
    /// and a refusal (exit 2) names the file at a location.
    /// </summary>
    public sealed class FuzzCrasherTests
    {
        private const int WatchdogMilliseconds = 120_000;

        public static IEnumerable<object[]> Crashers() =>
            Directory.EnumerateFiles(Path.Combine(Tool.Root, "tests", "GovDisclosure.Standard.Tests", "Input", "Crashers"))
                .Select(f => Path.GetFileName(f)!)
                .Order(StringComparer.Ordinal)
                .Select(f => new object[] { f });

        [Theory]
        [MemberData(nameof(Crashers))]
        public void An_input_that_once_crashed_a_reader_gives_exit_0_1_or_2_with_a_located_message_and_no_stack_trace(string name)
        {
            using var temp = new TempFolder();
            File.Copy(Path.Combine(Tool.Root, "tests", "GovDisclosure.Standard.Tests", "Input", "Crashers", name), temp.File(name));

            Tool.Result result = Tool.RunIn(temp.Path, new[] { "validate", name, "--lang", "en" }, null, heapLimit: "0x10000000", WatchdogMilliseconds);

            string all = result.Stdout + result.Stderr;
            Assert.False(Regex.IsMatch(all, @"^\s+at \S+\(", RegexOptions.Multiline), "stack trace:\n" + result);
            Assert.DoesNotContain("Unhandled exception", all, StringComparison.Ordinal);
            Assert.True(result.ExitCode is 0 or 1 or 2, result.ToString());
            if (result.ExitCode == 2)
            {
                Assert.Matches(new Regex("govdisclosure: " + Regex.Escape(name) + @"(:\d+(:\d+)?|!\S+| record \d+| line \d+)?: \S"), result.Stderr);
            }
        }
    }
}
