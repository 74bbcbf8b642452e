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

        /// <summary>
        /// Where <paramref name="jsonPointer"/> is in <paramref name="record"/>, as <see cref="SourceRecord.Locate(string)"/> says it
        /// from <see cref="FieldsOf"/>: a reader that can find one member without the map of all of them overrides it, since
        /// a record with findings needs a few locations, not one per member.
        /// </summary>
        /// <param name="record">A record this reader read, kept as its bytes.</param>
        /// <param name="jsonPointer">An RFC 6901 pointer.</param>
        /// <returns>The location, or <c>null</c> to look it up in <see cref="FieldsOf"/>.</returns>
        public virtual SourceLocation? Locate(SourceRecord record, string jsonPointer) => null;

        /// <summary>
        /// Where each of <paramref name="jsonPointers"/> is in <paramref name="record"/>, as <see cref="Locate"/> says it for
        /// each: a reader that can find them all in one reading of the record overrides it.
        /// </summary>
        /// <param name="record">A record this reader read, kept as its bytes.</param>
        /// <param name="jsonPointers">RFC 6901 pointers.</param>
        /// <returns>The locations, in the order of the pointers, or <c>null</c> to locate them one by one.</returns>
        public virtual SourceLocation[]? LocateAll(SourceRecord record, IReadOnlyList<string> jsonPointers) => null;

        /// <summary>
        /// What this thread keeps for locating in <paramref name="record"/> (a reader's index of it), taken from the thread to
        /// go with the record's result to the thread that takes results in order (<see cref="Adopt"/>); a reader that keeps
        /// nothing a thread may give away has nothing to give.
        /// </summary>
        /// <param name="record">A record this reader read, just checked on this thread.</param>
        /// <returns>What was kept for the record, or <c>null</c> when nothing was.</returns>
        public virtual object? Detach(SourceRecord record) => null;

        /// <summary>Makes <paramref name="kept"/> (what <see cref="Detach"/> gave on another thread, or this one) this thread's, to locate in its record with.</summary>
        /// <param name="kept">What <see cref="Detach"/> of this reader gave, which no one else uses any more.</param>
        public virtual void Adopt(object kept)
        {
        }
    }
}
