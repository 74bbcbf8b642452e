using System;
using System.IO;

namespace GovDisclosure.Standard.Throughput
{
    /// <summary>The repository the harness runs in (the folder holding GovDisclosure.Standard.sln).</summary>
    internal static class RepositoryRoot
    {
        public static string Find()
        {
            foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (DirectoryInfo? folder = new DirectoryInfo(start); folder != null; folder = folder.Parent)
                {
                    if (File.Exists(Path.Combine(folder.FullName, "GovDisclosure.Standard.sln")))
                    {
                        return folder.FullName;
                    }
                }
            }

            throw new InvalidOperationException("Run the harness inside the repository (GovDisclosure.Standard.sln not found).");
        }
    }
}
