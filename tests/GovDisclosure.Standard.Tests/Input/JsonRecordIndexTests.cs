using System;
using System.Collections.Generic;
using System.IO;
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
    /// A record's findings are located by an index made on the first of them (<see cref="JsonRecordIndex"/>) and the lines
    /// and columns counted on from one located offset to the next: every pointer, in any order, must get the offset one
    /// pass of <see cref="JsonMemberOffsets.Find"/> gives and the line and column counted from the record's start, as the
    /// readers located a finding before the index.
    /// </summary>
    public class JsonRecordIndexTests
    {
        /// <summary>Member names as written in JSON, with the name each stands for: plain, escaped, non-ASCII, repeated.</summary>
        private static readonly (string Written, string Name)[] Names =
        {
            ("\"a\"", "a"), ("\"b\"", "b"), ("\"a/b\"", "a/b"), ("\"a\\/b\"", "a/b"), ("\"~\"", "~"), ("\"x~1\"", "x~1"),
            ("\"名\"", "名"), ("\"\\u540D\"", "名"), ("\"\"", string.Empty), ("\"0\"", "0"), ("\"1\"", "1"), ("\"\\u0061\"", "a"),
            ("\"q\\\"t\"", "q\"t"), ("\"😀\"", "😀"), ("\"\\ud83d\\ude00\"", "😀"), ("\"é\"", "é"),
        };

        private static readonly string[] Segments =
        {
            "a", "b", "a~1b", "~0", "x~01", "名", "", "0", "1", "2", "~", "~2", "01", "q\"t", "😀", "é", "\ud83d", "3", "4294967296",
        };

        /// <summary>Blanks between tokens: spaces, tabs, line feeds and CRLF.</summary>
        private static readonly string[] Blanks = { "", " ", "\n", "\r\n", "\t", "  \r\n  " };

        /// <summary>Blanks that keep a JSON Lines record on its line.</summary>
        private static readonly string[] LineBlanks = { "", " ", "\t", "   " };

        private static readonly JsonReaderOptions JsonOptions = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

        private static readonly JsonReaderOptions LineOptions = new JsonReaderOptions { AllowTrailingCommas = true };

        private static Gen<string> Pointers => Gen.Elements(Segments).ArrayOf().Select(s => s.Length == 0 ? "/" : "/" + string.Join("/", s.Take(5)));

        [Property(MaxTest = 1000)]
        public Property The_index_gives_every_pointer_the_offset_one_pass_finds()
        {
            // Without comments the index is made by a scan for punctuation; with them, by a reader pass.
            Gen<string> documents = Gen.OneOf(Value(3, Blanks, false), Value(3, Blanks, true));
            return Prop.ForAll(documents.ToArbitrary(), Pointers.ArrayOf().ToArbitrary(), (document, extra) => IndexedAsOnePassFinds(document, extra));
        }

        [Property(MaxTest = 1000)]
        public Property A_first_lookup_scans_for_its_one_pointer_the_offset_one_pass_finds()
        {
            // A record's first finding is located by a scan for its one pointer, with no index (JsonPointerScan): it answers
            // every record without comments (an object or array) and gives up, never answers otherwise, at a comment.
            Gen<string> documents = Gen.OneOf(
                Value(3, Blanks, false),
                Value(3, Blanks, true),
                Value(2, Blanks, false, JsonRecordIndex.ListedMembers + 8),
                Value(3, Blanks, false).Select(v => v.Length > 2 && (v[0] == '{' || v[0] == '[') && v[v.Length - 2] != '{' && v[v.Length - 2] != '[' && v[v.Length - 2] != ',' ? v.Insert(v.Length - 1, ",") : v));
            return Prop.ForAll(documents.ToArbitrary(), Pointers.ArrayOf().ToArbitrary(), (document, extra) =>
            {
                byte[] json = Encoding.UTF8.GetBytes(document);
                bool container = document.Length > 0 && (document[0] == '{' || document[0] == '[');
                bool comments = document.Contains("/*", StringComparison.Ordinal);
                string[] wrong = Asked(json, JsonOptions, extra)
                    .Select(p => (Pointer: p, Answered: JsonPointerScan.TryFind(json, p, out int offset), Scanned: offset, Alone: JsonMemberOffsets.Find(json, JsonOptions, p)))
                    .Where(f => f.Answered ? f.Scanned != f.Alone : container && !comments && f.Pointer.StartsWith("/", StringComparison.Ordinal))
                    .Select(f => f.Answered ? $"{f.Pointer}: {f.Scanned} scanned against {f.Alone} alone" : $"{f.Pointer}: not answered")
                    .ToArray();
                return (wrong.Length == 0).Label(document + "\n" + string.Join("\n", wrong));
            });
        }

        [Property(MaxTest = 100)]
        public Property Each_pointer_asked_first_of_a_record_is_located_as_from_its_start()
        {
            // Each pointer asked first of freshly read records (the scan's), then the record's other pointers (the index's,
            // made on the second): the locations counted from the record's start, in a JSON array and in JSON Lines.
            Gen<string[]> records = Value(3, Blanks, false).Where(v => v.StartsWith("{", StringComparison.Ordinal)).ArrayOf().Where(r => r.Length > 0).Select(r => r.Take(3).ToArray());
            Gen<string[]> lines = Value(3, LineBlanks, false).Where(v => v.StartsWith("{", StringComparison.Ordinal)).ArrayOf().Where(r => r.Length > 0).Select(r => r.Take(3).ToArray());
            return Prop.ForAll(records.ToArbitrary(), lines.ToArbitrary(), Pointers.ArrayOf().ToArbitrary(), (items, lineItems, extra) =>
            {
                byte[] text = Encoding.UTF8.GetBytes("[\r\n  " + string.Join(",\r\n  ", items) + "\r\n]\r\n");
                byte[] lineText = Encoding.UTF8.GetBytes(string.Join("\n", lineItems) + "\n");
                Func<SourceRecord[]> read = () => new JsonRecordReader(new MemoryStream(text), new InputOptions { DisplayName = "r.json" }).Read().ToArray();
                Func<SourceRecord[]> readLines = () => new JsonLinesRecordReader(new MemoryStream(lineText), new InputOptions { DisplayName = "r.jsonl" }).Read().ToArray();
                return (FirstAsked(read, JsonOptions, extra, FromStart) && FirstAsked(readLines, LineOptions, extra, FromLineStart)).Label(Encoding.UTF8.GetString(text) + "\n" + Encoding.UTF8.GetString(lineText));
            });
        }

        /// <summary>Whether each record's pointers, each asked first of the records read again and then followed by the others, are located as <paramref name="oracle"/> counts.</summary>
        private static bool FirstAsked(Func<SourceRecord[]> read, JsonReaderOptions options, string[] extra, Func<SourceRecord, int, JsonReaderOptions, SourceLocation> oracle)
        {
            SourceRecord[] records = read();
            for (int r = 0; r < records.Length; r++)
            {
                string[] asked = Asked(records[r].Utf8.ToArray(), options, extra);
                foreach (string pointer in asked)
                {
                    SourceRecord record = read()[r];
                    byte[] json = record.Utf8.ToArray();
                    foreach (string next in asked.Where(p => p != pointer).Prepend(pointer).Take(4))
                    {
                        SourceLocation expected = oracle(record, JsonMemberOffsets.Find(json, options, next), options) with { JsonPointer = next, RecordNumber = record.Number };
                        if (record.Locate(next) != expected)
                        {
                            return false;
                        }
                    }
                }
            }

            return records.Length > 0;
        }

        [Property(MaxTest = 100)]
        public Property The_index_of_objects_and_arrays_past_their_listed_members_gives_the_offset_one_pass_finds()
        {
            // Wide containers: an object or array with more members than the index steps through one by one is looked up
            // in a table, repeated and escaped names included.
            Gen<string> documents = Gen.OneOf(Value(2, Blanks, false, JsonRecordIndex.ListedMembers + 8), Value(2, Blanks, true, JsonRecordIndex.ListedMembers + 8));
            return Prop.ForAll(documents.ToArbitrary(), Pointers.ArrayOf().ToArbitrary(), (document, extra) => IndexedAsOnePassFinds(document, extra));
        }

        [Property(MaxTest = 50)]
        public Property Records_larger_than_a_mark_locate_each_pointer_back_and_forth_as_from_their_start()
        {
            // Long strings put the members several marks apart: an offset before the furthest walk is counted from a mark.
            Gen<string> scalars = Gen.OneOf(Gen.Elements("1", "\"s\"", "null"), Gen.Elements(700, RecordWalkMarks.Stride + 3).Select(n => "\"" + new string('名', n) + "\""));
            Gen<string[]> records = Value(2, Blanks, false, 6, scalars)
                .Where(v => v.StartsWith("{", StringComparison.Ordinal)).ArrayOf().Where(r => r.Length > 0).Select(r => r.Take(2).ToArray());
            Gen<string[]> lines = Value(2, LineBlanks, false, 6, scalars)
                .Where(v => v.StartsWith("{", StringComparison.Ordinal)).ArrayOf().Where(r => r.Length > 0).Select(r => r.Take(2).ToArray());
            return Prop.ForAll(records.ToArbitrary(), lines.ToArbitrary(), Pointers.ArrayOf().ToArbitrary(), (items, lineItems, extra) =>
            {
                string text = "[\r\n  " + string.Join(",\r\n  ", items) + "\r\n]\r\n";
                string lineText = string.Join("\n", lineItems) + "\n";
                SourceRecord[] read = new JsonRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), new InputOptions { DisplayName = "r.json" }).Read().ToArray();
                SourceRecord[] jsonLines = new JsonLinesRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(lineText)), new InputOptions { DisplayName = "r.jsonl" }).Read().ToArray();
                return (Wrong(read, JsonOptions, extra, FromStart) && Wrong(jsonLines, LineOptions, extra, FromLineStart)).Label(text + "\n" + lineText);
            });
        }

        [Property(MaxTest = 500)]
        public Property Siblings_looked_up_one_after_another_in_any_order_get_the_offset_one_pass_finds()
        {
            // A lookup starts from where the last one was before its last step when the two differ only in their last
            // segment (an annual report's identity names the cells of one row): the record's pointers, their siblings
            // and parents, in any order and again, each as one pass finds it alone.
            Gen<string> documents = Gen.OneOf(Value(3, Blanks, false), Value(3, Blanks, true), Value(2, Blanks, false, JsonRecordIndex.ListedMembers + 8));
            return Prop.ForAll(documents.ToArbitrary(), Pointers.ArrayOf().ToArbitrary(), Gen.Choose(0, 10_000).ArrayOf().ToArbitrary(), (document, extra, picks) =>
            {
                byte[] json = Encoding.UTF8.GetBytes(document);
                string[] own = Asked(json, JsonOptions, extra);
                string[] siblings = own.Where(p => p.LastIndexOf('/') > 0)
                    .SelectMany(p => Segments.Select(s => p.Substring(0, p.LastIndexOf('/') + 1) + s).Append(p.Substring(0, p.LastIndexOf('/'))))
                    .ToArray();
                string[] pool = own.Concat(siblings).ToArray();
                string[] asked = pool.Length == 0 ? own : picks.Select(i => pool[i % pool.Length]).Concat(pool).ToArray();
                return LookedUpAsOnePassFinds(document, asked);
            });
        }

        [Property(MaxTest = 300)]
        public Property Names_and_strings_of_any_length_with_escapes_anywhere_get_the_offset_one_pass_finds()
        {
            // The scan crosses a string by a vectorized search for its quote or a backslash, a block of bytes at a time, and
            // a number byte by byte: names and string values shorter and longer than a block, with escapes (a quote, a
            // backslash, \u, \/) and multi-byte characters at any place, before, across and after a block's end; numbers of
            // many digits, signs and exponents.
            Gen<string> pieces = Gen.Elements("a", "b", "名", "\\\"", "\\\\", "\\u0061", "\\/", "😀", "~", "/", "é").ArrayOf().Select(p => string.Concat(p.Take(40)));
            Gen<string> numbers = Gen.Elements("0", "-1", "12345678901234567890", "-2.5e+3", "1E-7", "7.000", "true", "false", "null");
            Gen<string> scalars = Gen.OneOf(numbers, pieces.Select(p => "\"" + p + "\""));
            Gen<string> blank = Gen.Elements("", "", " ", "\n  ");
            Gen<(string Name, string Value)> inner = pieces.SelectMany(n => scalars.Select(v => (n, v)));
            Gen<string> innerObject = inner.ArrayOf().Select(m => "{" + string.Join(",", m.Take(6).Select(x => "\"" + x.Name + "\":" + x.Value)) + "}");
            Gen<(string Name, string Value)> outer = pieces.SelectMany(n => Gen.OneOf(scalars, innerObject, scalars.ArrayOf().Select(a => "[" + string.Join(",", a.Take(5)) + "]")).Select(v => (n, v)));
            Gen<string> documents = outer.ArrayOf().SelectMany(m => blank.Select(b => "{" + b + string.Join("," + b, m.Take(8).Select(x => "\"" + x.Name + "\":" + b + x.Value)) + b + "}"));
            return Prop.ForAll(documents.ToArbitrary(), document =>
            {
                // Every name of the record as a segment, alone and after each other name, and array items.
                string[] segments = NamesOf(document).Select(n => n.Replace("~", "~0").Replace("/", "~1")).Append("0").Append("3").Distinct().ToArray();
                string[] asked = segments.Select(s => "/" + s).Concat(segments.SelectMany(s => segments.Select(t => "/" + s + "/" + t))).ToArray();
                return LookedUpAsOnePassFinds(document, asked);
            });
        }

        /// <summary>Every member name of a JSON document, unescaped.</summary>
        private static IEnumerable<string> NamesOf(string document)
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(document));
            var names = new List<string>();
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    names.Add(reader.GetString()!);
                }
            }

            return names;
        }

        private static Property IndexedAsOnePassFinds(string document, string[] extra) =>
            LookedUpAsOnePassFinds(document, Asked(Encoding.UTF8.GetBytes(document), JsonOptions, extra));

        /// <summary>Each of <paramref name="asked"/> looked up, in turn, in one index of <paramref name="document"/>: the offset one pass finds alone.</summary>
        private static Property LookedUpAsOnePassFinds(string document, string[] asked)
        {
            byte[] json = Encoding.UTF8.GetBytes(document);
            JsonRecordIndex index = JsonRecordIndex.Of(new object(), json, JsonOptions);
            string[] wrong = asked.Select(p => (Pointer: p, Indexed: index.Find(json, p), Alone: JsonMemberOffsets.Find(json, JsonOptions, p)))
                .Where(f => f.Indexed != f.Alone)
                .Select(f => $"{f.Pointer}: {f.Indexed} indexed against {f.Alone} alone")
                .ToArray();
            return (wrong.Length == 0).Label(document + "\n" + string.Join("\n", wrong));
        }

        [Property(MaxTest = 200)]
        public Property Records_of_a_json_array_locate_each_pointer_in_any_order_as_from_their_start()
        {
            Gen<string[]> records = Value(3, Blanks, true).Where(v => v.StartsWith("{", StringComparison.Ordinal)).ArrayOf().Where(r => r.Length > 0).Select(r => r.Take(4).ToArray());
            return Prop.ForAll(records.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), Pointers.ArrayOf().ToArbitrary(), (items, bom, extra) =>
            {
                string text = "[\r\n  " + string.Join(",\r\n  ", items) + "\r\n]\r\n";
                byte[] file = (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(text)).ToArray();
                SourceRecord[] read = new JsonRecordReader(new MemoryStream(file), new InputOptions { DisplayName = "r.json" }).Read().ToArray();
                return Wrong(read, JsonOptions, extra, FromStart).Label(text);
            });
        }

        [Property(MaxTest = 200)]
        public Property Records_of_json_lines_locate_each_pointer_in_any_order_as_from_their_start()
        {
            Gen<string[]> records = Value(3, LineBlanks, false).Where(v => v.StartsWith("{", StringComparison.Ordinal)).ArrayOf().Where(r => r.Length > 0).Select(r => r.Take(4).ToArray());
            return Prop.ForAll(records.ToArbitrary(), Gen.Elements("\n", "\r\n").ToArbitrary(), Pointers.ArrayOf().ToArbitrary(), (items, newline, extra) =>
            {
                string text = string.Join(newline, items.Select((r, i) => new string(' ', i % 3) + r)) + newline;
                SourceRecord[] read = new JsonLinesRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), new InputOptions { DisplayName = "r.jsonl" }).Read().ToArray();
                return Wrong(read, LineOptions, extra, FromLineStart).Label(text);
            });
        }

        [Fact]
        public void A_repeated_member_is_found_inside_the_first_of_its_values_that_has_the_pointer()
        {
            byte[] json = Encoding.UTF8.GetBytes("{\"a\":{\"x\":1},\"b\":2,\"a\":{\"y\":[3,{\"z\":4}]}}");
            JsonRecordIndex index = JsonRecordIndex.Of(new object(), json, default);

            Assert.Equal(Encoding.UTF8.GetString(json).IndexOf("\"a\"", StringComparison.Ordinal), index.Find(json, "/a"));
            Assert.Equal(Encoding.UTF8.GetString(json).IndexOf("\"y\"", StringComparison.Ordinal), index.Find(json, "/a/y"));
            Assert.Equal(Encoding.UTF8.GetString(json).IndexOf("{\"z\"", StringComparison.Ordinal), index.Find(json, "/a/y/1/w"));
            Assert.Equal(-1, index.Find(json, "/c"));
        }

        [Theory]
        [InlineData(4)]
        [InlineData(JsonRecordIndex.ListedMembers + 4)]
        public void A_name_the_reader_cannot_unescape_is_named_by_no_pointer(int members)
        {
            // A lone surrogate's escape cannot be a string (its record is unreadable before any finding is located): the
            // index neither fails on it nor finds it, in a small object and in one past its listed members.
            string others = string.Join(",", Enumerable.Range(0, members).Select(i => $"\"m{i}\":{i}"));
            string text = "{\"\\ud83d\":{\"x\":1}," + others + ",\"m3\":{\"x\":3}}";
            byte[] json = Encoding.UTF8.GetBytes(text);
            JsonRecordIndex index = JsonRecordIndex.Of(new object(), json, default);

            Assert.Equal(-1, index.Find(json, "/\ud83d/x"));
            Assert.Equal(text.IndexOf("\"m3\"", StringComparison.Ordinal), index.Find(json, "/m3"));
            Assert.Equal(text.LastIndexOf("\"x\"", StringComparison.Ordinal), index.Find(json, "/m3/x"));
        }

        [Fact]
        public void A_record_of_many_megabytes_is_indexed_and_its_last_member_found()
        {
            // 300,000 members, each giving its name twice, in one 6 MB record: the last one's first name is found.
            var text = new StringBuilder("{\"materials\":[");
            for (int i = 0; i < 300_000; i++)
            {
                text.Append(i == 0 ? "" : ",").Append("{\"name\":\"a\",\"name\":\"b\"}");
            }

            byte[] json = Encoding.UTF8.GetBytes(text.Append("]}").ToString());
            JsonRecordIndex index = JsonRecordIndex.Of(new object(), json, default);

            Assert.Equal(json.Length - "{\"name\":\"a\",\"name\":\"b\"}]}".Length + 1, index.Find(json, "/materials/299999/name"));
            Assert.Equal(-1, index.Find(json, "/other"));
        }

        /// <summary>The pointers of every member and item, one past them, the extra ones, and a few that are no pointer.</summary>
        private static string[] Asked(byte[] json, JsonReaderOptions options, string[] extra)
        {
            List<KeyValuePair<string, int>> map = JsonMemberOffsets.Of(json, options);
            return map.Select(m => m.Key)
                .Concat(map.Select(m => m.Key + "/a"))
                .Concat(map.Select(m => m.Key + "/0/b"))
                .Concat(extra)
                .Append(string.Empty)
                .Append("a")
                .ToArray();
        }

        /// <summary>The locations of each record's pointers, asked one by one in a shuffled order and then together, that differ from the oracle's.</summary>
        private static bool Wrong(SourceRecord[] read, JsonReaderOptions options, string[] extra, Func<SourceRecord, int, JsonReaderOptions, SourceLocation> oracle)
        {
            foreach (SourceRecord record in read)
            {
                byte[] json = record.Utf8.ToArray();
                string[] asked = Asked(json, options, extra);
                var random = new System.Random(asked.Length);
                string[] shuffled = asked.OrderBy(_ => random.Next()).ToArray();
                foreach (string pointer in shuffled)
                {
                    SourceLocation expected = oracle(record, JsonMemberOffsets.Find(json, options, pointer), options) with { JsonPointer = pointer, RecordNumber = record.Number };
                    if (record.Locate(pointer) != expected)
                    {
                        return false;
                    }
                }

                SourceLocation[] together = record.Locate(shuffled);
                for (int i = 0; i < shuffled.Length; i++)
                {
                    if (together[i] != record.Locate(shuffled[i]))
                    {
                        return false;
                    }
                }
            }

            return read.Length > 0;
        }

        /// <summary>Where an offset of a JSON array's record is, counted from the record's start (the reader's way before the index).</summary>
        private static SourceLocation FromStart(SourceRecord record, int offset, JsonReaderOptions options)
        {
            if (offset < 0)
            {
                return record.Origin;
            }

            long line = record.Origin.Line ?? 1;
            long column = record.Origin.Column ?? 1;
            ReadOnlySpan<byte> bytes = record.Utf8.Span;
            for (int walk = 0; walk < offset; walk++)
            {
                if (bytes[walk] == (byte)'\n')
                {
                    line++;
                    column = 1;
                }
                else if ((bytes[walk] & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            return new SourceLocation { File = record.Origin.File, Line = line, Column = column };
        }

        /// <summary>Where an offset of a JSON Lines record is: the characters before it on its line.</summary>
        private static SourceLocation FromLineStart(SourceRecord record, int offset, JsonReaderOptions options) =>
            offset < 0 ? record.Origin : record.Origin with { Column = Encoding.UTF8.GetString(record.Utf8.Span.Slice(0, offset).ToArray()).EnumerateRunes().Count() + 1 };

        /// <summary>
        /// A JSON value <paramref name="depth"/> containers deep at most, with up to <paramref name="width"/> members or items
        /// a container (four items, five members when not given) and the scalars given or a few of every kind.
        /// </summary>
        private static Gen<string> Value(int depth, string[] blanks, bool comments, int width = 0, Gen<string>? scalars = null)
        {
            // A comment may stand before a value or a member, not between a member's name and its colon.
            Gen<string> blank = comments ? Gen.Elements(blanks.Append("/*c*/").ToArray()) : Gen.Elements(blanks);
            Gen<string> space = Gen.Elements(blanks);
            Gen<string> scalar = scalars ?? Gen.Elements("1", "\"s\"", "\"名\\n\"", "null", "true", "[]", "{}", "-2.5e3");
            if (depth == 0)
            {
                return scalar;
            }

            Gen<string> inner = Value(depth - 1, blanks, comments, width, scalars);
            Gen<string> item = inner.SelectMany(v => blank.Select(b => b + v));
            Gen<string> member = Gen.Elements(Names).SelectMany(name => blank.SelectMany(b => space.SelectMany(w => inner.Select(value => b + name.Written + w + ":" + b + value))));
            Gen<string[]> items = width == 0 ? item.ArrayOf().Select(i => i.Take(4).ToArray()) : Gen.Choose(0, width).SelectMany(n => item.ArrayOf(n));
            Gen<string[]> members = width == 0 ? member.ArrayOf().Select(m => m.Take(5).ToArray()) : Gen.Choose(0, width).SelectMany(n => member.ArrayOf(n));
            Gen<string> array = items.Select(i => "[" + string.Join(",", i) + "]");
            Gen<string> obj = members.Select(m => "{" + string.Join(",", m) + "}");
            return Gen.Frequency((1, scalar), (2, array), (4, obj));
        }
    }
}
