using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>A field reached from a document's root through the parts above it, e.g. <c>office.phone</c> of a disclosure guide.</summary>
    public sealed class FieldPath
    {
        /// <summary>
        /// <see cref="Steps"/> as an array, walked by <see cref="OwnerIn"/> and <see cref="IsGivenIn"/> (the completeness rules
        /// ask every required field of every record) with no interface call per step; the steps are never changed after the
        /// path is made, so the array holds what <see cref="Steps"/> holds.
        /// </summary>
        private readonly FieldShape[] walk;

        internal FieldPath(IReadOnlyList<FieldShape> steps)
        {
            Steps = steps;
            walk = steps.ToArray();
            Path = string.Join(".", steps.Select(s => s.Name));
            Pointer = "/" + string.Join("/", steps.Select(s => s.Name));
        }

        /// <summary>The fields from the root down; the last is <see cref="Field"/>.</summary>
        public IReadOnlyList<FieldShape> Steps { get; }

        /// <summary>The field at the end of the path.</summary>
        public FieldShape Field => Steps[Steps.Count - 1];

        /// <summary>The dotted path of JSON names, e.g. <c>office.phone</c>.</summary>
        public string Path { get; }

        /// <summary>The JSON pointer, e.g. <c>/office/phone</c>.</summary>
        public string Pointer { get; }

        /// <summary>The object that holds the field in <paramref name="document"/>, or <c>null</c> when a part above it is absent or is a list.</summary>
        /// <param name="document">A document of the path's kind.</param>
        public object? OwnerIn(object document)
        {
            object? owner = document ?? throw new ArgumentNullException(nameof(document));
            FieldShape[] steps = walk;
            for (int i = 0; i < steps.Length - 1 && owner != null; i++)
            {
                // Through a list there is no single owner.
                owner = steps[i].ValueOf(owner);
                owner = owner is System.Collections.IEnumerable && !(owner is string) ? null : owner;
            }

            return owner;
        }

        /// <summary>The field's value in <paramref name="document"/>, or <c>null</c>.</summary>
        /// <param name="document">A document of the path's kind.</param>
        public object? ValueIn(object document)
        {
            object? owner = OwnerIn(document);
            return owner is null ? null : Field.ValueOf(owner);
        }

        /// <summary>Whether <paramref name="document"/> gives the field (see <see cref="FieldShape.IsGivenIn"/>); <c>false</c> when a part above it is absent.</summary>
        /// <param name="document">A document of the path's kind.</param>
        public bool IsGivenIn(object document)
        {
            object? owner = OwnerIn(document);
            return owner != null && (walk.Length > 0 ? walk[walk.Length - 1] : Field).IsGivenIn(owner);
        }

        /// <summary>The path.</summary>
        public override string ToString() => Path;
    }
}
