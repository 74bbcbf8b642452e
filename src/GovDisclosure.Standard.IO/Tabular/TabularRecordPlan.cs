using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// How the cells of a table's rows are written straight into a record's UTF-8 bytes, worked out once from its header:
    /// the record's members, each a field of one column or an object of the part columns of one field (机关 → office.name,
    /// office.phone). It exists only for a header where no two columns give the same field, no column gives a whole field
    /// and another one of its parts, and no tick column (勾选列) gathers a list: there each filled cell is one member, so a
    /// row is written in one pass with no tree. Other headers are written through a tree (<see cref="TabularRecordMapper"/>).
    /// One per reader (it holds the row being written); not for several threads.
    /// </summary>
    internal sealed class TabularRecordPlan
    {
        private readonly MemoryStream scratchBytes = new MemoryStream();
        private Utf8JsonWriter? scratch;

        private TabularRecordPlan(TabularHeader.HeaderCell[] cells, Member[] members, int[] memberOfCell, JsonEncodedText[] partOfCell, CellValueCache?[] valuesOfCell)
        {
            Cells = cells;
            ColumnOfCell = cells.Select(c => c.Index).ToArray();
            PositionOfColumn = Enumerable.Repeat(-1, cells.Length == 0 ? 0 : ColumnOfCell.Max() + 1).ToArray();
            for (int i = 0; i < cells.Length; i++)
            {
                PositionOfColumn[ColumnOfCell[i]] = i;
            }

            GivesContent = cells.Select(c => c.Column?.Codelist != typeof(GovDisclosure.Standard.Catalogue.PilotDomain)).ToArray();
            Members = members;
            MemberOfCell = memberOfCell;
            PartOfCell = partOfCell;
            ValuesOfCell = valuesOfCell;
            Filled = new bool[memberOfCell.Length];
            Written = new bool[members.Length];
            ReadsFees = new bool[cells.Length];
            GivesCharged = new bool[cells.Length];
            for (int i = 0; i < cells.Length; i++)
            {
                Member member = members[memberOfCell[i]];
                ReadsFees[i] = !member.Nested && member.Name == TabularRecordMapper.Fees && cells[i].Column != null && !CellValueCache.Suits(cells[i].Column);
                GivesCharged[i] = !member.Nested && member.Name == TabularRecordMapper.IsCharged;
            }
        }

        /// <summary>The header's cells, by position (<see cref="TabularHeader.Cells"/> as an array: read on every row).</summary>
        public TabularHeader.HeaderCell[] Cells { get; }

        /// <summary>For each cell of the header, by position, its 0-based column index in the row.</summary>
        public int[] ColumnOfCell { get; }

        /// <summary>For each 0-based column index up to the last of the header's, the position of its cell in <see cref="Cells"/>, or -1.</summary>
        public int[] PositionOfColumn { get; }

        /// <summary>
        /// For each cell of the header, by position, whether a filled cell of it makes the row a record: every column but
        /// 试点领域 (the template writes the pilot domain on every row to fill, <see cref="XlsxTemplateWriter"/>).
        /// </summary>
        public bool[] GivesContent { get; }

        /// <summary>Which cells of the row being written are filled, by position in the header (reused from row to row).</summary>
        public bool[] Filled { get; }

        /// <summary>Which members of the row being written are written (reused from row to row).</summary>
        public bool[] Written { get; }

        /// <summary>The record's members in the header's order of their first column.</summary>
        public Member[] Members { get; }

        /// <summary>
        /// For each cell of the header, by position, whether a filled cell of it is read as a tree to learn whether a service
        /// guide's fee list is empty (<see cref="PlannedRowMembers.Of"/>): the cell of a whole 收费标准 field whose syntax no plain
        /// writer writes. Decided once a header, not again on every row.
        /// </summary>
        public bool[] ReadsFees { get; }

        /// <summary>For each cell of the header, by position, whether it is the cell of a whole 是否收费 field.</summary>
        public bool[] GivesCharged { get; }

        /// <summary>For each cell of the header (by its position in <see cref="TabularHeader.Cells"/>), the index of its member.</summary>
        public int[] MemberOfCell { get; }

        /// <summary>For each cell of the header that gives a part of its member (机关电话 → phone), the part's name, escaped as the record's writer escapes it.</summary>
        public JsonEncodedText[] PartOfCell { get; }

        /// <summary>For each cell of the header whose values come from a short vocabulary (<see cref="CellValueCache.Suits"/>), the values of its recent cells; else <c>null</c>.</summary>
        public CellValueCache?[] ValuesOfCell { get; }

        /// <summary>
        /// Writes a filled cell that is no <c>json:</c> cell of a column whose values are kept (<see cref="ValuesOfCell"/>) as
        /// <see cref="CellSyntax.TryWrite"/> writes it.
        /// </summary>
        /// <param name="writer">The record's writer, after the member's name.</param>
        /// <param name="position">The cell's position in <see cref="TabularHeader.Cells"/>.</param>
        /// <param name="column">Its column.</param>
        /// <param name="cell">The cell as read.</param>
        public void WriteKept(Utf8JsonWriter writer, int position, TabularColumn column, ReadOnlySpan<char> cell) =>
            ValuesOfCell[position]!.Write(writer, column, cell, scratch ??= new Utf8JsonWriter(scratchBytes, TabularRowWriter.Options), scratchBytes);

        /// <summary>
        /// The bytes <see cref="CellSyntax.TryWrite"/> writes for a filled cell that is no <c>json:</c> cell of a column whose
        /// values are kept (<see cref="ValuesOfCell"/>), when they are kept (<see cref="CellValueCache.Bytes"/>); else <c>null</c>.
        /// </summary>
        /// <param name="position">The cell's position in <see cref="TabularHeader.Cells"/>.</param>
        /// <param name="column">Its column.</param>
        /// <param name="cell">The cell as read.</param>
        public byte[]? KeptBytes(int position, TabularColumn column, ReadOnlySpan<char> cell) =>
            ValuesOfCell[position]?.Bytes(column, cell, scratch ??= new Utf8JsonWriter(scratchBytes, TabularRowWriter.Options), scratchBytes);

        /// <summary>The plan of a header, or <c>null</c> when a row of it must be written through a tree.</summary>
        public static TabularRecordPlan? Of(TabularHeader header)
        {
            if (header.HasTicks || header.Cells.Any(c => c.Path.Length == 0 || c.Path.Length > 2))
            {
                return null;
            }

            var paths = new HashSet<string>(StringComparer.Ordinal);
            var members = new List<Member>();
            var byName = new Dictionary<string, int>(StringComparer.Ordinal);
            var memberOfCell = new int[header.Cells.Count];
            var partOfCell = new JsonEncodedText[header.Cells.Count];
            var valuesOfCell = new CellValueCache?[header.Cells.Count];
            for (int i = 0; i < header.Cells.Count; i++)
            {
                valuesOfCell[i] = CellValueCache.Suits(header.Cells[i].Column) ? new CellValueCache() : null;
                string[] path = header.Cells[i].Path;
                if (!paths.Add(string.Join("\u0000", path)))
                {
                    return null;
                }

                bool nested = path.Length == 2;
                if (nested)
                {
                    partOfCell[i] = JsonEncodedText.Encode(path[1], TabularRowWriter.Encoder);
                }

                if (byName.TryGetValue(path[0], out int member))
                {
                    if (!nested || !members[member].Nested)
                    {
                        // A whole field and one of its parts (office and office.name): the record holds the field twice.
                        return null;
                    }

                    members[member].Cells.Add(i);
                }
                else
                {
                    member = members.Count;
                    byName.Add(path[0], member);
                    members.Add(new Member(path[0], nested, new List<int> { i }));
                }

                memberOfCell[i] = member;
            }

            return new TabularRecordPlan(header.Cells.ToArray(), members.ToArray(), memberOfCell, partOfCell, valuesOfCell);
        }

        /// <summary>One member of the record: a field of one column, or an object of the part columns of one field.</summary>
        internal sealed class Member
        {
            public Member(string name, bool nested, List<int> cells)
            {
                Name = name;
                EncodedName = JsonEncodedText.Encode(name, TabularRowWriter.Encoder);
                Nested = nested;
                Cells = cells;
            }

            /// <summary>The member's name in the record.</summary>
            public string Name { get; }

            /// <summary>The member's name escaped as the record's writer escapes it, written with no transcoding.</summary>
            public JsonEncodedText EncodedName { get; }

            /// <summary>Whether the member is an object of part columns (each cell's second path segment a member of it).</summary>
            public bool Nested { get; }

            /// <summary>The positions of its cells in <see cref="TabularHeader.Cells"/>, in order.</summary>
            public List<int> Cells { get; }
        }
    }
}
