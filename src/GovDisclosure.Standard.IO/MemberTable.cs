using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// The members of one large JSON object by name (成员名表), for <see cref="JsonRecordIndex"/>: an object with a finding in
    /// each of its many members is looked up by name, not member by member. Each name is unescaped once; a repeated name keeps
    /// all its members in document order; a name the reader cannot unescape (a lone surrogate's escape) is named by no
    /// pointer, as <see cref="JsonRecordIndex"/> compares names.
    /// </summary>
    internal sealed class MemberTable
    {
        private readonly Dictionary<string, List<int>> byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);

        /// <summary>Adds a member after the ones added before it.</summary>
        /// <param name="json">The record's bytes.</param>
        /// <param name="offset">Where the member's name starts (its opening quote).</param>
        /// <param name="nameLength">The length of the name as written, without its quotes.</param>
        /// <param name="escaped">Whether the name has escapes.</param>
        /// <param name="member">The member's node in the index.</param>
        public void Add(ReadOnlySpan<byte> json, int offset, int nameLength, bool escaped, int member)
        {
            string? name = escaped ? Unescaped(json.Slice(offset, nameLength + 2)) : DecodedText.Utf8(json.Slice(offset + 1, nameLength));
            if (name is null)
            {
                return;
            }

            if (!byName.TryGetValue(name, out List<int>? members))
            {
                members = new List<int>(1);
                byName.Add(name, members);
            }

            members.Add(member);
        }

        /// <summary>The members named <paramref name="segment"/>, in document order.</summary>
        public IReadOnlyList<int> Named(ReadOnlySpan<char> segment) =>
            byName.TryGetValue(segment.ToString(), out List<int>? members) ? members : (IReadOnlyList<int>)Array.Empty<int>();

        /// <summary>The name a quoted, escaped member name stands for; <c>null</c> when the reader cannot unescape it.</summary>
        private static string? Unescaped(ReadOnlySpan<byte> quoted)
        {
            var reader = new Utf8JsonReader(quoted);
            reader.Read();
            try
            {
                return reader.GetString();
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }
}
