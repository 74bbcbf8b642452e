using System;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Reporting;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>
    /// The input path <c>-</c>: standard input, read once (the library copies a forward-only input to a temporary file),
    /// its format told from its first bytes unless <c>--kind</c> and the content say otherwise.
    /// </summary>
    internal static class StandardInput
    {
        /// <summary>The path that names standard input.</summary>
        public const string Path = "-";

        /// <summary>A validation source for <paramref name="path"/>: standard input for <c>-</c>, else the file.</summary>
        public static ValidationSource Source(string path, InputOptions options) =>
            path == Path ? ValidationSource.FromStream(Console.OpenStandardInput(), Path, options) : ValidationSource.FromFile(path, options);

        /// <summary>Opens <paramref name="path"/> for reading: standard input for <c>-</c>, else the file.</summary>
        public static SourceInput Open(string path, InputOptions options) =>
            path == Path ? SourceInput.Open(Console.OpenStandardInput(), options with { DisplayName = Path }) : SourceInput.Open(path, options with { DisplayName = path });
    }
}
