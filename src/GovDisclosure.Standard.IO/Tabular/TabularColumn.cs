using System;
using System.Collections.Generic;
using GovDisclosure.Standard.Schema;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// One standard column of a spreadsheet or CSV layout (表格列): the canonical field it fills (a
    /// dotted path such as <c>office.phone</c>), its standard Chinese header, the variants accepted
    /// when reading, and how its cells are written.
    /// </summary>
    public sealed class TabularColumn
    {
        private CodelistReader? codes;

        internal TabularColumn(string path, string header, CellType cellType, Type? codelist, params string[] aliases)
        {
            Path = path;
            Header = header;
            CellType = cellType;
            Codelist = codelist;
            Aliases = aliases;
            Segments = path.Split('.');
        }

        /// <summary>The canonical field, as a dotted path of JSON property names, e.g. <c>timeLimit</c> or <c>office.phone</c>.</summary>
        public string Path { get; }

        /// <summary>The standard Chinese header (标准表头), e.g. <c>公开时限</c>.</summary>
        public string Header { get; }

        /// <summary>Other headers accepted when reading (variants seen in local catalogues); the field path is always accepted too.</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>How the cells are written.</summary>
        public CellType CellType { get; }

        /// <summary>The JSON pointer of the field, e.g. <c>/office/phone</c>.</summary>
        public string JsonPointer => "/" + string.Join("/", Segments);

        internal Type? Codelist { get; }

        /// <summary>
        /// How the values of the column's code list are read (<see cref="CodelistReader.For"/> of <see cref="Codelist"/>), found
        /// once for the column rather than by type for every cell; <c>null</c> when the column has no code list binding knows.
        /// </summary>
        internal CodelistReader? Codes => Codelist is null ? null : codes ??= CodelistReader.For(Codelist);

        /// <summary>
        /// Whether the column holds a list of named values (a code list, or channels), so that a
        /// two-row header may spread it over tick columns, one per value (公开层级 over 县级 / 乡级).
        /// </summary>
        internal bool IsList => CellType == CellType.CodeList || CellType == CellType.Channels;

        internal string[] Segments { get; }
    }
}
