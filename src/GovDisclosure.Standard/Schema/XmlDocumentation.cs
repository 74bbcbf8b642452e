using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GovDisclosure.Standard.Schema
{
    /// <summary>
    /// The summaries of the library's XML documentation file, which the JSON Schemas use as
    /// descriptions so that the schemas speak the domain's language (Chinese terms included).
    /// </summary>
    internal sealed class XmlDocumentation
    {
        private static readonly Regex Whitespace = new Regex("\\s+");
        private static readonly Regex CrefTag = new Regex("<see(also)? cref=\"[A-Z]:(?<name>[^\"]+)\"\\s*/>");
        private static readonly Regex Tag = new Regex("<[^>]+>");

        private readonly IReadOnlyDictionary<string, string> summaries;

        private XmlDocumentation(IReadOnlyDictionary<string, string> summaries)
        {
            this.summaries = summaries;
        }

        public bool IsEmpty => summaries.Count == 0;

        public static XmlDocumentation For(Assembly assembly)
        {
            // An assembly compiled into a native program has no file of its own: its documentation is beside the program.
            string location = assembly.Location;
            string path = string.IsNullOrEmpty(location)
                ? Path.Combine(AppContext.BaseDirectory, assembly.GetName().Name + ".xml")
                : Path.ChangeExtension(location, ".xml");
            if (path.Length == 0 || !File.Exists(path))
            {
                return new XmlDocumentation(new Dictionary<string, string>());
            }

            XDocument document = XDocument.Load(path);
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (XElement member in document.Descendants("member"))
            {
                string? name = (string?)member.Attribute("name");
                XElement? summary = member.Element("summary");
                if (name != null && summary != null)
                {
                    map[name] = Clean(string.Concat(summary.Nodes().Select(n => n.ToString())));
                }
            }

            return new XmlDocumentation(map);
        }

        public string? OfType(Type type) => Lookup("T:" + type.FullName);

        public string? OfProperty(PropertyInfo property) => Lookup("P:" + property.DeclaringType!.FullName + "." + property.Name);

        private string? Lookup(string key) => summaries.TryGetValue(key, out string? text) ? text : null;

        private static string Clean(string xml)
        {
            string text = CrefTag.Replace(xml, m => m.Groups["name"].Value.Split('.').Last().Split('`')[0]);
            text = Tag.Replace(text, string.Empty);
            text = System.Net.WebUtility.HtmlDecode(text);
            return Whitespace.Replace(text, " ").Trim();
        }
    }
}
