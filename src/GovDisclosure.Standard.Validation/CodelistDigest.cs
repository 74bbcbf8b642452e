using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using GovDisclosure.Standard.Schema;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// The digest of the code lists (代码集) that every report names in its code-list version: the first 12 hex digits of the
    /// SHA-256 of every code list's codes and names and the declared channels. The code lists are compiled into the library,
    /// so the digest is recorded here rather than computed in each run (computing it loads every code list and the platform's
    /// cryptography, ~50 ms of every start). A test computes it and fails, naming the new value, when a code list changes.
    /// </summary>
    internal static class CodelistDigest
    {
        /// <summary>The digest of the code lists this library declares (checked against <see cref="Compute"/> by a test).</summary>
        public const string Recorded = "70ae1a3e47b3";

        /// <summary>Computes the digest from the code lists themselves.</summary>
        public static string Compute()
        {
            var text = new StringBuilder();
            foreach (KeyValuePair<System.Type, CodelistReader> list in CodelistReader.All.OrderBy(p => p.Key.FullName, System.StringComparer.Ordinal))
            {
                text.Append(list.Key.FullName).Append('\n');
                foreach (CodelistEntry value in list.Value.Values)
                {
                    text.Append(value.Code).Append('\t').Append(value.ChineseName).Append('\t').Append(value.EnglishName).Append('\n');
                }
            }

            foreach (Disclosure.DisclosureChannel channel in Disclosure.DisclosureChannel.Declared)
            {
                text.Append(channel.Code).Append('\t').Append(channel.ChineseName).Append('\n');
            }

            using SHA256 sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
            return string.Concat(hash.Take(6).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
