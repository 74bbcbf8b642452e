namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// The runs of a SARIF location's members that are the same for every finding of a file (<see cref="KeptRun"/>), kept by
    /// one report writer: from the location's start to the end of its artifact (the file's URI), from the end of the
    /// physical location to the start of the logical one, and from the logical location's <c>kind</c> to the start of the
    /// location's properties. Not for sharing between threads.
    /// </summary>
    internal sealed class SarifLocationRuns
    {
        /// <summary>The location's start, its physical location's start and its artifact: the same for a file's findings.</summary>
        public KeptRun Artifact { get; } = new KeptRun();

        /// <summary>The physical location's end and the logical location's start.</summary>
        public KeptRun Logical { get; } = new KeptRun();

        /// <summary>The logical location's <c>kind</c> and end, and the start of the location's properties.</summary>
        public KeptRun Properties { get; } = new KeptRun();
    }
}
