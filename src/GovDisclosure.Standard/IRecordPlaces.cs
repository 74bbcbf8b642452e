using System.Collections.Generic;

namespace GovDisclosure.Standard
{
    /// <summary>
    /// Where a record and its fields are, for a record that keeps no location made ahead (a CSV row's: its file, line and
    /// number, and which of its cells are blank): its origin is made only when something asks for it, and a pointer's
    /// location in one object, the pointer and the record's number in it, not as a field's location copied with them put in.
    /// Most records have no finding and never ask. It is the record's field locations too (keyed by JSON pointer), so a
    /// record keeps it where it keeps those.
    /// </summary>
    internal interface IRecordPlaces : IReadOnlyDictionary<string, SourceLocation>
    {
        /// <summary>Where the record starts (<see cref="SourceRecord.Origin"/>), made when asked.</summary>
        SourceLocation Origin();

        /// <summary>
        /// The location of <paramref name="jsonPointer"/> when the field <paramref name="field"/> (the pointer or a prefix of it)
        /// has one: the field's location with <see cref="SourceLocation.JsonPointer"/> = <paramref name="jsonPointer"/> and
        /// <see cref="SourceLocation.RecordNumber"/> = <paramref name="recordNumber"/>, exactly as
        /// <c>this[field] with { JsonPointer = jsonPointer, RecordNumber = recordNumber }</c>.
        /// </summary>
        /// <param name="field">A field's pointer.</param>
        /// <param name="jsonPointer">The pointer located.</param>
        /// <param name="recordNumber">The record's number.</param>
        /// <param name="location">The location, when the field has one.</param>
        bool TryLocate(string field, string jsonPointer, long recordNumber, out SourceLocation location);
    }
}
