using System.Collections.Concurrent;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>What findings call a field: its title in the field catalogue (<see cref="DocumentShapes"/>).</summary>
    internal static class FieldTitles
    {
        /// <summary>The title of the field at <paramref name="path"/> of <typeparamref name="TDocument"/>, e.g. <c>materials.name</c> of a service guide.</summary>
        /// <typeparam name="TDocument">A document type.</typeparam>
        /// <param name="path">A dotted path of JSON names; a list's items are reached through the list's name.</param>
        public static BilingualText Of<TDocument>(string path) => Titles<TDocument>.ByPath.GetOrAdd(path, p => DocumentShapes.ForType(typeof(TDocument))![p].Field.Title);

        /// <summary>The titles looked up so far for one document type; rules ask for the same few paths for every record.</summary>
        private static class Titles<TDocument>
        {
            public static readonly ConcurrentDictionary<string, BilingualText> ByPath = new ConcurrentDictionary<string, BilingualText>(System.StringComparer.Ordinal);
        }
    }
}
