using System;
using System.Globalization;

namespace GovDisclosure.Standard.Generators.Reading
{
    /// <summary>Checks ISO calendar dates (<c>yyyy-MM-dd</c>) as the catalogue format writes them.</summary>
    internal static class IsoDate
    {
        public static bool IsValid(string text) =>
            text.Length == 10 && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }
}
