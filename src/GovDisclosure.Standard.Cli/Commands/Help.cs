using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>
    /// Notes and examples shown by <c>--help</c> after System.CommandLine's usage text, per command.
    /// The command's own description stays one line so that lists of subcommands stay readable.
    /// </summary>
    internal static class Help
    {
        private static readonly Dictionary<Command, string> Extras = new Dictionary<Command, string>();

        /// <summary>Creates a command whose <c>--help</c> ends with <paramref name="notes"/> and <paramref name="examples"/>.</summary>
        public static Command Command(string name, string description, string? notes, params string[] examples) =>
            Describe(new Command(name, description), notes, examples);

        public static T Describe<T>(T command, string? notes, params string[] examples)
            where T : Command
        {
            var text = new List<string>();
            if (!string.IsNullOrEmpty(notes))
            {
                text.Add(notes!);
                text.Add(string.Empty);
            }

            if (examples.Length > 0)
            {
                text.Add("Examples:");
                text.AddRange(examples.Select(e => "  " + e));
            }

            lock (Extras)
            {
                Extras[command] = string.Join(Environment.NewLine, text);
            }

            return command;
        }

        /// <summary>Makes the root's help option print the extras of the command it shows help for.</summary>
        public static void Install(RootCommand root)
        {
            foreach (HelpOption option in root.Options.OfType<HelpOption>())
            {
                if (option.Action is HelpAction standard)
                {
                    option.Action = new WithExamples(standard);
                }
            }
        }

        private sealed class WithExamples : SynchronousCommandLineAction
        {
            private readonly HelpAction standard;

            public WithExamples(HelpAction standard)
            {
                this.standard = standard;
            }

            public override bool ClearsParseErrors => true;

            public override int Invoke(ParseResult parseResult)
            {
                int result = standard.Invoke(parseResult);
                string? extra;
                lock (Extras)
                {
                    Extras.TryGetValue(parseResult.CommandResult.Command, out extra);
                }

                if (!string.IsNullOrEmpty(extra))
                {
                    Console.Out.WriteLine(extra);
                    Console.Out.WriteLine();
                }

                return result;
            }
        }
    }
}
