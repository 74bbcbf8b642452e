namespace GovDisclosure.Standard.Throughput.Generation
{
    /// <summary>A generated export file: where it is, what it holds and how large it is.</summary>
    internal sealed record GeneratedFile(ExportFormat Format, string Path, long Records, long Bytes);
}
