namespace GovDisclosure.Standard.Throughput.Generation
{
    /// <summary>
    /// A file the harness measures, generated or given: its format (for a given file, the generated format it is read as:
    /// it decides the bare pass), where it is, what it holds and how large it is.
    /// </summary>
    internal sealed record GeneratedFile(ExportFormat Format, string Path, long Records, long Bytes)
    {
        /// <summary>The name printed in the tables: the format's, or a given file's own name.</summary>
        public string Name { get; init; } = Format.Name;
    }
}
