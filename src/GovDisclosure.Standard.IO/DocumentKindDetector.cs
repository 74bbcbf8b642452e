using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Input.Tabular;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Tells the document kind of records from their field names (类型识别): canonical JSON field codes
    /// (<c>firstLevelItem</c>, <c>materials</c>, <c>decidedOn</c>…) or the Chinese headers of a table.
    /// The kind whose fields match most (at least two) wins.
    /// </summary>
    public static class DocumentKindDetector
    {
        private static readonly Lazy<IReadOnlyDictionary<DocumentKind, HashSet<string>>> Fields =
            new Lazy<IReadOnlyDictionary<DocumentKind, HashSet<string>>>(CreateFields);

        /// <summary>Every canonical top-level field code of any kind (used to tell a record from a container object).</summary>
        public static IReadOnlyCollection<string> AllFieldCodes =>
            Fields.Value.Values.SelectMany(s => s).Distinct(StringComparer.Ordinal).ToArray();

        /// <summary>The canonical top-level field codes of <paramref name="kind"/>.</summary>
        /// <param name="kind">A document kind.</param>
        public static IReadOnlyCollection<string> FieldCodes(DocumentKind kind) => Fields.Value[kind];

        /// <summary>The kind the field names or headers point to, or <c>null</c> when fewer than two fields match any kind.</summary>
        /// <param name="names">Field codes or table headers.</param>
        public static DocumentKind? Detect(IEnumerable<string> names)
        {
            string[] list = (names ?? throw new ArgumentNullException(nameof(names))).ToArray();
            DocumentKind? best = null;
            int bestScore = 1;
            foreach (DocumentKind kind in DocumentKind.Declared)
            {
                TabularLayout? layout = TabularLayout.For(kind);
                int score = list.Count(n => Fields.Value[kind].Contains(n) || (layout != null && layout.Match(n) != null));
                if (score > bestScore)
                {
                    best = kind;
                    bestScore = score;
                }
            }

            return best;
        }

        private static IReadOnlyDictionary<DocumentKind, HashSet<string>> CreateFields() =>
            DocumentShapes.All.ToDictionary(
                shape => shape.Kind,
                shape => new HashSet<string>(shape.Root.Fields.Select(f => f.Name), StringComparer.Ordinal));
    }
}
