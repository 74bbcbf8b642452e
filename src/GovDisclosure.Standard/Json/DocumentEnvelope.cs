using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace GovDisclosure.Standard.Json
{
    /// <summary>
    /// The members of a JSON document around its record array — <c>{"publisher": …, "title": …, "version": …, "entries": [ … ]}</c>
    /// — kept so that converting the document to a workbook and back loses none of them. A workbook keeps them on a sheet
    /// named <see cref="SheetName"/> (文档信息): a header row 成员 | 值, then one row per member in order, the value in the cell
    /// syntax of an additional column (text as it is, anything else as <c>json:</c> and its JSON), and the record array's
    /// row holding <c>json:[]</c> (the records are on the data sheet).
    /// </summary>
    public sealed class DocumentEnvelope
    {
        /// <summary>The name of the workbook sheet that holds the envelope: 文档信息.</summary>
        public const string SheetName = "文档信息";

        /// <summary>The most members an envelope may have (a document's envelope has a handful).</summary>
        public const int MaxMembers = 1000;

        /// <summary>Creates an envelope.</summary>
        /// <param name="recordsMember">The name of the member that holds the record array, e.g. <c>entries</c>.</param>
        /// <param name="recordsPosition">How many of <paramref name="members"/> come before the record array.</param>
        /// <param name="members">The other members, in order.</param>
        public DocumentEnvelope(string recordsMember, int recordsPosition, IReadOnlyList<KeyValuePair<string, JsonElement>> members)
        {
            RecordsMember = recordsMember ?? throw new ArgumentNullException(nameof(recordsMember));
            Members = (members ?? throw new ArgumentNullException(nameof(members))).Select(m => new KeyValuePair<string, JsonElement>(m.Key, m.Value.Clone())).ToArray();
            if (recordsPosition < 0 || recordsPosition > Members.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(recordsPosition));
            }

            RecordsPosition = recordsPosition;
        }

        /// <summary>The name of the member that holds the record array, e.g. <c>entries</c>.</summary>
        public string RecordsMember { get; }

        /// <summary>How many of <see cref="Members"/> come before the record array.</summary>
        public int RecordsPosition { get; }

        /// <summary>The members other than the record array, in the document's order.</summary>
        public IReadOnlyList<KeyValuePair<string, JsonElement>> Members { get; }

        /// <summary>Writes <c>{</c>, the members before the record array and the record array's name; the caller writes the array, then calls <see cref="WriteEnd"/>.</summary>
        /// <param name="writer">The writer.</param>
        public void WriteStart(Utf8JsonWriter writer)
        {
            if (writer is null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            writer.WriteStartObject();
            foreach (KeyValuePair<string, JsonElement> member in Members.Take(RecordsPosition))
            {
                writer.WritePropertyName(member.Key);
                member.Value.WriteTo(writer);
            }

            writer.WritePropertyName(RecordsMember);
        }

        /// <summary>Writes the members after the record array and <c>}</c>.</summary>
        /// <param name="writer">The writer.</param>
        public void WriteEnd(Utf8JsonWriter writer)
        {
            if (writer is null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            foreach (KeyValuePair<string, JsonElement> member in Members.Skip(RecordsPosition))
            {
                writer.WritePropertyName(member.Key);
                member.Value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }
    }
}
