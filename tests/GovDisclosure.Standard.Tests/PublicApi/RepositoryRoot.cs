using System;
using System.IO;

namespace GovDisclosure.Standard.Tests.PublicApi
{
    /// <summary>The folder holding GovDisclosure.Standard.sln, found upwards from the test's bin folder.</summary>
    internal static class RepositoryRoot
    {
        public static string Find()
        {
            for (DirectoryInfo? d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "GovDisclosure.Standard.sln")))
                {
                    return d.FullName;
                }
            }

            throw new InvalidOperationException("GovDisclosure.Standard.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
