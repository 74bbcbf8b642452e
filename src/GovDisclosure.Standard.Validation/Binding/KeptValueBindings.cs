using System;
using System.Runtime.CompilerServices;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// What the members of a table's records were bound to lately from the bytes their reader keeps for a cell
    /// (<see cref="RecordMembers.TryValue"/>): a catalogue gives the same 全社会, 主动公开, 县级、乡级 and channels row after
    /// row, and its reader gives such a cell the very array it gave the same text before. An array of kept bytes never
    /// changes, so a member given the same array again, with the same names and plan, is the same JSON bound by the same
    /// member plan, and is bound to the value (or bits) it was bound to then — when that binding asked for no pointer and
    /// failed nothing (no finding, none a rule left out, no form reported only in JSON), as <see cref="WrittenLists"/>
    /// gives a list again. The value is shared, as <see cref="RecentLists{T}"/> and <see cref="WrittenLists"/> share the
    /// lists they give. Per member name index, <see cref="Ways"/> entries chosen by the array's identity; holding the arrays
    /// keeps their identities from being reused. Not for use by two threads at once.
    /// </summary>
    internal sealed class KeptValueBindings
    {
        /// <summary>Entries per member name index (a power of two): as many as a column's cells the reader keeps.</summary>
        public const int Ways = 64;

        private Entry[] entries = new Entry[16 * Ways];

        /// <summary>The binding kept for a member's kept bytes, when the same array was bound before with no pointer asked.</summary>
        /// <param name="nameIndex">The member's name index (<see cref="RecordMembers.NameIndex"/>).</param>
        /// <param name="kept">The member's kept bytes.</param>
        /// <param name="bound">The member's slot as it was bound (<see cref="BoundSlot.Given"/>).</param>
        public bool TryGet(int nameIndex, byte[] kept, out BoundSlot bound)
        {
            int at = At(nameIndex, kept);
            if (at < entries.Length && ReferenceEquals(entries[at].Kept, kept))
            {
                bound = entries[at].Bound;
                return true;
            }

            bound = default;
            return false;
        }

        /// <summary>Keeps what a member's kept bytes were bound to, in place of what their entry held.</summary>
        /// <param name="nameIndex">The member's name index (<see cref="RecordMembers.NameIndex"/>).</param>
        /// <param name="kept">The member's kept bytes.</param>
        /// <param name="bound">The member's slot as it was bound, with no pointer asked and nothing failed.</param>
        public void Keep(int nameIndex, byte[] kept, in BoundSlot bound)
        {
            int at = At(nameIndex, kept);
            if (at >= entries.Length)
            {
                Array.Resize(ref entries, Math.Max(entries.Length * 2, (nameIndex + 1) * Ways));
            }

            entries[at] = new Entry { Kept = kept, Bound = bound };
        }

        /// <summary>Forgets every binding kept (the records' names or the plan changed).</summary>
        public void Clear() => Array.Clear(entries, 0, entries.Length);

        private static int At(int nameIndex, byte[] kept) => (nameIndex * Ways) + (RuntimeHelpers.GetHashCode(kept) & (Ways - 1));

        /// <summary>One kept binding: the bytes it was bound from and the slot it gave.</summary>
        private struct Entry
        {
            public byte[]? Kept;
            public BoundSlot Bound;
        }
    }
}
