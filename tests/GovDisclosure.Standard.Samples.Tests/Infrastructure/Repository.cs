using System;
using System.IO;

namespace GovDisclosure.Standard.Samples.Tests.Infrastructure
{
    /// <summary>Finds the repository (the folder holding GovDisclosure.Standard.sln) from the test's output folder.</summary>
    internal static class Repository
    {
        private static readonly Lazy<string> RootPath = new Lazy<string>(() =>
        {
            for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GovDisclosure.Standard.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("GovDisclosure.Standard.sln not found above " + AppContext.BaseDirectory);
        });

        public static string Root => RootPath.Value;

        public static string PathOf(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

        public static string Export(string name) => Path.Combine(AppContext.BaseDirectory, "Exports", name);
    }
}
