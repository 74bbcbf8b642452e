using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Binding;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// A list of codes or texts the binder shares with a record before it (<see cref="RecentLists{T}"/>) is the list it
    /// would have made anew: the same items, the very objects bound, in the same order; and records bound one after
    /// another, sharing lists, each bind as they bind alone (<see cref="BoundAlone"/>), none changed by the records after it.
    /// </summary>
    public sealed class RecentListsTests
    {
        /// <summary>A few texts, each also as a second string of the same text (equal, not the same object).</summary>
        private static readonly string[] Pool = { "公开", "申请", "county", "public", new string("公开".ToCharArray()), new string("public".ToCharArray()) };

        [Property(MaxTest = 300)]
        public Property A_list_made_with_sharing_is_the_list_made_without_it_item_for_item()
        {
            Gen<int[][]> lists = Gen.ArrayOf(Gen.Choose(0, 4).SelectMany(count => Gen.ArrayOf(Gen.Choose(-1, Pool.Length - 1), count)));
            return Prop.ForAll(lists.ToArbitrary(), choices =>
            {
                var sharing = ListArray.For(typeof(IReadOnlyList<string>), typeof(string), sharesItems: true);
                var plain = ListArray.For(typeof(IReadOnlyList<string>), typeof(string), sharesItems: false);
                object? recent = null;
                object? none = null;
                var made = new List<object>();
                foreach (int[] list in choices)
                {
                    BoundSlot[] slots = list.Select(i => new BoundSlot { Value = i < 0 ? null : Pool[i], Given = true }).Prepend(default).ToArray();
                    byte[] written = Written(list.Select(i => i < 0 ? null : Pool[i]));
                    var shared = (IReadOnlyList<string>)sharing.Make(slots, 1, list.Length, written, ref recent);
                    var fresh = (IReadOnlyList<string>)plain.Make(slots, 1, list.Length, written, ref none);
                    made.Add(shared);
                    if (shared.Count != list.Length || !shared.SequenceEqual(fresh) || !shared.Equals(fresh)
                        || Enumerable.Range(0, list.Length).Any(i => !ReferenceEquals(shared[i], slots[1 + i].Value)))
                    {
                        return false;
                    }
                }

                // No list given out was changed by the lists made after it.
                return made.Zip(choices, (list, chosen) => ((IReadOnlyList<string>)list).Select((item, i) => ReferenceEquals(item, chosen[i] < 0 ? null : Pool[chosen[i]])).All(same => same)).All(same => same)
                    && none is null;
            });
        }

        [Fact]
        public void A_list_of_the_same_items_is_shared_and_one_of_equal_but_other_strings_is_not()
        {
            var sharing = ListArray.For(typeof(IReadOnlyList<string>), typeof(string), sharesItems: true);
            object? recent = null;
            BoundSlot[] first = { new BoundSlot { Value = Pool[0] }, new BoundSlot { Value = Pool[3] } };
            BoundSlot[] again = { new BoundSlot { Value = Pool[0] }, new BoundSlot { Value = Pool[3] } };
            BoundSlot[] equalText = { new BoundSlot { Value = Pool[4] }, new BoundSlot { Value = Pool[3] } };
            // Written alike all three times, so that each is looked up in the same slot.
            byte[] written = Written(new[] { Pool[0], Pool[3] });
            object one = sharing.Make(first, 0, 2, written, ref recent);
            Assert.Same(one, sharing.Make(again, 0, 2, written, ref recent));
            object other = sharing.Make(equalText, 0, 2, written, ref recent);
            Assert.NotSame(one, other);
            Assert.Same(Pool[4], ((IReadOnlyList<string>)other)[0]);
            Assert.Equal(one, other);
        }

        /// <summary>A list's JSON, as a record would write it.</summary>
        private static byte[] Written(IEnumerable<string?> texts) => JsonSerializer.SerializeToUtf8Bytes(texts.ToArray());

        [Property(MaxTest = 100)]
        public Property Records_bound_one_after_another_each_bind_as_they_bind_alone_and_none_is_changed_by_the_records_after_it()
        {
            // Few bases and few mistakes, so that records repeat their lists (and share them).
            Gen<(int Base, int[] Choices)[]> sequences = Gen.Choose(2, 8).SelectMany(count => Gen.ArrayOf(
                from baseIndex in Gen.Choose(0, MistakenRecords.BaseCount - 1)
                from mistakes in Gen.Choose(0, 2)
                from choices in Gen.ArrayOf(Gen.Choose(0, 100_000), 2 * mistakes)
                select (baseIndex, choices),
                count));
            return Prop.ForAll(sequences.ToArbitrary(), sequence =>
            {
                var bound = new List<(string Json, object? Document, string WhenBound)>();
                foreach ((int baseIndex, int[] choices) in sequence)
                {
                    (DocumentKind kind, string json) = MistakenRecords.Make(baseIndex, choices);
                    using JsonDocument document = JsonDocument.Parse(json);
                    var record = new SourceRecord(bound.Count + 1, document.RootElement, new SourceLocation { File = "records.json" });
                    if (BoundAlone.Difference(kind, record) is string difference)
                    {
                        return false.Label(json + "\n" + difference);
                    }

                    Type type = GovDisclosure.Standard.Shapes.DocumentShapes.For(kind).Type;
                    object? mine = DocumentBinder.Bind(type, document.RootElement, record.Locate, NoRules).Document;
                    bound.Add((json, mine, BindingDescription.Canonical(mine)));
                }

                // Every document, after the records bound after it, still reads as it did when it was bound.
                foreach ((string json, object? mine, string then) in bound)
                {
                    string now = BindingDescription.Canonical(mine);
                    if (now != then)
                    {
                        return false.Label(json + "\nafter the records after it:\n" + now + "\nwhen bound:\n" + then);
                    }
                }

                return true.ToProperty();
            });
        }

        private static readonly ISet<string> NoRules = new HashSet<string>();
    }
}
