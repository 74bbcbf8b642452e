using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Threading;

namespace GovDisclosure.Standard
{
    /// <summary>
    /// A record that a reader which is not JSON (a table row) keeps as its members, each made from what was read (a cell's
    /// text), with no JSON written: a binder takes the members one by one, a plain text member as its text, any other as
    /// the JSON of its value alone (<see cref="WriteValue"/>). The record's whole UTF-8 JSON (<see cref="Utf8"/>) is
    /// written only when something asks for it (a rule that reads the content, <c>convert</c>), once, and is the same
    /// bytes the reader would have written for the record. Immutable once made, so any thread may read it.
    /// </summary>
    internal abstract class RecordMembers
    {
        private byte[]? utf8;

        /// <summary>How many members the record has.</summary>
        public abstract int Count { get; }

        /// <summary>The record's UTF-8 JSON, written at first use: the bytes the reader writes for the record.</summary>
        public ReadOnlyMemory<byte> Utf8
        {
            get
            {
                byte[]? written = Volatile.Read(ref utf8);
                if (written is null)
                {
                    Interlocked.CompareExchange(ref utf8, Write(), null);
                    written = utf8!;
                }

                return written;
            }
        }

        /// <summary>
        /// What the records that name their members alike share (a table's header): records with the same names give a
        /// member of the same <see cref="NameIndex"/> the same <see cref="Name"/>, so that a binder looks a name up once.
        /// </summary>
        public abstract object Names { get; }

        /// <summary>The index of a member's name among those of <see cref="Names"/> (0 or more).</summary>
        /// <param name="member">The member's position in the record.</param>
        public abstract int NameIndex(int member);

        /// <summary>The options the record's JSON is written with, with which <see cref="WriteValue"/> is called.</summary>
        public abstract JsonWriterOptions ValueOptions { get; }

        /// <summary>The name of a member, in the record's order (0-based).</summary>
        /// <param name="member">The member's position in the record.</param>
        public abstract string Name(int member);

        /// <summary>
        /// The member's value when it is a text written as it stands (a JSON string with exactly these characters, neither
        /// blank nor holding a surrogate); <c>false</c> for any other value, which <see cref="WriteValue"/> gives.
        /// </summary>
        /// <param name="member">The member's position in the record.</param>
        /// <param name="text">The text.</param>
        public abstract bool TryText(int member, out ReadOnlySpan<char> text);

        /// <summary>
        /// The member's value alone, the bytes it has in <see cref="Utf8"/>, when they are kept at hand with nothing written:
        /// an array that never changes, which a later record may be given again for the same value (so that a binder may
        /// know it by its identity); <c>false</c> otherwise, for <see cref="WriteValue"/> to write them.
        /// </summary>
        /// <param name="member">The member's position in the record.</param>
        /// <param name="utf8">The value's bytes, never changed by anyone.</param>
        public abstract bool TryValue(int member, [NotNullWhen(true)] out byte[]? utf8);

        /// <summary>Writes the member's value alone, the bytes it has in <see cref="Utf8"/>.</summary>
        /// <param name="member">The member's position in the record.</param>
        /// <param name="writer">A writer with the options of the record's own.</param>
        public abstract void WriteValue(int member, Utf8JsonWriter writer);

        /// <summary>Writes the record's whole UTF-8 JSON.</summary>
        protected abstract byte[] Write();
    }
}
