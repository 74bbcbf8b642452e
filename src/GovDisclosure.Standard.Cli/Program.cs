using System;
using System.CommandLine;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Cli.Commands;

namespace GovDisclosure.Standard.Cli
{
    /// <summary>The <c>govdisclosure</c> tool: composes the commands and runs the one asked for.</summary>
    public static class Program
    {
        /// <summary>Runs the tool.</summary>
        /// <param name="args">The command line.</param>
        /// <returns>0 clean, 1 findings at or above <c>--fail-on</c>, 2 unreadable input or a wrong command.</returns>
        public static int Main(string[] args)
        {
            Console.OutputEncoding = new UTF8Encoding(false);
            RootCommand root = CreateRoot();
            ParseResult parsed = root.Parse(args);
            if (UnknownOptions.Check(parsed) is string unknown)
            {
                Console.Error.WriteLine("govdisclosure: " + unknown);
                Console.Error.WriteLine($"Run 'govdisclosure {(parsed.CommandResult.Command == root ? string.Empty : parsed.CommandResult.Command.Name + " ")}--help' for usage. / 用 --help 查看用法。");
                return ExitCodes.Unusable;
            }

            if (parsed.Errors.Count > 0)
            {
                // An unknown command also leaves "Required command was not provided"; name only the cause.
                var errors = parsed.Errors.Where(e => parsed.UnmatchedTokens.Any(t => e.Message.Contains(t))).ToList();
                foreach (var error in errors.Count > 0 ? errors : parsed.Errors.ToList())
                {
                    Console.Error.WriteLine("govdisclosure: " + error.Message);
                }

                string name = parsed.CommandResult.Command == root ? "govdisclosure" : "govdisclosure " + string.Join(" ", parsed.CommandResult.Command.Parents.OfType<Command>().Where(c => c != root).Select(c => c.Name).Reverse().Concat(new[] { parsed.CommandResult.Command.Name }));
                Console.Error.WriteLine($"Run '{name} --help' for usage.");
                return ExitCodes.Unusable;
            }

            try
            {
                return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Every command catches its own failures (CommandRunner); this is the last guard: exit 2, never a stack trace.
                Console.Error.WriteLine($"govdisclosure: internal error ({e.GetType().Name}): {Reporting.TerminalText.Escape(e.Message)}");
                return ExitCodes.Unusable;
            }
        }

        /// <summary>The root command with every subcommand.</summary>
        public static RootCommand CreateRoot()
        {
            var root = Help.Describe(new RootCommand("govdisclosure — check and convert government information disclosure data (政务公开数据校验与转换)."),
                "Exit codes: 0 clean; 1 findings at or above --fail-on; 2 an input could not be read or the command was wrong.",
                "govdisclosure validate samples/data/county-catalogue.json",
                "govdisclosure convert catalogue.json catalogue.xlsx",
                "govdisclosure template socialAssistance --format xlsx --prefill",
                "govdisclosure deadline 2024-09-27 10");
            root.Subcommands.Add(ValidateCommand.Create());
            root.Subcommands.Add(ConvertCommand.Create());
            root.Subcommands.Add(TemplateCommand.Create());
            root.Subcommands.Add(CatalogCommand.Create());
            root.Subcommands.Add(SchemaCommand.Create());
            root.Subcommands.Add(DeadlineCommand.Create());
            root.Subcommands.Add(DiffCommand.Create());
            root.Subcommands.Add(CompareCommand.Create());
            Help.Install(root);
            return root;
        }
    }
}
