using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// A row of a header with a plan (<see cref="TabularRecordPlan"/>) kept as the record's members: the texts of its filled
    /// cells copied into one string, its members in the order the planned writer writes them. A binder takes a text cell's
    /// member as its text and any other member as the JSON of its value alone; the record's whole JSON is written by
    /// <see cref="TabularRecordMapper.TryWrite"/> from these same cells only when asked for. Immutable once made: any
    /// thread may read it.
    /// </summary>
    internal sealed class PlannedRowMembers : RecordMembers, ITabularCells
    {
        /// <summary>A member that is no column's: <c>isCharged</c> written <c>false</c> after a service guide's empty fee list.</summary>
        private const int NotCharged = -1;

        /// <summary>The plan and writer of the record's whole JSON on this thread, for the last header asked.</summary>
        [ThreadStatic]
        private static (TabularHeader Header, TabularRecordPlan Plan, MemoryStream Buffer, Utf8JsonWriter Writer)? wholeWriter;

        private readonly TabularHeader header;
        private readonly TabularRecordPlan plan;
        private readonly string text;

        /// <summary>Where each header cell's text is in <see cref="text"/> (by position: cell <c>i</c> from <c>bounds[i]</c> to <c>bounds[i + 1]</c>; empty when blank), then the members' indexes in order.</summary>
        private readonly int[] bounds;
        private readonly int count;

        private PlannedRowMembers(TabularHeader header, TabularRecordPlan plan, string text, int[] bounds, int count)
        {
            this.header = header;
            this.plan = plan;
            this.text = text;
            this.bounds = bounds;
            this.count = count;
        }

        /// <inheritdoc />
        public override int Count => count;

        /// <inheritdoc />
        public override JsonWriterOptions ValueOptions => TabularRowWriter.Options;

        /// <inheritdoc />
        public ReadOnlySpan<char> this[int index] => Cell(PositionOf(index));

        /// <summary>
        /// The members of a row that <see cref="TabularRecordMapper.Look"/> found to be a record (its filled cells noted in the
        /// plan), made on the thread that reads the row: the plan is that thread's own.
        /// </summary>
        /// <param name="header">The row's header.</param>
        /// <param name="plan">The header's plan, on the reading thread, with the row's filled cells noted.</param>
        /// <param name="cells">The row's cells by 0-based column index.</param>
        /// <param name="chars">A buffer of the reading thread, grown as needed, that the row's texts are gathered in.</param>
        public static PlannedRowMembers Of(TabularHeader header, TabularRecordPlan plan, ITabularCells cells, ref char[] chars)
        {
            bool[] filled = plan.Filled;
            int[] columnOf = plan.ColumnOfCell;
            int[] memberOf = plan.MemberOfCell;
            bool[] readsFees = plan.ReadsFees;
            bool[] givesCharged = plan.GivesCharged;
            int cellCount = filled.Length;

            // One pass over the cells: each filled cell's text asked once and gathered, and the members in the order the
            // planned writer writes them, each where its first filled cell is.
            var bounds = new int[cellCount + 1 + plan.Members.Length + 1];
            bool[] written = plan.Written;
            Array.Clear(written, 0, written.Length);
            int count = 0;
            int fees = -1;
            bool charged = false;
            int at = 0;
            for (int i = 0; i < cellCount; i++)
            {
                bounds[i] = at;
                if (!filled[i])
                {
                    continue;
                }

                ReadOnlySpan<char> cell = cells[columnOf[i]];
                if (chars.Length - at < cell.Length)
                {
                    Array.Resize(ref chars, Math.Max(at + cell.Length, chars.Length * 2));
                }

                cell.CopyTo(chars.AsSpan(at));
                at += cell.Length;
                int index = memberOf[i];
                if (written[index])
                {
                    continue;
                }

                written[index] = true;
                bounds[cellCount + 1 + count++] = index;

                // The writer reads a value as a tree only when no plain syntax writes it (never a kept column's).
                if (readsFees[i] && fees < 0)
                {
                    fees = i;
                }

                charged |= givesCharged[i];
            }

            bounds[cellCount] = at;
            string text = new string(chars, 0, at);
            bool noFees = fees >= 0
                && CellSyntax.Read(plan.Cells[fees].Column!, text.Substring(bounds[fees], bounds[fees + 1] - bounds[fees])) is JsonArray { Count: 0 };
            if (noFees && !charged && header.Layout.Kind == DocumentKind.ServiceGuide)
            {
                bounds[cellCount + 1 + count++] = NotCharged;
            }

            return new PlannedRowMembers(header, plan, text, bounds, count);
        }

        /// <inheritdoc />
        public override object Names => plan;

        /// <inheritdoc />
        public override int NameIndex(int member)
        {
            int index = MemberAt(member);
            return index == NotCharged ? plan.Members.Length : index;
        }

        /// <inheritdoc />
        public override string Name(int member)
        {
            int index = MemberAt(member);
            return index == NotCharged ? TabularRecordMapper.IsCharged : plan.Members[index].Name;
        }

        /// <inheritdoc />
        public override bool TryText(int member, out ReadOnlySpan<char> value)
        {
            value = default;
            int index = MemberAt(member);
            if (index == NotCharged || plan.Members[index].Nested)
            {
                return false;
            }

            int position = plan.Members[index].Cells[0];
            if (plan.Cells[position].Column?.CellType != CellType.Text)
            {
                return false;
            }

            // A text cell is written trimmed (CellSyntax.TryWrite); a surrogate is left to the writer and the reader.
            ReadOnlySpan<char> trimmed = CellBlankness.Trim(Cell(position));
#if NET8_0_OR_GREATER
            if (trimmed.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
            {
                return false;
            }
#else
            for (int i = 0; i < trimmed.Length; i++)
            {
                if (char.IsSurrogate(trimmed[i]))
                {
                    return false;
                }
            }
#endif

            value = trimmed;
            return true;
        }

        /// <inheritdoc />
        public override bool TryValue(int member, [NotNullWhen(true)] out byte[]? utf8)
        {
            utf8 = default;
            int index = MemberAt(member);
            if (index == NotCharged || plan.Members[index].Nested)
            {
                return false;
            }

            // The values of a short vocabulary's cells, kept by this thread's plan as the reading thread's plan keeps them.
            int position = plan.Members[index].Cells[0];
            TabularColumn? column = plan.Cells[position].Column;
            byte[]? kept = column is null || plan.ValuesOfCell[position] is null ? null : ThreadWriter().Plan.KeptBytes(position, column, Cell(position));
            utf8 = kept;
            return kept != null;
        }

        /// <inheritdoc />
        public override void WriteValue(int member, Utf8JsonWriter writer)
        {
            int index = MemberAt(member);
            if (index == NotCharged)
            {
                writer.WriteBooleanValue(false);
                return;
            }

            TabularRecordPlan.Member planned = plan.Members[index];
            if (!planned.Nested)
            {
                int position = planned.Cells[0];
                TabularRecordMapper.WriteValue(writer, plan.Cells[position].Column, Cell(position), this, plan.ColumnOfCell[position]);
                return;
            }

            writer.WriteStartObject();
            foreach (int part in planned.Cells)
            {
                if (bounds[part + 1] > bounds[part])
                {
                    writer.WritePropertyName(plan.PartOfCell[part]);
                    TabularRecordMapper.WriteValue(writer, plan.Cells[part].Column, Cell(part), this, plan.ColumnOfCell[part]);
                }
            }

            writer.WriteEndObject();
        }

        /// <inheritdoc />
        public string? Text(int index)
        {
            int position = PositionOf(index);
            return position < 0 || bounds[position + 1] == bounds[position] ? null : text.Substring(bounds[position], bounds[position + 1] - bounds[position]);
        }

        /// <inheritdoc />
        public bool IsBlank(int index) => Cell(PositionOf(index)).IsWhiteSpace();

        /// <summary>The cells themselves: they do not change.</summary>
        public ITabularCells Keep(bool blanksOnly) => this;

        /// <inheritdoc />
        protected override byte[] Write()
        {
            (TabularHeader Header, TabularRecordPlan Plan, MemoryStream Buffer, Utf8JsonWriter Writer) whole = ThreadWriter();
            TabularRecordMapper.TryWrite(header, whole.Plan, this, whole.Buffer, whole.Writer);
            return whole.Buffer.ToArray();
        }

        /// <summary>This thread's plan and writer of the row's header (made when the last header it asked was another).</summary>
        private (TabularHeader Header, TabularRecordPlan Plan, MemoryStream Buffer, Utf8JsonWriter Writer) ThreadWriter() =>
            wholeWriter is { } kept && kept.Header == header ? kept : NewWholeWriter();

        private (TabularHeader Header, TabularRecordPlan Plan, MemoryStream Buffer, Utf8JsonWriter Writer) NewWholeWriter()
        {
            var buffer = new MemoryStream(4096);
            var made = (header, TabularRecordPlan.Of(header)!, buffer, new Utf8JsonWriter(buffer, TabularRowWriter.Options));
            wholeWriter = made;
            return made;
        }

        private int MemberAt(int member) => (uint)member < (uint)count ? bounds[plan.Cells.Length + 1 + member] : throw new ArgumentOutOfRangeException(nameof(member));

        private int PositionOf(int index) => (uint)index < (uint)plan.PositionOfColumn.Length ? plan.PositionOfColumn[index] : -1;

        private ReadOnlySpan<char> Cell(int position) =>
            position < 0 ? ReadOnlySpan<char>.Empty : text.AsSpan(bounds[position], bounds[position + 1] - bounds[position]);
    }
}
