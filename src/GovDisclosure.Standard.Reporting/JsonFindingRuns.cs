namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// The runs of a JSON finding's members that are the same for every finding of a file (<see cref="KeptRun"/>), kept by one
    /// report writer: the finding's start and its <c>file</c>, and the location's start and its <c>file</c>, each keyed by the
    /// file's path (by identity). Not for sharing between threads.
    /// </summary>
    internal sealed class JsonFindingRuns
    {
        /// <summary>The finding object's start and the record's file: the same for a file's findings.</summary>
        public KeptRun Start { get; } = new KeptRun();

        /// <summary>The <c>location</c> member's name, the object's start and the location's file: the same for a file's findings.</summary>
        public KeptRun Location { get; } = new KeptRun();
    }
}
