using System.Collections.Generic;

namespace GovDisclosure.Standard
{
    /// <summary>
    /// How a reader works out where each member of one of its records is (keyed by JSON pointer), from the record
    /// itself (its bytes and origin): one per reader, asked only when a finding needs a location, so a record needs
    /// no delegate of its own.
    /// </summary>
    internal abstract class RecordLocator
    {
        /// <summary>Where each member and item of <paramref name="record"/> is.</summary>
        /// <param name="record">A record this reader read, kept as its bytes.</param>
        public abstract IReadOnlyDictionary<string, SourceLocation> FieldsOf(SourceRecord record);
    }
}
