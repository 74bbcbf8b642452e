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
            ToolLanguage.Choose(ToolLanguage.From(args, Environment.GetEnvironmentVariable));
            if (!UnicodeNormalization.Works)
            {
                Console.Error.WriteLine("govdisclosure: " + UnicodeNormalization.Missing);
                return ExitCodes.Unusable;
            }

            RootCommand root = CreateRoot();
            ParseResult parsed = root.Parse(args);
            if (UnknownOptions.Check(parsed) is string unknown)
            {
                Console.Error.WriteLine("govdisclosure: " + unknown);
                Console.Error.WriteLine(UsageHint(parsed, root));
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

                Console.Error.WriteLine(UsageHint(parsed, root));
                return ExitCodes.Unusable;
            }

            try
            {
                return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Every command catches its own failures (CommandRunner); this is the last guard: exit 2, never a stack trace.
                Console.Error.WriteLine("govdisclosure: " + Reporting.TerminalText.Escape(ToolLanguage.Say($"内部错误（{e.GetType().Name}）：{e.Message}；请报告此问题。", $"internal error ({e.GetType().Name}): {e.Message}; please report it.")));
                return ExitCodes.Unusable;
            }
        }

        /// <summary>"Run 'govdisclosure validate --help' for usage.", naming the command the parse ended in.</summary>
        private static string UsageHint(ParseResult parsed, RootCommand root)
        {
            Command command = parsed.CommandResult.Command;
            string name = command == root ? "govdisclosure" : "govdisclosure " + string.Join(" ", command.Parents.OfType<Command>().Where(c => c != root).Select(c => c.Name).Reverse().Concat(new[] { command.Name }));
            return ToolLanguage.Say($"用法见 '{name} --help'。", $"Run '{name} --help' for usage.");
        }

        /// <summary>The root command with every subcommand, its texts in the run's language (<see cref="ToolLanguage"/>).</summary>
        public static RootCommand CreateRoot()
        {
            var root = Help.Describe(
                new RootCommand(ToolLanguage.Say("govdisclosure — 政务公开数据的校验与转换。", "govdisclosure — check and convert government information disclosure data.")),
                Help.ExitCodes,
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
            root.Options.Add(ToolLanguage.CreateOption());
            Help.Install(root);
            return root;
        }
    }
}
