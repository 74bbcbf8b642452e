using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Validation.Binding;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>The binder's memory of texts, keyed by UTF-8 bytes, finds what a dictionary keyed by the texts finds.</summary>
    public sealed class Utf8KeyedValuesTests
    {
        /// <summary>Short texts from a small alphabet (so that keys repeat and collide), Chinese and ASCII.</summary>
        private static readonly Gen<string> Texts =
            Gen.Choose(0, 12).SelectMany(length => Gen.ArrayOf(Gen.Elements('a', 'b', '1', '公', '开', '日', ' '), length)).Select(chars => new string(chars));

        [Property]
        public Property Finds_the_value_last_kept_for_a_text_as_a_dictionary_does()
        {
            Gen<(string Text, int Value)[]> additions = Gen.ListOf(Gen.Zip(Texts, Gen.Choose(0, 1000))).Select(list => list.ToArray());
            return Prop.ForAll(additions.ToArbitrary(), Texts.ToArbitrary(), (added, probe) =>
            {
                var table = new Utf8KeyedValues(64);
                var expected = new Dictionary<string, object>();
                foreach ((string text, int value) in added)
                {
                    object boxed = value;
                    table.Add(text, boxed);
                    expected[text] = boxed;
                }

                object? found = table.Find(Encoding.UTF8.GetBytes(probe));
                return expected.TryGetValue(probe, out object? want) ? ReferenceEquals(found, want) : found is null;
            });
        }

        [Fact]
        public void Keeps_no_more_than_its_limit_and_no_key_longer_than_its_length()
        {
            var table = new Utf8KeyedValues(4);
            table.Add("12345", "long");
            for (int i = 0; i < Utf8KeyedValues.Limit + 10; i++)
            {
                table.Add(i.ToString(), i);
            }

            Assert.Null(table.Find(Encoding.UTF8.GetBytes("12345")));
            Assert.Equal(Utf8KeyedValues.Limit, table.Count);
            Assert.True(table.Full);
            Assert.Null(table.Find(Encoding.UTF8.GetBytes((Utf8KeyedValues.Limit + 5).ToString())));
            Assert.Equal(7, table.Find(Encoding.UTF8.GetBytes("7")));
        }

        [Fact]
        public void A_text_with_a_lone_surrogate_is_not_kept()
        {
            var table = new Utf8KeyedValues(64);
            table.Add("\uD800", "lone");
            Assert.Equal(0, table.Count);
            Assert.Null(table.Find(Encoding.UTF8.GetBytes("\uFFFD")));
        }
    }
}
