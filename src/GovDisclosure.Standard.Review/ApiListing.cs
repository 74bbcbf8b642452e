using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace GovDisclosure.Standard.Review
{
    /// <summary>
    /// A public API listing in PublicApiGenerator's format, read back: assembly attributes, and for each
    /// type (by namespace-qualified name, nested types as <c>Outer.Inner</c>) its declaration and its
    /// member signatures. Attribute lines belong to the declaration or member below them, and
    /// <c>where</c> lines to the declaration above.
    /// </summary>
    internal sealed class ApiListing
    {
        private static readonly Regex TypeDeclaration = new Regex(
            @"^(?:(?:public|protected|internal|private|static|sealed|abstract|readonly|ref|partial|new|unsafe)\s+)*(?:class|struct|interface|enum|record)\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<generic><[^>]*>)?",
            RegexOptions.CultureInvariant);

        private static readonly Regex DelegateDeclaration = new Regex(
            @"^(?:(?:public|protected|internal|private|new|unsafe)\s+)*delegate\s+.*?\s(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<generic><[^>(]*>)?\(",
            RegexOptions.CultureInvariant);

        private ApiListing()
        {
        }

        public List<string> AssemblyAttributes { get; } = new List<string>();

        public Dictionary<string, ApiTypeBlock> Types { get; } = new Dictionary<string, ApiTypeBlock>(StringComparer.Ordinal);

        public static ApiListing Parse(string text)
        {
            var listing = new ApiListing();
            string[] lines = text.Replace("\r\n", "\n").Split('\n');
            var scopes = new Stack<string>();
            var openTypes = new Stack<ApiTypeBlock?>();
            string? pendingScope = null;
            ApiTypeBlock? pendingType = null;
            var attributes = new List<string>();

            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                if (line.StartsWith("[", StringComparison.Ordinal))
                {
                    // PublicApiGenerator breaks an attribute with an array argument over several lines.
                    while (!line.EndsWith("]", StringComparison.Ordinal) && i + 1 < lines.Length)
                    {
                        line += " " + lines[++i].Trim();
                    }

                    if (line.StartsWith("[assembly:", StringComparison.Ordinal))
                    {
                        listing.AssemblyAttributes.Add(line);
                    }
                    else
                    {
                        attributes.Add(line);
                    }

                    continue;
                }

                if (line.StartsWith("namespace ", StringComparison.Ordinal))
                {
                    pendingScope = line.Substring("namespace ".Length).Trim();
                    pendingType = null;
                    continue;
                }

                if (line == "{")
                {
                    if (pendingScope is null)
                    {
                        throw Unreadable(i, "“{”前没有命名空间或类型声明", "'{' without a namespace or type declaration before it");
                    }

                    scopes.Push(pendingScope);
                    openTypes.Push(pendingType);
                    pendingScope = null;
                    pendingType = null;
                    continue;
                }

                if (line == "}")
                {
                    if (scopes.Count == 0)
                    {
                        throw Unreadable(i, "多余的“}”", "Unmatched '}'");
                    }

                    scopes.Pop();
                    openTypes.Pop();
                    continue;
                }

                string statement = line;
                while (i + 1 < lines.Length && lines[i + 1].TrimStart().StartsWith("where ", StringComparison.Ordinal))
                {
                    statement += " " + lines[++i].Trim();
                }

                string signature = attributes.Count == 0 ? statement : string.Join(" ", attributes) + " " + statement;
                attributes.Clear();
                string scope = scopes.Count == 0 ? string.Empty : scopes.Peek();

                Match type = TypeDeclaration.Match(statement);
                Match @delegate = DelegateDeclaration.Match(statement);
                if (type.Success || @delegate.Success)
                {
                    Match m = type.Success ? type : @delegate;
                    string name = Qualify(scope, m.Groups["name"].Value + Arity(m.Groups["generic"].Value));
                    var block = new ApiTypeBlock(name, Declaration(signature), i + 1);
                    if (listing.Types.ContainsKey(name))
                    {
                        throw Unreadable(i, $"类型 {name} 出现了两次", $"Type '{name}' appears twice");
                    }

                    listing.Types.Add(name, block);
                    if (type.Success && !statement.EndsWith("{ }", StringComparison.Ordinal))
                    {
                        pendingScope = name;
                        pendingType = block;
                    }

                    continue;
                }

                ApiTypeBlock? owner = openTypes.Count == 0 ? null : openTypes.Peek();
                if (owner is null)
                {
                    throw Unreadable(i, "成员不在任何类型之内", "A member outside any type");
                }

                owner.Members.Add(signature);
            }

            if (scopes.Count != 0)
            {
                throw Unreadable(lines.Length - 1, "缺少“}”", "Missing '}' at the end");
            }

            return listing;
        }

        private static string Declaration(string signature) =>
            signature.EndsWith(" { }", StringComparison.Ordinal) ? signature.Substring(0, signature.Length - 4) : signature;

        private static string Arity(string generic) =>
            generic.Length == 0 ? string.Empty : "`" + (generic.Split(',').Length).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string Qualify(string scope, string name) => scope.Length == 0 ? name : scope + "." + name;

        private static UnreadableReviewInputException Unreadable(int lineIndex, string chinese, string english) =>
            new UnreadableReviewInputException(new BilingualText($"API 清单第 {lineIndex + 1} 行：{chinese}", $"API listing line {lineIndex + 1}: {english}"));
    }
}
