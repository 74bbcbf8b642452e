using System.Text.RegularExpressions;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// The numbering before an item of a material list written as one text ("1. 身份证原件" / "（1）户口簿"), which the
    /// binder takes off each item it splits the text into. Where the target has the regex source generator (.NET 7 on) the
    /// pattern is code made at build time, compiled ahead of time with the tool, so no run parses it; elsewhere it is parsed
    /// the first time a material list is split. Either way a run whose records have no such list (annual reports,
    /// catalogue entries) never parses it: it was a static field of the binder, parsed when the binder's type was first
    /// used, at the start of every run.
    /// </summary>
    internal static partial class MaterialNumbering
    {
        /// <summary>A number of one to three digits followed by a full stop or 、, or in brackets, with the blanks around it, at the start.</summary>
        internal const string Pattern = @"^\s*(\d{1,3}\s*[.、．]|[（(]\d{1,3}[)）])\s*";

        private const RegexOptions Options = RegexOptions.CultureInvariant;

        /// <summary>
        /// <paramref name="item"/> without its numbering, as the pattern's first match replaced by nothing gives it (the item
        /// as it is when it has none).
        /// </summary>
        /// <param name="item">An item of a material list.</param>
        internal static string Without(string item) => Numbering().Replace(item, string.Empty, 1);

#if NET7_0_OR_GREATER
        /// <inheritdoc cref="Pattern"/>
        [GeneratedRegex(Pattern, Options)]
        private static partial Regex Numbering();
#else
        /// <inheritdoc cref="Pattern"/>
        private static Regex Numbering() => Parsed.Numbering;

        /// <summary>The pattern parsed, when its holder is first used (a nested type's field, so not at the binder's start).</summary>
        private static class Parsed
        {
            internal static readonly Regex Numbering = new Regex(Pattern, Options);
        }
#endif
    }
}
