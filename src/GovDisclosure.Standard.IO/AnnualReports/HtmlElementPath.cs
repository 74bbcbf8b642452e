using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AngleSharp.Dom;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>The path of an element from the document's root, e.g. <c>html/body/div[2]/table/tbody/tr[6]/td[3]</c> (an index where the parent has several children of that name).</summary>
    internal static class HtmlElementPath
    {
        public static string Of(IElement element)
        {
            var steps = new List<string>();
            for (IElement? current = element; current != null; current = current.ParentElement)
            {
                IElement? parent = current.ParentElement;
                string name = current.LocalName;
                if (parent is null)
                {
                    steps.Add(name);
                    break;
                }

                IElement[] same = parent.Children.Where(c => c.LocalName == name).ToArray();
                steps.Add(same.Length > 1 ? name + "[" + (System.Array.IndexOf(same, current) + 1).ToString(CultureInfo.InvariantCulture) + "]" : name);
            }

            steps.Reverse();
            return string.Join("/", steps);
        }
    }
}
