namespace GovDisclosure.Standard.Throughput.Generation
{
    /// <summary>How many generated records carry a typical mistake (常见错误).</summary>
    internal enum RecordMistakes
    {
        /// <summary>No record has a mistake: a clean export, the speed of the common case.</summary>
        None,

        /// <summary>Typical mistakes at fixed low rates (about one record in three has a finding).</summary>
        Typical,

        /// <summary>Every record has at least one mistake: the cost of reporting findings.</summary>
        Every,
    }
}
