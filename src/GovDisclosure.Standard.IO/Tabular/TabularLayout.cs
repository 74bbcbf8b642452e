using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Catalogue;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// The spreadsheet and CSV layout of one document kind (表格版式): its standard columns in order,
    /// as the field catalogue (<see cref="DocumentShapes"/>) gives them with their headers and the
    /// variants read as them. Reading accepts the standard header, the listed variants and the
    /// canonical field code (e.g. <c>timeLimit</c>); any other header is kept as an additional field.
    /// Annual reports have no tabular layout (they are read from JSON).
    /// </summary>
    public sealed class TabularLayout
    {
        private static readonly Lazy<IReadOnlyList<TabularLayout>> Layouts = new Lazy<IReadOnlyList<TabularLayout>>(Create);
        private readonly Dictionary<string, TabularColumn> byHeader;

        /// <summary>The members whose fields are columns of their own (a disclosure guide's <c>office</c>, 工作机构): the objects a field outside the layout may be nested in.</summary>
        private readonly HashSet<string> objectMembers;

        private TabularLayout(DocumentKind kind, IReadOnlyList<TabularColumn> columns, params string[] itemLevels)
        {
            Kind = kind;
            Columns = columns;
            ItemLevels = itemLevels.Select(p => columns.Single(c => c.Path == p)).ToArray();
            objectMembers = new HashSet<string>(columns.Where(c => c.Segments.Length > 1).Select(c => c.Segments[0]), StringComparer.Ordinal);
            byHeader = new Dictionary<string, TabularColumn>(StringComparer.Ordinal);
            foreach (TabularColumn column in columns)
            {
                foreach (string name in new[] { column.Header, column.Path }.Concat(column.Aliases))
                {
                    string key = Normalize(name);
                    if (!byHeader.ContainsKey(key))
                    {
                        byHeader.Add(key, column);
                    }
                }
            }
        }

        /// <summary>The layouts of every kind that has one.</summary>
        public static IReadOnlyList<TabularLayout> All => Layouts.Value;

        /// <summary>The document kind.</summary>
        public DocumentKind Kind { get; }

        /// <summary>The standard columns, in the order a template or a conversion writes them.</summary>
        public IReadOnlyList<TabularColumn> Columns { get; }

        /// <summary>
        /// The item hierarchy (事项层级), top level first: 一级事项, 二级事项, 三级事项 for a catalogue, none for
        /// the other kinds. Published tables merge an item down over the rows of the items below it;
        /// see <see cref="ItemCarryDown"/> for how a CSV, which cannot merge, is read.
        /// </summary>
        internal IReadOnlyList<TabularColumn> ItemLevels { get; }

        /// <summary>
        /// The path of the field an additional column (a field outside the layout) holds, as a conversion names the column:
        /// a field of an object whose fields are columns (<c>office</c>) as the object's member, a dot and the field's name
        /// as written (<c>office.x-地区扩展</c>); any other name is a field of the record itself.
        /// </summary>
        /// <param name="columnName">The additional column's name.</param>
        internal string[] AdditionalFieldPath(string columnName)
        {
            int dot = columnName.IndexOf('.');
            return dot > 0 && dot < columnName.Length - 1 && objectMembers.Contains(columnName.Substring(0, dot))
                ? new[] { columnName.Substring(0, dot), columnName.Substring(dot + 1) }
                : new[] { columnName };
        }

        /// <summary>Whether <paramref name="member"/> is an object whose fields are columns, so that a field of it outside the layout gets a column of its own (<see cref="AdditionalColumnOf"/>).</summary>
        /// <param name="member">A record member.</param>
        internal bool HasFieldColumns(string member) => objectMembers.Contains(member);

        /// <summary>The name of the additional column of <paramref name="fieldName"/> in <paramref name="objectMember"/>, an object whose fields are columns (read back by <see cref="AdditionalFieldPath"/>).</summary>
        /// <param name="objectMember">The record member the field is in.</param>
        /// <param name="fieldName">The field's name as written.</param>
        internal static string AdditionalColumnOf(string objectMember, string fieldName) => objectMember + "." + fieldName;

        /// <summary>The layout of <paramref name="kind"/>, or <c>null</c> when the kind is not read from tables (annual reports).</summary>
        /// <param name="kind">A document kind.</param>
        public static TabularLayout? For(DocumentKind kind) => All.FirstOrDefault(l => l.Kind == kind);

        /// <summary>
        /// The kind whose layout recognises the most of <paramref name="headers"/> (at least two), or
        /// <c>null</c>; used to tell the kind of a CSV or spreadsheet from its header row.
        /// </summary>
        /// <param name="headers">The header cells.</param>
        public static DocumentKind? DetectKind(IEnumerable<string> headers)
        {
            string[] list = headers.ToArray();
            TabularLayout? best = null;
            int bestScore = 1;
            foreach (TabularLayout layout in All)
            {
                int score = layout.Score(list);
                if (score > bestScore)
                {
                    best = layout;
                    bestScore = score;
                }
            }

            return best?.Kind;
        }

        /// <summary>The standard column a header names, or <c>null</c> (the column is then an additional field).</summary>
        /// <param name="header">A header cell as written, e.g. <c>公开内容(要素)</c>, <c>公开渠道</c> or <c>channels</c>.</param>
        public TabularColumn? Match(string? header) =>
            header != null && byHeader.TryGetValue(Normalize(header), out TabularColumn? column) ? column : null;

        /// <summary>How many of <paramref name="headers"/> are standard columns of this layout (each column counted once).</summary>
        /// <param name="headers">Header cells.</param>
        public int Score(IEnumerable<string> headers) =>
            headers.Select(Match).Where(c => c != null).Distinct().Count();

        internal static string Normalize(string header)
        {
            string folded = ChineseText.Fold(header).Replace("*", string.Empty).Replace("★", string.Empty);
            return folded;
        }

        private static IReadOnlyList<TabularLayout> Create() =>
            DocumentShapes.All
                .Where(shape => shape.Columns.Count > 0)
                .Select(shape => new TabularLayout(
                    shape.Kind,
                    shape.Columns.Select(c => new TabularColumn(c.Path, c.Field.Header!, c.Field.CellType!.Value, c.Field.Codelist, c.Field.Aliases.ToArray())).ToArray(),
                    ItemLevelsOf(shape.Kind)))
                .ToArray();

        /// <summary>The item hierarchy a kind's tables merge down: 一级事项 › 二级事项 › 三级事项 of a catalogue.</summary>
        private static string[] ItemLevelsOf(DocumentKind kind) =>
            kind == DocumentKind.CatalogueEntry
                ? new[] { FieldPaths.Of<CatalogueEntry>(nameof(CatalogueEntry.FirstLevelItem)), FieldPaths.Of<CatalogueEntry>(nameof(CatalogueEntry.SecondLevelItem)), FieldPaths.Of<CatalogueEntry>(nameof(CatalogueEntry.ThirdLevelItem)) }.Select(p => p.Field.Name).ToArray()
                : new string[0];
    }
}
