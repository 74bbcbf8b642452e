using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// Where a JSON record starts (line, and column counted in characters) is worked out over whole runs of bytes at a
    /// time; these check it against a count of one character at a time, for any mix of line ends, Chinese text and buffer sizes.
    /// </summary>
    public class JsonRecordPositionTests
    {
        private static readonly string[] Texts = { "综合业务", "a", "政策\\n法规", "𠀀𠀁", "é", "Ｘ１", "" };

        private static readonly string[] Gaps = { "", " ", "\n", "\r\n", "  \n    ", "\t", "\n\n " };

        [Property(MaxTest = 300)]
        public Property Every_record_starts_where_a_character_count_of_the_text_before_it_says()
        {
            Gen<(int Text, int Gap)[]> parts = Gen.ArrayOf(Gen.Zip(Gen.Choose(0, Texts.Length - 1), Gen.Choose(0, Gaps.Length - 1)));
            return Prop.ForAll(parts.ToArbitrary(), Gen.Choose(16, 300).ToArbitrary(), (chosen, bufferSize) =>
            {
                var json = new StringBuilder("[");
                var starts = new System.Collections.Generic.List<(long Line, long Column)>();
                for (int i = 0; i < chosen.Length; i++)
                {
                    json.Append(Gaps[chosen[i].Gap]);
                    starts.Add(PositionAt(json.ToString()));
                    json.Append("{\"firstLevelItem\": \"").Append(Texts[chosen[i].Text]).Append("\"}").Append(i + 1 < chosen.Length ? "," : "");
                }

                json.Append(']');
                SourceRecord[] records = new JsonRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(json.ToString())), null, bufferSize).Read().ToArray();
                return records.Select(r => (r.Origin.Line ?? 0, r.Origin.Column ?? 0)).SequenceEqual(starts)
                    .Label(json + " read as " + string.Join(", ", records.Select(r => r.Origin.Line + ":" + r.Origin.Column)));
            });
        }

        /// <summary>The line and column (in Unicode scalar values, as the reader counts them) just after <paramref name="text"/>.</summary>
        private static (long Line, long Column) PositionAt(string text)
        {
            long line = 1;
            long column = 1;
            foreach (Rune rune in text.EnumerateRunes())
            {
                if (rune.Value == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }

            return (line, column);
        }
    }
}
