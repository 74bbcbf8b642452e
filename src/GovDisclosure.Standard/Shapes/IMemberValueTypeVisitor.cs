namespace GovDisclosure.Standard.Shapes
{
    /// <summary>Code run once for each of the value types a document's member may have (<see cref="MemberValueTypes"/>).</summary>
    internal interface IMemberValueTypeVisitor
    {
        /// <summary>Runs for the value type <typeparamref name="T"/>.</summary>
        /// <typeparam name="T">One of the value types a document's member may have.</typeparam>
        void Visit<T>();
    }
}
