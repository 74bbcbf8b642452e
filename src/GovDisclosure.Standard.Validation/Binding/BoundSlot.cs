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

        /// <summary>Whether a value was read for the member.</summary>
        public bool Given;
    }
}
