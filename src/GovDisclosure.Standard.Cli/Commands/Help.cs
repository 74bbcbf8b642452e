using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>
    /// Notes and examples shown by <c>--help</c> after System.CommandLine's usage text, per command.
    /// The command's own description stays one line so that lists of subcommands stay readable.
    /// </summary>
    internal static class Help
    {
        private static readonly Dictionary<Command, string> Extras = new Dictionary<Command, string>();

        /// <summary>The exit codes of the commands that check data, in the run's language.</summary>
        public static string ExitCodes => ToolLanguage.Say(
            "退出码：0 没有问题；1 有达到 --fail-on 的问题；2 有输入无法读取或命令有误。",
            "Exit codes: 0 clean; 1 findings at or above --fail-on; 2 an input could not be read or the command was wrong.");

        /// <summary>Creates a command whose <c>--help</c> ends with <paramref name="notes"/> and <paramref name="examples"/>.</summary>
        public static Command Command(string name, string description, string? notes, params string[] examples) =>
            Describe(new Command(name, description), notes, examples);

        /// <summary>Makes <paramref name="command"/>'s <c>--help</c> end with <paramref name="notes"/> and <paramref name="examples"/>.</summary>
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
                text.Add(ToolLanguage.Say("示例：", "Examples:"));
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

        /// <summary>The parser's help page with the strings its Chinese resources leave in English put in Chinese.</summary>
        internal static string InChinese(string help) =>
            Regex.Replace(
                Regex.Replace(help, @"^Description:", "说明：", RegexOptions.Multiline),
                @"\[default: ([^\]]*)\]",
                "[默认：$1]")
            .Replace("Show help and usage information", "显示帮助和用法信息");

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
                // System.CommandLine's Chinese resources lack a few of its help strings (the "Description:" heading,
                // "[default: …]", the help option's own description): they are put in the run's language here, so
                // that a Chinese help page holds no English line of the parser's.
                var buffer = new StringWriter();
                TextWriter console = Console.Out;
                int result;
                Console.SetOut(buffer);
                try
                {
                    result = standard.Invoke(parseResult);
                }
                finally
                {
                    Console.SetOut(console);
                }

                Console.Out.Write(ToolLanguage.Current.IsChinese ? InChinese(buffer.ToString()) : buffer.ToString());
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
