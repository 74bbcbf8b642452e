using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>
    /// Finds a mistyped option before it is taken for a file name (<c>--formt html</c> is otherwise "file --formt does not
    /// exist"): a token that looks like an option but names none of the command's is reported with the nearest real option.
    /// </summary>
    internal static class UnknownOptions
    {
        /// <summary>The message for the first unknown option, or <c>null</c> when there is none.</summary>
        public static string? Check(ParseResult parsed)
        {
            Command command = parsed.CommandResult.Command;
            var known = new List<string>();
            for (Command? c = command; c != null; c = c.Parents.OfType<Command>().FirstOrDefault())
            {
                foreach (Option option in c.Options)
                {
                    known.Add(option.Name);
                    known.AddRange(option.Aliases);
                }
            }

            foreach (Token token in parsed.Tokens)
            {
                string text = token.Value;
                if (token.Type != TokenType.Argument || text.Length < 2 || text[0] != '-' || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    continue;
                }

                string name = text.Split('=', ':')[0];
                if (known.Contains(name, StringComparer.Ordinal))
                {
                    continue;
                }

                string? nearest = known.Where(k => k.StartsWith("--", StringComparison.Ordinal) || name.Length <= 2)
                    .Select(k => (Name: k, Distance: Distance(name, k)))
                    .Where(k => k.Distance <= Math.Max(2, name.Length / 3))
                    .OrderBy(k => k.Distance)
                    .Select(k => k.Name)
                    .FirstOrDefault();
                return nearest is null
                    ? ToolLanguage.Say($"未知选项 {name}", $"unknown option {name}")
                    : ToolLanguage.Say($"未知选项 {name}；是否想用 {nearest}？", $"unknown option {name}; did you mean {nearest}?");
            }

            return null;
        }

        private static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
