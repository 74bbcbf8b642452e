using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// Reads the release tracking of the GD rule ids (RuleReleases.Shipped.md, then RuleReleases.Unshipped.md,
    /// in the format of Roslyn's AnalyzerReleases files): every row of every "### New Rules",
    /// "### Changed Rules" and "### Removed Rules" table, in file order.
    /// </summary>
    internal static class RuleReleases
    {
        public static IReadOnlyList<Row> Read()
        {
            var rows = new List<Row>();
            foreach (string file in new[] { "RuleReleases.Shipped.md", "RuleReleases.Unshipped.md" })
            {
                string release = file.Contains("Unshipped") ? "unshipped" : string.Empty;
                string? table = null;
                string[] lines = File.ReadAllLines(RepositoryFiles.PathOf("src", "GovDisclosure.Standard.Validation", file));
                for (int i = 0; i < lines.Length; i++)
                {
                    string line = lines[i].Trim();
                    if (line.StartsWith("## Release ", StringComparison.Ordinal))
                    {
                        release = line.Substring("## Release ".Length).Trim();
                    }
                    else if (line.StartsWith("### ", StringComparison.Ordinal))
                    {
                        table = line.Substring(4).Trim();
                    }
                    else if (table != null && line.StartsWith("GD-", StringComparison.Ordinal))
                    {
                        string[] cells = line.Split('|').Select(c => c.Trim()).ToArray();
                        rows.Add(new Row(file, i + 1, release, table, cells[0], cells[1], cells[2]));
                    }
                }
            }

            return rows;
        }

        /// <summary>One row: for a changed rule, <see cref="Category"/> and <see cref="Severity"/> are the new ones.</summary>
        public sealed record Row(string File, int Line, string Release, string Table, string Id, string Category, string Severity)
        {
            public override string ToString() => $"{File}:{Line} {Table} {Id}";
        }
    }
}
