using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>What findings call a field: its title in the field catalogue (<see cref="DocumentShapes"/>).</summary>
    internal static class FieldTitles
    {
        /// <summary>The title of the field at <paramref name="path"/> of <typeparamref name="TDocument"/>, e.g. <c>materials.name</c> of a service guide.</summary>
        /// <typeparam name="TDocument">A document type.</typeparam>
        /// <param name="path">A dotted path of JSON names; a list's items are reached through the list's name.</param>
        public static BilingualText Of<TDocument>(string path) => DocumentShapes.ForType(typeof(TDocument))![path].Field.Title;
    }
}
