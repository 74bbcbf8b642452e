using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// Where the cells of one report are that a comparison with another year may name as related locations
    /// (GD-AR-009, GD-AR-015, GD-AR-017), kept for the rest of a batch in compact form: the cells' pointers are the
    /// batch's own list, shared by every report, and each location is kept as the <see cref="LocationPool"/>'s copy of it
    /// without the file and record number, which the report keeps once. A location whose file or record number differs
    /// from the report's is kept whole.
    /// </summary>
    internal sealed class RememberedPlaces
    {
        private readonly IReadOnlyDictionary<string, int> slots;
        private readonly string? file;
        private readonly long? recordNumber;
        private readonly SourceLocation[] places;
        private readonly bool[] whole;

        /// <summary>The places of <paramref name="record"/>'s cells at the pointers <paramref name="slots"/> numbers.</summary>
        /// <param name="record">The report's record.</param>
        /// <param name="pointers">The pointers, in slot order; the same list for every report of a batch.</param>
        /// <param name="slots">Each pointer's slot.</param>
        /// <param name="pool">The batch's shared locations.</param>
        public RememberedPlaces(SourceRecord record, IReadOnlyList<string> pointers, IReadOnlyDictionary<string, int> slots, LocationPool pool)
        {
            if (record is null)
            {
                throw new ArgumentNullException(nameof(record));
            }

            this.slots = slots;
            places = new SourceLocation[pointers.Count];
            whole = new bool[pointers.Count];
            SourceLocation[] located = record.Locate(pointers);
            for (int i = 0; i < pointers.Count; i++)
            {
                SourceLocation place = located[i];
                if (i == 0)
                {
                    file = place.File;
                    recordNumber = place.RecordNumber;
                }

                whole[i] = !string.Equals(place.File, file, StringComparison.Ordinal) || place.RecordNumber != recordNumber;
                places[i] = whole[i] ? place : pool.Shared(place with { File = null, RecordNumber = null });
            }
        }

        /// <summary>The location of the cell at <paramref name="pointer"/>, as the report's record located it.</summary>
        public bool TryGetValue(string pointer, [NotNullWhen(true)] out SourceLocation? place)
        {
            if (!slots.TryGetValue(pointer, out int slot))
            {
                place = null;
                return false;
            }

            place = whole[slot] ? places[slot] : places[slot] with { File = file, RecordNumber = recordNumber };
            return true;
        }

        /// <summary>Whether every location kept is the pool's copy (the file and record number kept once), for tests.</summary>
        internal bool AllShared => Array.TrueForAll(whole, w => !w);
    }
}
