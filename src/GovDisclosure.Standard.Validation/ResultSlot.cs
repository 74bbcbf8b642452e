namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// A place for one item's result in a batch of <see cref="OrderedBatches"/>: a reference type, so the batches'
    /// machinery is the shared code ReadyToRun compiles ahead of time, and used again for later items of the batch.
    /// </summary>
    /// <typeparam name="T">The result.</typeparam>
    internal sealed class ResultSlot<T>
    {
        /// <summary>The result last written; reset to its default by whoever takes it, so the slot holds on to nothing.</summary>
        public T Value = default!;
    }
}
