using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Text;
using Xunit;

namespace GovDisclosure.Standard.Tests.Text
{
    /// <summary>
    /// <see cref="ItemList.Split(string, string, string, IReadOnlyList{string})"/> cuts each item from the text where it ends;
    /// these check that it gives the items the former split gave (a builder filled a character at a time, kept here as the oracle).
    /// </summary>
    public class ItemListTests
    {
        /// <summary>Separators, marks, brackets, white space, a protected phrase's pieces and plain text.</summary>
        private static readonly string[] Pieces =
        {
            "、", "，", ",", ";", "；", "/", "\n", "\r", " ", "\u3000", "●", "〇", "○", "■", "□", "《", "》", "（", "）", "(", ")", "【", "】", "“", "”",
            "公开内容", "办理条件", "政府网站", "政务新媒体", "A", "1", "短、信", "短、信平台",
        };

        private static readonly string[] Phrases = { "短、信平台", "短、信" };

        [Property(MaxTest = 500)]
        public Property A_list_splits_into_the_items_the_former_split_gave()
        {
            Gen<string> texts = Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p));
            Gen<(string Separators, string Marks, string[] Phrases)> ways = Gen.Elements(
                (ItemList.Separators, string.Empty, System.Array.Empty<string>()),
                (ItemList.LineSeparators, string.Empty, System.Array.Empty<string>()),
                (ItemList.Separators, "●〇○", System.Array.Empty<string>()),
                (ItemList.Separators, "■□☑☐√", Phrases));
            return Prop.ForAll(texts.ToArbitrary(), ways.ToArbitrary(), (text, way) =>
                ItemList.Split(text, way.Separators, way.Marks, way.Phrases).SequenceEqual(FormerSplit(text, way.Separators, way.Marks, way.Phrases)));
        }

        /// <summary>
        /// The stops of a way of cutting are found by reference first: a way given as fresh copies of its strings and list
        /// (new references, found by value or worked out again) splits a text into the items the former split gave, as the constants do.
        /// </summary>
        [Property(MaxTest = 300)]
        public Property A_way_of_cutting_given_as_copies_splits_into_the_items_the_former_split_gave()
        {
            Gen<string> texts = Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p));
            Gen<(string Separators, string Marks, string[] Phrases)> ways = Gen.Elements(
                (ItemList.Separators, string.Empty, System.Array.Empty<string>()),
                (ItemList.LineSeparators, "●〇○", System.Array.Empty<string>()),
                (ItemList.Separators, "■□☑☐√", Phrases));
            return Prop.ForAll(texts.ToArbitrary(), ways.ToArbitrary(), (text, way) =>
                ItemList.Split(text, new string(way.Separators.ToCharArray()), new string(way.Marks.ToCharArray()), way.Phrases.ToArray())
                    .SequenceEqual(FormerSplit(text, way.Separators, way.Marks, way.Phrases)));
        }

        [Fact]
        public void A_separator_inside_brackets_or_a_protected_phrase_does_not_split()
        {
            Assert.Equal(
                new[] { "《条例》（第二十条、第二十一条）", "短、信平台", "●公开内容", "●公开时限" },
                ItemList.Split("《条例》（第二十条、第二十一条）、短、信平台、 ●公开内容●公开时限", ItemList.Separators, "●", Phrases));
        }

        private static List<string> FormerSplit(string text, string separators, string marks, IReadOnlyList<string> protectedPhrases)
        {
            const string Openers = "《（(【[「“";
            const string Closers = "》）)】]」”";
            var items = new List<string>();
            var current = new StringBuilder();
            int depth = 0;
            int i = 0;
            void Flush()
            {
                string item = current.ToString().Trim();
                if (item.Length > 0)
                {
                    items.Add(item);
                }

                current.Clear();
            }

            while (i < text.Length)
            {
                char c = text[i];
                if (depth == 0)
                {
                    string? phrase = protectedPhrases.FirstOrDefault(p => string.CompareOrdinal(text, i, p, 0, p.Length) == 0);
                    if (phrase != null)
                    {
                        current.Append(phrase);
                        i += phrase.Length;
                        continue;
                    }

                    if (separators.IndexOf(c) >= 0)
                    {
                        Flush();
                        i++;
                        continue;
                    }

                    if (marks.IndexOf(c) >= 0 && current.ToString().Trim().Length > 0)
                    {
                        Flush();
                    }
                }

                if (Openers.IndexOf(c) >= 0)
                {
                    depth++;
                }
                else if (Closers.IndexOf(c) >= 0 && depth > 0)
                {
                    depth--;
                }

                current.Append(c);
                i++;
            }

            Flush();
            return items;
        }
    }
}
