using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using Xunit;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// A finding is located by looking its pointer up in the map of every member (<see cref="JsonMemberOffsets.Of"/>:
    /// the pointer, else its longest prefix that is there, the first offset of a repeated member), or by one pass that
    /// finds only that pointer (<see cref="JsonMemberOffsets.Find"/>). The two must agree: the map is the oracle.
    /// </summary>
    public class JsonMemberOffsetsTests
    {
        private static readonly string[] Names = { "a", "b", "a/b", "~", "x~1", "名", "", "0", "1" };

        private static readonly string[] Segments = { "a", "b", "a~1b", "~0", "x~01", "名", "", "0", "1", "2", "~", "~2", "01" };

        /// <summary>The reader options records are read with (comments skipped).</summary>
        private static readonly JsonReaderOptions Options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip };

        /// <summary>Pointers of up to five segments, among them ones with escapes, bad escapes and indexes.</summary>
        private static Gen<string> Pointers => Gen.Elements(Segments).ArrayOf().Select(s => s.Length == 0 ? "/" : "/" + string.Join("/", s.Take(5)));

        [Property(MaxTest = 400)]
        public Property Finding_one_pointer_gives_the_offset_the_map_of_every_member_gives()
        {
            Gen<string> documents = Value(3);
            return Prop.ForAll(documents.ToArbitrary(), Pointers.ArrayOf().ToArbitrary(), (document, extra) =>
            {
                byte[] json = Encoding.UTF8.GetBytes(document);
                List<KeyValuePair<string, int>> map = JsonMemberOffsets.Of(json, Options);
                IEnumerable<string> asked = map.Select(m => m.Key)
                    .Concat(map.Select(m => m.Key + "/a"))
                    .Concat(map.Select(m => m.Key + "/0/b"))
                    .Concat(extra)
                    .Append(string.Empty)
                    .Append("a");
                string[] wrong = asked.Where(p => JsonMemberOffsets.Find(json, Options, p) != FromMap(map, p))
                    .Select(p => $"{p}: {JsonMemberOffsets.Find(json, Options, p)} against {FromMap(map, p)}")
                    .ToArray();
                return (wrong.Length == 0).Label(document + "\n" + string.Join("\n", wrong));
            });
        }

        [Fact]
        public void A_pointer_past_the_last_member_it_reaches_is_found_at_that_member()
        {
            byte[] json = Encoding.UTF8.GetBytes("{\"x\":1,\"a\":{\"b\":[10,{\"c\":2}]}}");

            int offset = JsonMemberOffsets.Find(json, default, "/a/b/1/zz");

            Assert.Equal(json.AsSpan().IndexOf(Encoding.UTF8.GetBytes("{\"c\"")), offset);
        }

        /// <summary>What <see cref="SourceRecord.Locate(string)"/> looks up in the map: the pointer, else its longest prefix there.</summary>
        private static int FromMap(List<KeyValuePair<string, int>> map, string pointer)
        {
            var offsets = map.ToDictionary(m => m.Key, m => m.Value);
            string probe = pointer;
            while (true)
            {
                if (offsets.TryGetValue(probe, out int offset))
                {
                    return offset;
                }

                int slash = probe.LastIndexOf('/');
                if (slash <= 0)
                {
                    return -1;
                }

                probe = probe.Substring(0, slash);
            }
        }

        private static Gen<string> Value(int depth)
        {
            Gen<string> scalar = Gen.Elements("1", "\"s\"", "null", "true", "[]", "{}");
            if (depth == 0)
            {
                return scalar;
            }

            Gen<string> array = Value(depth - 1).ArrayOf().Select(items => "[" + string.Join(",", items.Take(4)) + "]");
            Gen<string> member = Gen.Elements(Names).SelectMany(name => Value(depth - 1).Select(value => JsonSerializer.Serialize(name) + ": /*c*/ " + value));
            Gen<string> obj = member.ArrayOf().Select(members => "{" + string.Join(",", members.Take(4)) + "}");
            return Gen.Frequency((1, scalar), (2, array), (3, obj));
        }
    }
}
