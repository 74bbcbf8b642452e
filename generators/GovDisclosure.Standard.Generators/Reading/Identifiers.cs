using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace GovDisclosure.Standard.Generators.Reading
{
    /// <summary>
    /// The rule from codes to C# names: a code is ASCII camelCase (<c>^[a-z][A-Za-z0-9]*$</c>) and its
    /// C# identifier is the same with the first letter in upper case.
    /// </summary>
    internal static class Identifiers
    {
        /// <summary>Names every generated catalogue class declares itself, plus those it inherits from <see cref="object"/>.</summary>
        public static readonly IReadOnlyCollection<string> ReservedCatalogueMembers = new HashSet<string>
        {
            "All", "Find", "Domain", "Version", "Coverage", "CoverageNote", "SourceFile", "FirstLevelItems",
            "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
        };

        /// <summary>Why <paramref name="code"/> is not a valid code, or <c>null</c> when it is.</summary>
        public static string? ProblemWithCode(string code)
        {
            if (code.Length == 0)
            {
                return "it is empty";
            }

            if (code[0] < 'a' || code[0] > 'z')
            {
                return "a code starts with an ASCII lower-case letter (camelCase, e.g. 'minimumLivingAllowance')";
            }

            foreach (char c in code)
            {
                bool ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                if (!ascii)
                {
                    return $"a code holds only ASCII letters and digits, and '{c}' is neither";
                }
            }

            string identifier = ToPascalCase(code);
            return SyntaxFacts.IsValidIdentifier(identifier) && SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None
                ? null
                : $"'{identifier}' is not a valid C# identifier";
        }

        public static string ToPascalCase(string code) =>
            code.Length == 0 ? code : char.ToUpperInvariant(code[0]) + code.Substring(1);

        public static string ToCamelCase(string identifier) =>
            identifier.Length == 0 ? identifier : char.ToLowerInvariant(identifier[0]) + identifier.Substring(1);

        /// <summary><c>true</c> for a dotted C# namespace name, or the empty string (the global namespace).</summary>
        public static bool IsValidNamespace(string name)
        {
            if (name.Length == 0)
            {
                return true;
            }

            foreach (string part in name.Split('.'))
            {
                if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
                {
                    return false;
                }
            }

            return true;
        }

        public static bool IsValidTypeName(string name) =>
            SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;
    }
}
