using System.IO;
using System.Text.Json;
using Xunit;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>
    /// The runtime settings the built tool starts with (its <c>govdisclosure.runtimeconfig.json</c>): how its code is
    /// tiered decides how soon a long run's hot methods are optimised (bench/RESULTS.md, "Round 26, clean catalogue entries" and "Round 38, annual reports: the tier-1 threshold").
    /// </summary>
    public class ToolRuntimeConfigTests
    {
        [Fact]
        public void TheToolCountsCallsFromTheFirstAndOptimisesOnlyMethodsCalledTwentyThousandTimes()
        {
            JsonElement properties = ConfigProperties();

            Assert.Equal(0, properties.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
            Assert.Equal(20000, properties.GetProperty("System.Runtime.TieredCompilation.CallCountThreshold").GetInt32());
            Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
        }

        private static JsonElement ConfigProperties()
        {
            string path = Path.ChangeExtension(Tool.Dll, ".runtimeconfig.json");
            using JsonDocument config = JsonDocument.Parse(File.ReadAllText(path));
            return config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
        }
    }
}
