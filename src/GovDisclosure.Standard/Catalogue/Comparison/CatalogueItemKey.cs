using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Catalogue.Comparison
{
    /// <summary>
    /// What identifies a catalogue item when two catalogues are aligned: its code where it has one, its
    /// first- and second-level item names (一级事项 / 二级事项) and its content elements (公开内容要素).
    /// </summary>
    public sealed record CatalogueItemKey
    {
        /// <summary>Creates a key.</summary>
        /// <param name="code">The entry's code, or <c>null</c>.</param>
        /// <param name="firstLevelItem">一级事项 as written.</param>
        /// <param name="secondLevelItem">二级事项 as written.</param>
        /// <param name="elementNames">The content elements' names as written.</param>
        public CatalogueItemKey(string? code, string? firstLevelItem, string? secondLevelItem, IEnumerable<string> elementNames)
        {
            Code = code;
            FirstLevelItem = CatalogueItemName.Normalize(firstLevelItem);
            SecondLevelItem = CatalogueItemName.Normalize(secondLevelItem);
            ElementNames = elementNames.Select(CatalogueItemName.Normalize).Where(n => n.Length > 0).Distinct().ToArray();
        }

        /// <summary>The entry's code, or <c>null</c>.</summary>
        public string? Code { get; }

        /// <summary>一级事项, normalised (<see cref="CatalogueItemName.Normalize"/>).</summary>
        public string FirstLevelItem { get; }

        /// <summary>二级事项, normalised.</summary>
        public string SecondLevelItem { get; }

        /// <summary>The content elements' names, normalised, each once.</summary>
        public IReadOnlyList<string> ElementNames { get; }

        /// <summary>The key of a catalogue entry.</summary>
        /// <param name="entry">The entry.</param>
        public static CatalogueItemKey Of(CatalogueEntry entry) =>
            new CatalogueItemKey(entry.Code, entry.FirstLevelItem, entry.SecondLevelItem, entry.ContentElements.Select(e => e.Name));

        /// <summary>Whether both keys name the same item: first- and second-level names equal after normalisation, neither empty.</summary>
        /// <param name="other">The other key.</param>
        public bool SameNames(CatalogueItemKey other) =>
            SecondLevelItem.Length > 0 && FirstLevelItem == other.FirstLevelItem && SecondLevelItem == other.SecondLevelItem;
    }
}
