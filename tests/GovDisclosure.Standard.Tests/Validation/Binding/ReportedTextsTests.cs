using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Binding;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// A code or channel written as text that does not fit is left out with the same reports record after record: the
    /// binder remembers what the first binding of the text reported and makes those reports again for the same text in a
    /// later record, each at that record's own pointer, line and column. Records of catalogue entries whose channels,
    /// audiences, modes, levels and categories are drawn from a few right and wrong texts (some escaped), in any number
    /// and order, with spaces and line breaks between them, bound one after another on one thread (as the validator binds
    /// a file), bind as each record binds alone (<see cref="BoundAlone"/>): the same findings — rule, location with its
    /// pointer, line and column, message, value, arguments, in order —, reported pointers and document.
    /// </summary>
    [Properties(Replay = "(3810429761123998211,8422910571229017721)")]
    public sealed class ReportedTextsTests
    {
        /// <summary>The list members of an entry and the texts drawn for their items: right ones, wrong ones, a wrong one escaped.</summary>
        private static readonly (string Member, string[] Texts)[] Lists =
        {
            ("channels", new[] { "governmentWebsite", "printMedia", "政府网站", "乡镇广播站", "其他", "村务公开栏外墙", "\\u4e61镇广播站", "\\\"引号渠道\\\"" }),
            ("audiences", new[] { "public", "公众", "不存在的对象", "Publik" }),
            ("modes", new[] { "proactive", "随时", "依申请", "\\u968f时" }),
            ("levels", new[] { "county", "township", "县级", "村级以下" }),
            ("categories", new[] { "1", "11", "\"第一项\"", "\"99\"", "\"十一\"" }),
        };

        /// <summary>For each of a few records, for each list member, the texts it gives (indexes into <see cref="Lists"/>), and the spacing seed.</summary>
        private static Gen<(int[][][] Records, int Seed)> Files =>
            from count in Gen.Choose(2, 8)
            from records in Gen.ArrayOf(
                Gen.ArrayOf(Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 7), n)), Lists.Length),
                count)
            from seed in Gen.Choose(int.MinValue, int.MaxValue)
            select (records, seed);

        [Property(MaxTest = 200)]
        public Property Records_giving_the_same_wrong_texts_each_bind_as_they_bind_alone() =>
            Prop.ForAll(Files.ToArbitrary(), file =>
            {
                var random = new Random(file.Seed);
                string[] texts = file.Records.Select(record => Entry(record, random)).ToArray();
                byte[] lines = Encoding.UTF8.GetBytes(string.Join("\n", texts.Select(t => t.Replace("\n", " "))) + "\n");
                byte[] array = Encoding.UTF8.GetBytes("[\n" + string.Join(",\n", texts) + "\n]");

                // Twice over: the second time every text was bound before.
                var records = new JsonLinesRecordReader(new MemoryStream(lines), new InputOptions { DisplayName = "f.jsonl" }).Read()
                    .Concat(new JsonRecordReader(new MemoryStream(array), new InputOptions { DisplayName = "f.json" }).Read())
                    .ToList();
                var differences = new List<string>();
                foreach (SourceRecord record in records.Concat(records))
                {
                    if (BoundAlone.Difference(DocumentKind.CatalogueEntry, record) is string difference)
                    {
                        differences.Add(difference);
                    }
                }

                return (differences.Count == 0).Label(string.Join("\n", differences.Take(3)))
                    .Classify(records.Any(r => r.IsStrictJson), "some records measured");
            });

        [Fact]
        public void The_same_unknown_channel_in_three_records_is_reported_at_each_records_own_place()
        {
            string[] entries =
            {
                Entry("\"乡镇广播站\""),
                Entry("\"governmentWebsite\",   \"乡镇广播站\""),
                Entry("\"printMedia\", \"政府网站\",\n \"乡镇广播站\""),
            };
            byte[] array = Encoding.UTF8.GetBytes("[\n" + string.Join(",\n", entries) + "\n]");
            var located = new List<SourceLocation>();
            foreach (SourceRecord record in new JsonRecordReader(new MemoryStream(array), new InputOptions { DisplayName = "f.json" }).Read())
            {
                Assert.Null(BoundAlone.Difference(DocumentKind.CatalogueEntry, record));
                BindingOutcome outcome = DocumentBinder.Bind(typeof(CatalogueEntry), record.Utf8.Span, record, BindingDescription.AllRules);
                located.Add(Assert.Single(outcome.Findings, f => f.RuleId == "GD-CAT-002").Location);
            }

            Assert.Equal(new[] { "/channels/0", "/channels/1", "/channels/2" }, located.Select(l => l.JsonPointer));
            Assert.Equal(new[] { 1, 2, 3 }, located.Select(l => (int)l.RecordNumber!));
            Assert.Equal(3, located.Select(l => (l.Line, l.Column)).Distinct().Count());
        }

        /// <summary>An entry whose list members give the texts chosen, with spaces and line breaks between items and members.</summary>
        private static string Entry(int[][] choices, Random random)
        {
            var entry = new StringBuilder("{\"sequenceNumber\":\"1\",\"firstLevelItem\":\"综合业务\",\"secondLevelItem\":\"政策法规文件\",");
            entry.Append("\"legalBasis\":[\"《中华人民共和国政府信息公开条例》\"],\"timeLimit\":\"制定或获取信息之日起10个工作日内\",\"responsibleBody\":\"青山县民政局\"");
            for (int m = 0; m < Lists.Length; m++)
            {
                (string member, string[] pool) = Lists[m];
                IEnumerable<string> items = choices[m].Select(i => pool[i % pool.Length]).Select(t => t.StartsWith('"') || char.IsDigit(t[0]) ? t : "\"" + t + "\"");
                entry.Append(',').Append(Space(random)).Append('"').Append(member).Append("\":").Append(Space(random))
                    .Append('[').Append(string.Join("," + Space(random), items)).Append(']');
            }

            return entry.Append('}').ToString();
        }

        /// <summary>An entry whose channels are <paramref name="channels"/> (the JSON of its items).</summary>
        private static string Entry(string channels) =>
            "{\"sequenceNumber\":\"1\",\"firstLevelItem\":\"综合业务\",\"secondLevelItem\":\"政策法规文件\",\"legalBasis\":[\"《中华人民共和国政府信息公开条例》\"],"
            + "\"timeLimit\":\"制定或获取信息之日起10个工作日内\",\"responsibleBody\":\"青山县民政局\",\"channels\":[" + channels + "],"
            + "\"audiences\":[\"public\"],\"modes\":[\"proactive\"],\"levels\":[\"county\"],\"categories\":[1]}";

        private static string Space(Random random) => random.Next(4) switch
        {
            0 => string.Empty,
            1 => " ",
            2 => "\n  ",
            _ => new string(' ', random.Next(1, 9)),
        };
    }
}
