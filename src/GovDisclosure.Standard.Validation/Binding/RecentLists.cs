using System;
using GovDisclosure.Standard.Collections;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// The lists of codes or texts one binder made lately for one list type: a list whose items are the very items of one
    /// made before (the same code objects and the same strings, which the binder already shares between records:
    /// <see cref="RecentTexts"/>, <see cref="ReadValues"/>, <see cref="CanonicalValues"/>) is that list, not a new array and
    /// wrapper. A <see cref="ValueList{T}"/> is read-only and its array is held by no one else, so a list shared so is the
    /// same as one made anew: the same items, in the same order, equal to it. A table of <see cref="Slots"/> slots, each
    /// list in the slot of the hash of its JSON, the last list of a slot replacing the one before. Not for
    /// use by two threads at once.
    /// </summary>
    /// <typeparam name="T">The item type: a reference type (the items are compared by identity).</typeparam>
    internal sealed class RecentLists<T>
    {
        /// <summary>Slots in the table (a power of two).</summary>
        public const int Slots = 64;

        private readonly T[]?[] arrays = new T[Slots][];
        private readonly ValueList<T>?[] lists = new ValueList<T>?[Slots];

        /// <summary>
        /// The slot of a list written as <paramref name="written"/> (its JSON, as the record gives it): the hash of the
        /// bytes, which the binder has at hand, not of the items' identities (a call into the runtime per item). Lists
        /// written alike are mostly lists of the same items; <see cref="Find"/> takes a kept list only when they are.
        /// </summary>
        /// <param name="written">The list's JSON in the record.</param>
        public static int SlotOf(ReadOnlySpan<byte> written) => Utf8KeyedValues.Hash(written) & (Slots - 1);

        /// <summary>The list kept in <paramref name="slot"/> when its items are the same objects as the bound items, in the same order; else <c>null</c>.</summary>
        /// <param name="slot">The list's slot (<see cref="SlotOf"/>).</param>
        /// <param name="items">The bound items.</param>
        /// <param name="first">Where the list's items start.</param>
        /// <param name="count">How many items the list has.</param>
        public ValueList<T>? Find(int slot, BoundSlot[] items, int first, int count)
        {
            T[]? kept = arrays[slot];
            if (kept is null || kept.Length != count)
            {
                return null;
            }

            for (int i = 0; i < count; i++)
            {
                if (!ReferenceEquals(kept[i], items[first + i].Value))
                {
                    return null;
                }
            }

            return lists[slot];
        }

        /// <summary>Keeps <paramref name="list"/>, a value list over <paramref name="array"/>, in <paramref name="slot"/>.</summary>
        /// <param name="slot">The list's slot (<see cref="SlotOf"/>).</param>
        /// <param name="array">The list's array, which no one changes.</param>
        /// <param name="list">The value list over it.</param>
        public void Keep(int slot, T[] array, ValueList<T> list)
        {
            arrays[slot] = array;
            lists[slot] = list;
        }
    }
}
