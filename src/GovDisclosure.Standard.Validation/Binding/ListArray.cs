using System;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// Makes the array of a list the binder makes, for one item type: a typed array filled from the bound items, each set
    /// as <see cref="Array.SetValue(object, int)"/> sets it (a <c>null</c> is the item type's default), by a typed method
    /// instead of <see cref="Array.CreateInstance(Type, int)"/> and a reflection call per item. An empty list is the item
    /// type's shared empty array, as a serializer's empty array is.
    /// </summary>
    internal abstract class ListArray
    {
        /// <summary>The maker of arrays of <paramref name="itemType"/>.</summary>
        /// <param name="itemType">The list's item type.</param>
        public static ListArray For(Type itemType) => (ListArray)Activator.CreateInstance(typeof(ListArray<>).MakeGenericType(itemType))!;

        /// <summary>An array of the <paramref name="count"/> items of <paramref name="items"/> from <paramref name="first"/>.</summary>
        /// <param name="items">The bound items.</param>
        /// <param name="first">Where the list's items start.</param>
        /// <param name="count">How many items the list has.</param>
        public abstract Array Make(object?[] items, int first, int count);
    }

    /// <summary>A <see cref="ListArray"/> of items of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    internal sealed class ListArray<T> : ListArray
    {
        /// <inheritdoc/>
        public override Array Make(object?[] items, int first, int count)
        {
            if (count == 0)
            {
                return Array.Empty<T>();
            }

            var list = new T[count];
            for (int i = 0; i < count; i++)
            {
                object? item = items[first + i];
                list[i] = item is null ? default! : (T)item;
            }

            return list;
        }
    }
}
