using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace GovDisclosure.Standard.Collections
{
    /// <summary>
    /// The read-only list behind every list of a document: a private copy of what the caller gave,
    /// equal to another list with the same items in the same order, so that documents (records)
    /// compare by value — an entry read back from its canonical JSON equals the original.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    internal sealed class ValueList<T> : ReadOnlyCollection<T>, IEquatable<ValueList<T>>
    {
        private ValueList(IList<T> items)
            : base(items)
        {
        }

        public static ValueList<T> None { get; } = new ValueList<T>(Array.Empty<T>());

        /// <summary>A value list holding a copy of <paramref name="items"/>; the empty list for <c>null</c>.</summary>
        public static ValueList<T> Of(IEnumerable<T>? items) =>
            items is null ? None : items as ValueList<T> ?? new ValueList<T>(items.ToArray());

        /// <summary>
        /// A value list over <paramref name="items"/> itself, not a copy: for an array its maker hands over and never
        /// touches again (the binder's lists), so that <see cref="Of"/> keeps it as it is instead of copying it.
        /// </summary>
        /// <param name="items">An array no one else holds.</param>
        public static ValueList<T> Adopt(T[] items) => items.Length == 0 ? None : new ValueList<T>(items);

        public bool Equals(ValueList<T>? other) =>
            other is not null && (ReferenceEquals(this, other) || this.SequenceEqual(other));

        public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

        public override int GetHashCode()
        {
            unchecked
            {
                int hash = 17;
                foreach (T item in this)
                {
                    hash = (hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item));
                }

                return hash;
            }
        }
    }
}
