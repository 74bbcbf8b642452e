namespace GovDisclosure.Standard.Validation
{
    /// <summary>What became of one record: every record read ends in exactly one of these.</summary>
    public enum RecordStatus
    {
        /// <summary>Read, bound and checked with no findings at or above warning.</summary>
        Valid = 0,

        /// <summary>Read and checked, with at least one warning or error.</summary>
        WithFindings = 1,

        /// <summary>Could not be read or bound into a document; its findings say why.</summary>
        Unreadable = 2,
    }
}
