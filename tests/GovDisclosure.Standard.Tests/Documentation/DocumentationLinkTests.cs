using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace GovDisclosure.Standard.Tests.Documentation
{
    public class DocumentationLinkTests
    {
        private static readonly Regex Link = new Regex(@"\]\(([^)\s]+)\)", RegexOptions.Compiled);
        private static readonly Regex QuotedDocument = new Regex(@"`([\w./-]+/[\w.-]+\.md)`", RegexOptions.Compiled);

        [Fact]
        public void Every_relative_link_and_named_markdown_file_in_the_documentation_exists()
        {
            var missing = new List<string>();
            foreach (string file in MarkdownFiles())
            {
                string text = File.ReadAllText(file);
                string folder = Path.GetDirectoryName(file)!;
                foreach (Match link in Link.Matches(text))
                {
                    string target = link.Groups[1].Value;
                    if (target.StartsWith('#') || Regex.IsMatch(target, "^[a-z]+:"))
                    {
                        continue;
                    }

                    string path = Uri.UnescapeDataString(target.Split('#')[0]);
                    if (!File.Exists(Path.Combine(folder, path)) && !Directory.Exists(Path.Combine(folder, path)))
                    {
                        missing.Add(Relative(file) + ": (" + target + ")");
                    }
                }

                foreach (Match quoted in QuotedDocument.Matches(text))
                {
                    string path = quoted.Groups[1].Value;
                    if (!File.Exists(Path.Combine(folder, path)) && !File.Exists(RepositoryFiles.PathOf(path.Split('/'))))
                    {
                        missing.Add(Relative(file) + ": `" + path + "`");
                    }
                }
            }

            Assert.True(missing.Count == 0, "links to nothing:\n" + string.Join("\n", missing));
        }

        private static IEnumerable<string> MarkdownFiles() =>
            Directory.EnumerateFiles(RepositoryFiles.Root, "*.md", SearchOption.AllDirectories)
                .Where(f => !Relative(f).Split('/').Any(part => part is "bin" or "obj" or "node_modules" || part.StartsWith('.')));

        private static string Relative(string file) => Path.GetRelativePath(RepositoryFiles.Root, file).Replace('\\', '/');
    }
}
