using System.Text;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// How to read an input (读取选项). Everything is optional: the format comes from the file
    /// extension and content, the encoding from the bytes, the kind from the field names or headers.
    /// </summary>
    public sealed record InputOptions
    {
        /// <summary>The format; detected when <c>null</c>.</summary>
        public InputFormat? Format { get; init; }

        /// <summary>The document kind of the records; detected from field names or headers when <c>null</c>.</summary>
        public DocumentKind? Kind { get; init; }

        /// <summary>The text encoding (for JSON, JSON Lines and CSV); detected when <c>null</c> (see <see cref="TextEncodingDetector"/>).</summary>
        public Encoding? Encoding { get; init; }

        /// <summary>The worksheet of a workbook, by name or 1-based index; the first sheet when <c>null</c>.</summary>
        public string? Sheet { get; init; }

        /// <summary>The name written into locations (e.g. the path as the user typed it); the file path when <c>null</c>.</summary>
        public string? DisplayName { get; init; }
    }
}
