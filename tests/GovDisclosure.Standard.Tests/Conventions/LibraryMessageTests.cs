using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace GovDisclosure.Standard.Tests.Conventions
{
    /// <summary>
    /// The libraries are used without the tool (the CountyPortal sample, a consumer's own service), so
    /// their messages name what to do in the library's terms, never a command-line option of the tool.
    /// </summary>
    public sealed class LibraryMessageTests
    {
        private static readonly Regex OptionInStringLiteral = new Regex("\"[^\"\\n]*(?<![-\\w])--[a-z][a-z-]*[^\"\\n]*\"", RegexOptions.Compiled);

        [Fact]
        public void No_string_literal_of_a_library_names_a_command_line_option()
        {
            string[] offenders = Directory.GetDirectories(RepositoryFiles.PathOf("src"))
                .Where(project => Path.GetFileName(project) != "GovDisclosure.Standard.Cli")
                .SelectMany(project => Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories))
                .Where(file => !file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)
                    && !file.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, index)))
                .Where(l => !l.line.TrimStart().StartsWith("//", System.StringComparison.Ordinal) && OptionInStringLiteral.IsMatch(l.line))
                .Select(l => Path.GetRelativePath(RepositoryFiles.Root, l.file) + ":" + (l.index + 1) + ": " + l.line.Trim())
                .ToArray();

            Assert.True(offenders.Length == 0, "Library messages that name a tool option:\n" + string.Join("\n", offenders));
        }
    }
}
