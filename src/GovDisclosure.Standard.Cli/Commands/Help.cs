using System;
using System.Linq;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>Builds a command description with its examples, as <c>--help</c> shows it.</summary>
    internal static class Help
    {
        public static string Text(string summary, string? notes, params string[] examples)
        {
            string text = summary;
            if (!string.IsNullOrEmpty(notes))
            {
                text += Environment.NewLine + Environment.NewLine + notes;
            }

            if (examples.Length > 0)
            {
                text += Environment.NewLine + Environment.NewLine + "Examples:" + Environment.NewLine + string.Join(Environment.NewLine, examples.Select(e => "  " + e));
            }

            return text;
        }
    }
}
