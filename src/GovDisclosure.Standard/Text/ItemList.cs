using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GovDisclosure.Standard.Text
{
    /// <summary>
    /// A list of items written as one text, as spreadsheet cells and forms write them: items separated by 、，,;；/ or
    /// line breaks (公开内容、公开时限), or one item a line or a ；/; (身份证原件；户口簿). A separator inside 《》, brackets
    /// or quotation marks does not split (《中华人民共和国政府信息公开条例》（第二十条、第二十一条）).
    /// </summary>
    internal static class ItemList
    {
        /// <summary>What separates the items of a list within a line: 、，,;；/.</summary>
        public const string InlineSeparators = "、，,;；/";

        /// <summary>What separates the items of a list: <see cref="InlineSeparators"/> or a line break.</summary>
        public const string Separators = InlineSeparators + "\n\r";

        /// <summary>What separates items that are written one a line (materials, fees): a line break, ；or ;.</summary>
        public const string LineSeparators = "\n\r；;";

        private const string Openers = "《（(【[「“";
        private const string Closers = "》）)】]」”";

        /// <summary>The items of <paramref name="text"/>, trimmed, empty ones left out.</summary>
        /// <param name="text">The list as written.</param>
        /// <param name="separators">The characters that separate items outside brackets (<see cref="Separators"/> or <see cref="LineSeparators"/>).</param>
        public static IReadOnlyList<string> Split(string text, string separators) => Split(text, separators, string.Empty, System.Array.Empty<string>());

        /// <summary>
        /// The items of <paramref name="text"/>, trimmed, empty ones left out: split on separators outside brackets and
        /// before a mark that follows text (● 公开内容 ● 公开时限), keeping protected phrases whole.
        /// </summary>
        /// <param name="text">The list as written.</param>
        /// <param name="separators">The characters that separate items outside brackets.</param>
        /// <param name="marks">Characters that begin an item (●, ■); empty for none.</param>
        /// <param name="protectedPhrases">Phrases that hold a separator but are one item (a name with 、 in it).</param>
        public static IReadOnlyList<string> Split(string text, string separators, string marks, IReadOnlyList<string> protectedPhrases)
        {
            var items = new List<string>();
            var current = new StringBuilder();
            int depth = 0;
            int i = 0;
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
                        Flush(items, current);
                        i++;
                        continue;
                    }

                    if (marks.IndexOf(c) >= 0 && current.ToString().Trim().Length > 0)
                    {
                        Flush(items, current);
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

            Flush(items, current);
            return items;
        }

        private static void Flush(List<string> items, StringBuilder current)
        {
            string item = current.ToString().Trim();
            if (item.Length > 0)
            {
                items.Add(item);
            }

            current.Clear();
        }
    }
}
