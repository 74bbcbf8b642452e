using System;
using System.Runtime.CompilerServices;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// What the members of a table's records were bound to lately from the bytes their reader keeps for a cell
    /// (<see cref="RecordMembers.TryValue"/>): a catalogue gives the same 全社会, 主动公开, 县级、乡级 and channels row after
    /// row, and its reader gives such a cell the very array it gave the same text before. An array of kept bytes never
    /// changes, so a member given the same array again, with the same names and plan, is the same JSON bound by the same
    /// member plan, and is bound to the value (or bits) it was bound to then — when that binding failed nothing and every
    /// pointer it asked for went into a report (no form reported only in JSON), as <see cref="WrittenLists"/> gives a list
    /// again; the reports it made (<see cref="KeptFinding"/>, none for most cells) are made again, located at the row. The value is shared, as <see cref="RecentLists{T}"/> and <see cref="WrittenLists"/> share the
    /// lists they give. Per member name index, <see cref="Ways"/> entries searched from one chosen by the array's identity (at most
    /// <see cref="MostKept"/> taken; one more forgets the member's); holding the arrays keeps their identities from being reused. Not for use by two threads at once.
    /// </summary>
    internal sealed class KeptValueBindings
    {
        /// <summary>Entries per member name index (a power of two): twice as many as a column's cells its reader keeps.</summary>
        public const int Ways = 128;

        /// <summary>The most bindings kept per member name index; one more forgets that member's.</summary>
        public const int MostKept = Ways * 3 / 4;

        /// <summary>The entries, <see cref="Ways"/> per member name index; none until a binding is kept (a binder of JSON keeps none).</summary>
        private Entry[] entries = Array.Empty<Entry>();

        /// <summary>Per member name index, how many of its entries are taken.</summary>
        private int[] taken = Array.Empty<int>();

        /// <summary>The binding kept for a member's kept bytes, when the same array was bound before with no pointer asked.</summary>
        /// <param name="nameIndex">The member's name index (<see cref="RecordMembers.NameIndex"/>).</param>
        /// <param name="kept">The member's kept bytes.</param>
        /// <param name="bound">The member's slot as it was bound (not <see cref="BoundSlot.Given"/> when no value was).</param>
        /// <param name="findings">The reports that binding made, in order; <c>null</c> for none.</param>
        public bool TryGet(int nameIndex, byte[] kept, out BoundSlot bound, out KeptFinding[]? findings)
        {
            if (nameIndex < taken.Length)
            {
                // Open addressing in the member's entries, never more than three quarters taken: an empty entry ends the search.
                int start = nameIndex * Ways;
                for (int way = First(kept); ; way = (way + 1) & (Ways - 1))
                {
                    ref Entry entry = ref entries[start + way];
                    if (ReferenceEquals(entry.Kept, kept))
                    {
                        bound = entry.Bound;
                        findings = entry.Findings;
                        return true;
                    }

                    if (entry.Kept is null)
                    {
                        break;
                    }
                }
            }

            bound = default;
            findings = null;
            return false;
        }

        /// <summary>Keeps what a member's kept bytes were bound to (forgetting the member's others when it has <see cref="MostKept"/>).</summary>
        /// <param name="nameIndex">The member's name index (<see cref="RecordMembers.NameIndex"/>).</param>
        /// <param name="kept">The member's kept bytes, not kept yet.</param>
        /// <param name="bound">The member's slot as it was bound, with nothing failed.</param>
        /// <param name="findings">The reports that binding made, in order, every pointer it asked for in one; <c>null</c> for none.</param>
        public void Keep(int nameIndex, byte[] kept, in BoundSlot bound, KeptFinding[]? findings)
        {
            if (nameIndex >= taken.Length)
            {
                int members = Math.Max(Math.Max(taken.Length * 2, 16), nameIndex + 1);
                Array.Resize(ref taken, members);
                Array.Resize(ref entries, members * Ways);
            }

            int start = nameIndex * Ways;
            if (taken[nameIndex] >= MostKept)
            {
                Array.Clear(entries, start, Ways);
                taken[nameIndex] = 0;
            }

            int way = First(kept);
            while (entries[start + way].Kept != null && !ReferenceEquals(entries[start + way].Kept, kept))
            {
                way = (way + 1) & (Ways - 1);
            }

            if (entries[start + way].Kept is null)
            {
                taken[nameIndex]++;
            }

            entries[start + way] = new Entry { Kept = kept, Bound = bound, Findings = findings };
        }

        /// <summary>Forgets every binding kept (the records' names or the plan changed).</summary>
        public void Clear()
        {
            Array.Clear(entries, 0, entries.Length);
            Array.Clear(taken, 0, taken.Length);
        }

        /// <summary>The entry a member's search for an array starts at (by the array's identity).</summary>
        private static int First(byte[] kept) => RuntimeHelpers.GetHashCode(kept) & (Ways - 1);

        /// <summary>One kept binding: the bytes it was bound from, the slot it gave and the reports it made.</summary>
        private struct Entry
        {
            public byte[]? Kept;
            public BoundSlot Bound;
            public KeptFinding[]? Findings;
        }
    }
}
