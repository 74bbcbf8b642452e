using System.Globalization;

namespace GovDisclosure.Standard
{
    /// <summary>Builds RFC 6901 JSON pointers.</summary>
    internal static class JsonPointer
    {
        public static string Append(string parent, string token) =>
            parent + "/" + token.Replace("~", "~0").Replace("/", "~1");

        public static string Append(string parent, int index) =>
            parent + "/" + index.ToString(CultureInfo.InvariantCulture);

        public static string Of(params string[] tokens)
        {
            string pointer = string.Empty;
            foreach (string token in tokens)
            {
                pointer = Append(pointer, token);
            }

            return pointer;
        }
    }
}
