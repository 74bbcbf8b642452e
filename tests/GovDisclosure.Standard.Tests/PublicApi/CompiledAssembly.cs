using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using System.Reflection.Metadata;

namespace GovDisclosure.Standard.Tests.PublicApi
{
    /// <summary>
    /// Loads a built assembly as a metadata reference into a Roslyn compilation, so that its public
    /// symbols can be walked: the framework assemblies of the test's own runtime and the test's
    /// dependencies (Ardalis.SmartEnum, System.Text.Json…) resolve what it references, with the
    /// assembly's own bin folder as a fallback.
    /// </summary>
    internal static class CompiledAssembly
    {
        /// <summary>The assembly symbol of the file at <paramref name="assemblyPath"/>.</summary>
        /// <exception cref="InvalidOperationException">One of its references cannot be resolved.</exception>
        public static IAssemblySymbol Load(string assemblyPath)
        {
            MetadataReference target = MetadataReference.CreateFromFile(assemblyPath);
            string targetName = Path.GetFileNameWithoutExtension(assemblyPath);
            return Load(target, targetName, Path.GetDirectoryName(Path.GetFullPath(assemblyPath)));
        }

        /// <summary>The assembly symbol of an image held in memory (used by tests of the listing itself).</summary>
        public static IAssemblySymbol Load(byte[] image, string name) =>
            Load(MetadataReference.CreateFromImage(image), name, null);

        private static IAssemblySymbol Load(MetadataReference target, string targetName, string? ownFolder)
        {
            var references = new List<MetadataReference> { target };
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { targetName };
            foreach (string path in CandidateReferencePaths(ownFolder))
            {
                string name = Path.GetFileNameWithoutExtension(path);
                if (seen.Add(name) && IsManagedAssembly(path))
                {
                    references.Add(MetadataReference.CreateFromFile(path));
                }
            }

            CSharpCompilation compilation = CSharpCompilation.Create(
                "PublicApiListing",
                references: references,
                options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, metadataImportOptions: MetadataImportOptions.Public));
            if (!(compilation.GetAssemblyOrModuleSymbol(target) is IAssemblySymbol assembly))
            {
                throw new InvalidOperationException($"'{targetName}' is not an assembly Roslyn can read.");
            }

            var missing = assembly.Modules
                .SelectMany(m => m.ReferencedAssemblies)
                .Select(identity => identity.Name)
                .Where(name => !seen.Contains(name))
                .ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"'{targetName}' references assemblies that could not be found: {string.Join(", ", missing)}.");
            }

            return assembly;
        }

        private static IEnumerable<string> CandidateReferencePaths(string? ownFolder)
        {
            string? trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string;
            IEnumerable<string> platform = trusted is null
                ? Enumerable.Empty<string>()
                : trusted.Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries);
            IEnumerable<string> testFolder = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll");
            IEnumerable<string> own = ownFolder is null ? Enumerable.Empty<string>() : Directory.EnumerateFiles(ownFolder, "*.dll");
            return platform.Concat(testFolder).Concat(own);
        }

        private static bool IsManagedAssembly(string path)
        {
            try
            {
                using (var stream = File.OpenRead(path))
                using (var reader = new System.Reflection.PortableExecutable.PEReader(stream))
                {
                    return reader.HasMetadata && reader.GetMetadataReader().IsAssembly;
                }
            }
            catch (BadImageFormatException)
            {
                return false;
            }
        }
    }
}
