using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>
    /// <c>--limit NAME=VALUE</c>: raises (or lowers) one limit of the input guard (<see cref="InputLimits"/>) for a
    /// genuine input that is larger than the defaults allow.
    /// </summary>
    internal static class LimitOption
    {
        public static Option<string[]> Create() => new Option<string[]>("--limit")
        {
            Description = "Change a reading limit, as NAME=VALUE; repeatable. Names and defaults: string=1048576 (characters of a value), line=4194304 (characters of a JSON Lines line or a CSV row), columns=1024 (of a header row), fields=16384 (of a CSV row), cells=16384 (of an XLSX row), part=67108864 (bytes of an unpacked XLSX shared-strings or styles part), depth=64 (JSON nesting), record=16777216 (bytes of a JSON record).",
            Arity = ArgumentArity.ZeroOrMore,
        };

        /// <summary>The default limits with the given changes; a bad one is a command failure naming it.</summary>
        public static InputLimits Load(IReadOnlyList<string>? values)
        {
            InputLimits limits = InputLimits.Default;
            foreach (string value in values ?? Array.Empty<string>())
            {
                int equals = value.IndexOf('=');
                if (equals <= 0 || !long.TryParse(value.Substring(equals + 1).Replace("_", string.Empty), NumberStyles.None, CultureInfo.InvariantCulture, out long number))
                {
                    throw new CommandFailure($"--limit '{value}': write NAME=VALUE, e.g. --limit string=5000000.");
                }

                try
                {
                    limits = limits.With(value.Substring(0, equals).Trim().ToLowerInvariant(), number);
                }
                catch (ArgumentException e)
                {
                    throw new CommandFailure($"--limit '{value}': {e.Message.Split(" (Parameter", StringSplitOptions.None)[0]}");
                }
            }

            return limits;
        }
    }
}
