using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// The text of published markup as a reader sees it: <c>&amp;nbsp;</c>, <c>&lt;o:p&gt;</c> and line breaks
    /// are white space; a label split across spans or lines joins again; a line break between two Chinese
    /// characters (where the page's source or a PDF wraps a line) is not part of the text, while a space typed
    /// between them on one line is, as the page shows it.
    /// </summary>
    internal static class PublishedText
    {
        private static readonly Regex Spaces = new Regex(@"[\s\u00A0\u3000\u200B\uFEFF]+", RegexOptions.CultureInvariant);
        private static readonly Regex SpaceBetweenWide = new Regex(@"(?<=[^\x00-\x7F])\n(?=[^\x00-\x7F])|(?<=[^\x00-\x7F])[ \n](?=[\x00-\x7F])(?=[,.;:!?)\]])|(?<=[(\[])[ \n]", RegexOptions.CultureInvariant);

        /// <summary>The visible text of an element, without nested tables, scripts and styles, with white space tidied.</summary>
        public static string Of(INode node)
        {
            var builder = new StringBuilder();
            Append(node, builder);
            return Tidy(builder.ToString());
        }

        /// <summary>
        /// Collapses white space to one space, drops it at both ends, and drops a line break between two Chinese
        /// characters (a run of white space holding <c>\r</c> or <c>\n</c> is a line break).
        /// </summary>
        public static string Tidy(string text)
        {
            string collapsed = Spaces.Replace(text, run => run.Value.IndexOfAny(LineBreaks) >= 0 ? "\n" : " ").Trim();
            return SpaceBetweenWide.Replace(collapsed, string.Empty).Replace('\n', ' ');
        }

        private static readonly char[] LineBreaks = { '\r', '\n' };

        /// <summary>The folded form used to compare labels: full-width folded to half-width, no white space at all.</summary>
        public static string Fold(string text) => ChineseText.Fold(text);

        private static void Append(INode node, StringBuilder builder)
        {
            foreach (INode child in node.ChildNodes)
            {
                if (child is IElement element)
                {
                    string name = element.LocalName;
                    if (name == "table" || name == "script" || name == "style" || name == "noscript")
                    {
                        continue;
                    }

                    if (name == "br")
                    {
                        builder.Append('\n');
                        continue;
                    }

                    Append(element, builder);
                    if (name == "p" || name == "div")
                    {
                        builder.Append('\n');
                    }
                }
                else if (child.NodeType == NodeType.Text)
                {
                    builder.Append(child.TextContent);
                }
            }
        }

        /// <summary>Whether the folded text holds any of <paramref name="words"/>.</summary>
        public static bool HasAny(string folded, params string[] words) => words.Any(w => folded.Contains(w));
    }
}
