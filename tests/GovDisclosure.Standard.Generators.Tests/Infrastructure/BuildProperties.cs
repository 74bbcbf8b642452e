using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GovDisclosure.Standard.Generators.Tests.Infrastructure
{
    /// <summary>MSBuild properties as the compiler shows them to generators (<c>build_property.X</c>).</summary>
    internal sealed class BuildProperties : AnalyzerConfigOptionsProvider
    {
        private readonly Options options;

        public BuildProperties(IReadOnlyDictionary<string, string> properties)
        {
            var values = new Dictionary<string, string>();
            foreach (KeyValuePair<string, string> property in properties)
            {
                values["build_property." + property.Key] = property.Value;
            }

            options = new Options(values);
        }

        public override AnalyzerConfigOptions GlobalOptions => options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> values;

            public Options(Dictionary<string, string> values)
            {
                this.values = values;
            }

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
