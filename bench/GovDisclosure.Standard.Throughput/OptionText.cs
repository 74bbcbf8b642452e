using System;
using System.Globalization;
using System.Linq;

namespace GovDisclosure.Standard.Throughput
{
    /// <summary>The values of the harness's options: whole numbers and comma-separated lists, each checked with the option's name in the message.</summary>
    internal static class OptionText
    {
        /// <summary>A whole number of at least <paramref name="least"/>.</summary>
        /// <exception cref="ArgumentException">Not such a number.</exception>
        public static int Count(string name, string text, int least) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= least
                ? value
                : throw new ArgumentException($"{name} needs a whole number of at least {least}, not '{text}'.");

        /// <summary>Positive whole numbers separated by commas, at least one.</summary>
        /// <exception cref="ArgumentException">None, or one that is not a positive whole number.</exception>
        public static long[] Numbers(string name, string text)
        {
            long[] numbers = List(text)
                .Select(t => long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0 ? n : throw new ArgumentException($"{name} needs positive whole numbers, not '{t}'."))
                .ToArray();
            return numbers.Length > 0 ? numbers : throw new ArgumentException($"{name} needs a value.");
        }

        /// <summary>The items of a comma-separated list, blanks left out.</summary>
        public static string[] List(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
