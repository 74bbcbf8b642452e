using System.Collections.Generic;
using Xunit;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>
    /// A runtime without Unicode normalisation (globalization-invariant mode: <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT</c>,
    /// as some container images set it, or a system without ICU) would read full-width digits and letters wrongly: the tool
    /// says so and stops with exit code 2, in the run's language — never a crash, never a silently wrong verdict.
    /// </summary>
    public class GlobalizationInvariantModeTests
    {
        private static readonly IReadOnlyDictionary<string, string> InvariantMode = new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" };

        [Theory]
        [InlineData("C.UTF-8", "globalization-invariant mode")]
        [InlineData("zh_CN.UTF-8", "全球化固定模式")]
        public void In_globalization_invariant_mode_the_tool_says_why_it_cannot_run_and_exits_2(string lang, string said)
        {
            Tool.Result result = Tool.RunWithEnvironment(InvariantMode, lang, "validate", "samples/data/county-catalogue.json");

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains(said, result.Stderr);
            Assert.Contains("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", result.Stderr);
            Assert.DoesNotContain("Unhandled exception", result.Stderr);
        }
    }
}
