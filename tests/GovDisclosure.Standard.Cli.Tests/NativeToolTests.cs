using System.Collections.Generic;
using System.IO;
using Xunit;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>
    /// The native tool (compiled ahead of time, packed and installed: <see cref="PackedTool"/>) does what the JIT-compiled
    /// tool does: for every sample and real document, in every report format, on one thread and on every core, and for
    /// every other command, the same exit code, words and files (<see cref="ToolRunComparison"/>). The libraries bind
    /// documents by reflection over their own models; a member or a path that the native build lost would show here as a
    /// different report.
    /// </summary>
    [Collection(PackedToolCollection.Name)]
    public sealed class NativeToolTests
    {
        private readonly PackedTool packed;

        public NativeToolTests(PackedTool packed)
        {
            this.packed = packed;
        }

        [Theory]
        [MemberData(nameof(ToolRunComparison.Documents), MemberType = typeof(ToolRunComparison))]
        public void Native_tool_reports_a_document_as_the_jit_compiled_tool_does_in_every_format(string document)
        {
            foreach (string format in new[] { "json", "sarif", "text", "html" })
            {
                foreach (bool oneThread in new[] { true, false })
                {
                    var arguments = new List<string> { "validate", Path.Combine(Tool.Root, document), "--format", format, "--output", "report" };
                    if (oneThread)
                    {
                        arguments.AddRange(new[] { "--parallel", "1" });
                    }

                    Run(arguments.ToArray());
                }
            }
        }

        [Theory]
        [MemberData(nameof(ToolRunComparison.Commands), MemberType = typeof(ToolRunComparison))]
        public void Native_tool_runs_a_command_as_the_jit_compiled_tool_does(string command)
        {
            Run(ToolRunComparison.Arguments(command));
        }

        private void Run(string[] arguments)
        {
            packed.AssertPacked();
            ToolRunComparison.AssertSameRun(packed.NativeExecutable, arguments);
        }
    }
}
