using System;
using System.Collections.Generic;

namespace GovDisclosure.Standard.Generators.Reading
{
    /// <summary>Orders version strings numerically where they parse as versions (0.10.0 after 0.9.0), ordinally otherwise.</summary>
    internal sealed class VersionComparer : IComparer<string>
    {
        public static readonly VersionComparer Instance = new VersionComparer();

        public int Compare(string? x, string? y)
        {
            if (Version.TryParse(Core(x), out Version? a) && Version.TryParse(Core(y), out Version? b))
            {
                int byNumber = a.CompareTo(b);
                if (byNumber != 0)
                {
                    return byNumber;
                }
            }

            return string.CompareOrdinal(x, y);
        }

        private static string Core(string? version)
        {
            string text = version ?? string.Empty;
            int dash = text.IndexOfAny(new[] { '-', '+' });
            return dash < 0 ? text : text.Substring(0, dash);
        }
    }
}
