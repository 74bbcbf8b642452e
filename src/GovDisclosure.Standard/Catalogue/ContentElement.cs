using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>One content element (公开内容要素) of a catalogue entry, e.g. ●文件名称.</summary>
    public sealed record ContentElement
    {
        /// <summary>Creates a content element.</summary>
        /// <param name="name">The element's name, e.g. 文件名称.</param>
        /// <param name="requirement">Required, optional or unspecified; unspecified when <c>null</c>.</param>
        public ContentElement(string name, ElementRequirement? requirement = null)
        {
            Name = name;
            Requirement = requirement ?? ElementRequirement.Unspecified;
        }

        /// <summary>The element's name (要素名称).</summary>
        public string Name { get; }

        /// <summary>Whether the guideline requires it (● required, 〇 optional).</summary>
        public ElementRequirement Requirement { get; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
