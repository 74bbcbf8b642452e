namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// One member's slot in the binder's stack of the objects being made: the value read for it and whether one was. A
    /// struct, so that storing a value into the slot array is a plain write, with none of the type check that a store
    /// into an <c>object?[]</c> makes (arrays of references are covariant).
    /// </summary>
    internal struct BoundSlot
    {
        /// <summary>The value read for the member (meaningful when <see cref="Given"/>).</summary>
        public object? Value;

        /// <summary>The value read for the member as its bits (<see cref="ScalarBits"/>), when <see cref="InBits"/>.</summary>
        public long Bits;

        /// <summary>Whether a value was read for the member.</summary>
        public bool Given;

        /// <summary>
        /// Whether the value read is held in <see cref="Bits"/>, not in <see cref="Value"/>: only for a member its object's
        /// factory sets from bits (<see cref="ObjectFactory.ScalarKind"/>), never for a constructor's argument or a list's item.
        /// </summary>
        public bool InBits;
    }
}
