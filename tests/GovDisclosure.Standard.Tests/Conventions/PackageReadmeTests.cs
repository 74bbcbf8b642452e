using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace GovDisclosure.Standard.Tests.Conventions
{
    /// <summary>
    /// Every packed project carries a consumer-facing README (PackageReadme.md, packed as the package's
    /// README.md): what the package is, how to install it, an example and links — not the contributor README.
    /// </summary>
    public sealed class PackageReadmeTests
    {
        [Fact]
        public void Every_packed_project_has_a_short_consumer_readme_that_tells_how_to_install_it()
        {
            string[] packed = Directory.GetFiles(RepositoryFiles.PathOf("src"), "*.csproj", SearchOption.AllDirectories)
                .Where(project => XDocument.Load(project).Descendants("IsPackable").Any(e => e.Value == "true"))
                .ToArray();

            Assert.NotEmpty(packed);
            Assert.All(packed, project =>
            {
                string readme = Path.Combine(Path.GetDirectoryName(project)!, "PackageReadme.md");
                Assert.True(File.Exists(readme), $"{Path.GetFileName(project)} is packed but has no PackageReadme.md beside it.");
                string text = File.ReadAllText(readme);
                Assert.Contains("## Install", text);
                Assert.Contains("## Example", text);
                Assert.True(text.Split('\n').Length <= 60, $"{readme} is meant to be short (at most 60 lines); the long guide belongs in the repository.");
            });
        }
    }
}
