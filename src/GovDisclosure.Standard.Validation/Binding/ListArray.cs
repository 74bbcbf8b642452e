using System;
using GovDisclosure.Standard.Collections;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// Makes the array of a list the binder makes, for one item type: a typed array filled from the bound items, each set
    /// as <see cref="Array.SetValue(object, int)"/> sets it (a <c>null</c> is the item type's default), by a typed method
    /// instead of <see cref="Array.CreateInstance(Type, int)"/> and a reflection call per item. An empty list is the item
    /// type's shared empty array, as a serializer's empty array is. Where the list's type takes it (a read-only list
    /// interface), the array is handed over as a <see cref="ValueList{T}"/>, which the documents' own list setters keep
    /// as it is: one array per list, not a second copy made by the setter. A value list of codes or texts is shared with
    /// the records before it that gave the same items (<see cref="RecentLists{T}"/>).
    /// </summary>
    internal abstract class ListArray
    {
        /// <summary>The maker of lists of <paramref name="itemType"/> for a member of type <paramref name="listType"/>.</summary>
        /// <param name="listType">The list's type (an interface an array of the items implements).</param>
        /// <param name="itemType">The list's item type.</param>
        /// <param name="sharesItems">
        /// Whether the binder shares the items between records (codes and texts): a list of the same items as one made
        /// lately is then that list (<see cref="RecentLists{T}"/>), where the list is handed over as a value list.
        /// </param>
        public static ListArray For(Type listType, Type itemType, bool sharesItems)
        {
            bool asValueList = listType.IsAssignableFrom(typeof(ValueList<>).MakeGenericType(itemType));
            return (ListArray)Activator.CreateInstance(
                typeof(ListArray<>).MakeGenericType(itemType),
                new object[] { asValueList, asValueList && sharesItems && !itemType.IsValueType })!;
        }

        /// <summary>
        /// The list of the <paramref name="count"/> items of <paramref name="items"/> from <paramref name="first"/>: an array,
        /// or a value list over one (the one made lately for the same items, when lists are shared).
        /// </summary>
        /// <param name="items">The bound items.</param>
        /// <param name="first">Where the list's items start.</param>
        /// <param name="count">How many items the list has.</param>
        /// <param name="written">The list's JSON in the record, by which a list made lately is looked up.</param>
        /// <param name="recent">The binder's lists made lately for this list type (made here at first), when this maker shares lists.</param>
        public abstract object Make(BoundSlot[] items, int first, int count, ReadOnlySpan<byte> written, ref object? recent);

        /// <summary>Whether a list of the same items as one made lately is that list (<see cref="RecentLists{T}"/>): a list of codes or texts, handed over as a value list.</summary>
        public abstract bool SharesLists { get; }
    }

    /// <summary>A <see cref="ListArray"/> of items of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    internal sealed class ListArray<T> : ListArray
    {
        private readonly bool asValueList;

        /// <summary>Whether a list of the same items as one made lately is that list (<see cref="RecentLists{T}"/>).</summary>
        private readonly bool sharesLists;

        /// <summary>The cast of an item, which takes an item of the type of the last one as it is.</summary>
        private RememberedCast<T> itemCast;

        /// <summary>Creates the maker.</summary>
        /// <param name="asValueList">Whether the array is handed over as a <see cref="ValueList{T}"/>.</param>
        /// <param name="sharesLists">Whether a list of the same items as one made lately is that list (only with <paramref name="asValueList"/>, for a reference item type).</param>
        public ListArray(bool asValueList, bool sharesLists)
        {
            this.asValueList = asValueList;
            this.sharesLists = sharesLists;
        }

        /// <inheritdoc/>
        public override bool SharesLists => sharesLists;

        /// <inheritdoc/>
        public override object Make(BoundSlot[] items, int first, int count, ReadOnlySpan<byte> written, ref object? recent)
        {
            if (count == 0)
            {
                return asValueList ? ValueList<T>.None : Array.Empty<T>();
            }

            if (!sharesLists)
            {
                return Make(items, first, count);
            }

            var lists = (RecentLists<T>)(recent ??= new RecentLists<T>());
            int slot = RecentLists<T>.SlotOf(written);
            if (lists.Find(slot, items, first, count) is ValueList<T> same)
            {
                return same;
            }

            T[] array = Fill(items, first, count);
            ValueList<T> made = ValueList<T>.Adopt(array);
            lists.Keep(slot, array, made);
            return made;
        }

        private object Make(BoundSlot[] items, int first, int count)
        {
            T[] list = Fill(items, first, count);
            return asValueList ? ValueList<T>.Adopt(list) : list;
        }

        /// <summary>A new array of the <paramref name="count"/> (at least one) bound items from <paramref name="first"/>.</summary>
        private T[] Fill(BoundSlot[] items, int first, int count)
        {
            var list = new T[count];
#if NET8_0_OR_GREATER
            // The array is exactly a T[] (made here), so an item is stored without the check a store into an array of
            // references makes (arrays are covariant).
            ref T at = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(list);
            for (int i = 0; i < count; i++)
            {
                object? item = items[first + i].Value;
                System.Runtime.CompilerServices.Unsafe.Add(ref at, i) = item is null ? default! : itemCast.Cast(item);
            }
#else
            for (int i = 0; i < count; i++)
            {
                object? item = items[first + i].Value;
                list[i] = item is null ? default! : itemCast.Cast(item);
            }
#endif

            return list;
        }
    }
}
