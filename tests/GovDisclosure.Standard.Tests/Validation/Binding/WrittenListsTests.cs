using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Binding;
using GovDisclosure.Standard.Validation.Rules;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// A list of codes or texts given again from the JSON of one bound lately (<see cref="WrittenLists"/>) is the list
    /// binding it would give (records bound one after another, with and without the rules' findings kept, each bind as
    /// they bind alone: <see cref="BindingLawsTests"/>); a list bound with a finding is bound again, with its finding,
    /// whatever rules were kept the first time; and the table gives a list only for the very bytes it was kept for.
    /// </summary>
    public sealed class WrittenListsTests
    {
        private static readonly ISet<string> NoRules = new HashSet<string>();

        [Fact]
        public void A_list_written_alike_is_given_again_and_one_with_a_finding_is_bound_again_with_it()
        {
            string clean = Entry("[\"public\"]");
            string mistaken = Entry("[\"public\",\"不存在的代码\"]");
            var first = (CatalogueEntry)Bind(clean, BindingDescription.AllRules).Document!;
            var second = (CatalogueEntry)Bind(clean, BindingDescription.AllRules).Document!;
            Assert.Same(first.Audiences, second.Audiences);

            // Bound first with no rule kept (no finding), then with every rule: the finding is there the second time.
            Assert.Empty(Bind(mistaken, NoRules).Findings);
            BindingOutcome again = Bind(mistaken, BindingDescription.AllRules);
            Assert.Contains(again.Findings, f => f.RuleId == RuleDescriptors.UnknownCode.Id && f.Location.JsonPointer == "/audiences/1");
            Assert.Contains("/audiences/1", again.ReportedPointers);
        }

        [Property(MaxTest = 300)]
        public Property The_table_gives_a_list_only_for_the_bytes_it_was_kept_for()
        {
            Gen<string[]> lists = Gen.ArrayOf(Gen.Choose(0, 3).SelectMany(count => Gen.ArrayOf(Gen.Elements("a", "b", "公开", "a,b", "]", "county"), count))
                .Select(items => JsonSerializer.Serialize(items) + (items.Length % 2 == 0 ? ",\"x\":1}" : "]")));
            return Prop.ForAll(lists.ToArbitrary(), written =>
            {
                var table = new WrittenLists();
                var kept = new Dictionary<string, object>(StringComparer.Ordinal);
                foreach (string text in written)
                {
                    byte[] bytes = Encoding.UTF8.GetBytes(text);
                    byte[] list = bytes.AsSpan(0, Whole(bytes)).ToArray();
                    int key = WrittenLists.KeyOf(bytes);
                    object? found = table.Find(key, bytes, out int length);
                    if (found != null)
                    {
                        // As the binder uses it: a list found is not kept again.
                        if (!kept.TryGetValue(Encoding.UTF8.GetString(list), out object? same) || !ReferenceEquals(found, same))
                        {
                            return false.Label("found another list for " + text);
                        }

                        // The binder's reader goes on after the list by the length found.
                        if (length != list.Length)
                        {
                            return false.Label($"found {length} bytes of a list of {list.Length}: " + text);
                        }

                        continue;
                    }

                    object made = new object();
                    table.Keep(key, list, made);
                    kept[Encoding.UTF8.GetString(list)] = made;
                    if (!ReferenceEquals(table.Find(key, bytes, out _), made))
                    {
                        return false.Label("not found just after it was kept: " + text);
                    }
                }

                return true.ToProperty();
            });
        }

        /// <summary>The length of the JSON array at the start of <paramref name="bytes"/>.</summary>
        private static int Whole(byte[] bytes)
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true });
            reader.Read();
            reader.Skip();
            return (int)reader.BytesConsumed;
        }

        private static BindingOutcome Bind(string json, ISet<string> rules)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            var record = new SourceRecord(1, document.RootElement, new SourceLocation { File = "entries.json" });
            return DocumentBinder.Bind(typeof(CatalogueEntry), document.RootElement, record.Locate, rules);
        }

        private static string Entry(string audiences) =>
            "{\"sequenceNumber\":\"1\",\"code\":\"entry1\",\"domain\":\"socialAssistance\",\"firstLevelItem\":\"综合业务\",\"secondLevelItem\":\"政策法规文件\","
            + "\"contentElements\":[{\"name\":\"办理事项\",\"requirement\":\"required\"}],\"legalBasis\":[\"《社会救助暂行办法》\"],"
            + "\"timeLimit\":\"制定或获取信息之日起10个工作日内\",\"responsibleBody\":\"青山县民政局\",\"channels\":[\"governmentWebsite\"],"
            + "\"audiences\":" + audiences + ",\"modes\":[\"proactive\"],\"levels\":[\"county\"],\"categories\":[1]}";
    }
}
