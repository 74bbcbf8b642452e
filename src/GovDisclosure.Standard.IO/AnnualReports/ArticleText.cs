using System.Collections.Generic;
using System.Linq;
using System.Text;
using AngleSharp.Dom;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// The paragraphs of a page's article, in order: each block (<c>p</c>, <c>div</c>, heading, list item, or a run
    /// of text broken by <c>br</c>) is one paragraph; the report's tables, scripts and styles are left out; empty paragraphs
    /// (<c>&amp;nbsp;</c>, <c>&lt;o:p&gt;</c>) are dropped.
    /// </summary>
    internal static class ArticleText
    {
        private static readonly HashSet<string> Blocks = new HashSet<string>
        {
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article", "blockquote", "center", "ul", "ol", "dl", "dt", "dd", "tr", "header", "footer", "nav", "table", "tbody", "thead", "tfoot", "td", "th", "caption",
        };

        private static readonly HashSet<string> Skipped = new HashSet<string> { "script", "style", "noscript", "head", "select", "button", "iframe", "svg", "template" };

        /// <summary>The paragraphs under <paramref name="root"/>, each with the element it came from, leaving out the report's own tables (a layout table is read through).</summary>
        public static IReadOnlyList<(string Text, IElement Element)> Paragraphs(IElement root, ISet<IElement> reportTables)
        {
            var paragraphs = new List<(string, IElement)>();
            var buffer = new StringBuilder();
            IElement owner = root;
            void Flush()
            {
                string text = PublishedText.Tidy(buffer.ToString());
                if (text.Length > 0)
                {
                    paragraphs.Add((text, owner));
                }

                buffer.Clear();
            }

            void Walk(IElement element)
            {
                foreach (INode child in element.ChildNodes)
                {
                    if (child is IElement e)
                    {
                        string name = e.LocalName;
                        if (Skipped.Contains(name) || reportTables.Contains(e))
                        {
                            Flush();
                            continue;
                        }

                        if (name == "br")
                        {
                            Flush();
                            continue;
                        }

                        bool block = Blocks.Contains(name);
                        if (block)
                        {
                            Flush();
                            owner = e;
                        }

                        Walk(e);
                        if (block)
                        {
                            Flush();
                            owner = element;
                        }
                    }
                    else if (child.NodeType == NodeType.Text)
                    {
                        if (buffer.Length == 0)
                        {
                            owner = element;
                        }

                        buffer.Append(child.TextContent);
                    }
                }
            }

            Walk(root);
            Flush();
            return paragraphs;
        }

        /// <summary>The lowest element holding both.</summary>
        public static IElement CommonAncestor(IElement a, IElement b)
        {
            var ancestors = new HashSet<IElement>();
            for (IElement? e = a; e != null; e = e.ParentElement)
            {
                ancestors.Add(e);
            }

            for (IElement? e = b; e != null; e = e.ParentElement)
            {
                if (ancestors.Contains(e))
                {
                    return e;
                }
            }

            return a.Owner!.DocumentElement;
        }

        /// <summary>Whether <paramref name="element"/> is <paramref name="ancestor"/> or inside it.</summary>
        public static bool Within(IElement element, IElement ancestor)
        {
            for (IElement? e = element; e != null; e = e.ParentElement)
            {
                if (ReferenceEquals(e, ancestor))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
