using System;

namespace GovDisclosure.Standard
{
    /// <summary>
    /// One thing a reader noticed while reading a published document (阅读记录): what kind of thing and where
    /// (the table, row label and column label in <see cref="Location"/>), with the text as published where it
    /// matters. Readers only note; the validator words the note and decides how severely it is reported.
    /// </summary>
    public sealed record ReadingNote
    {
        /// <summary>Creates a note.</summary>
        /// <param name="kind">What was noticed.</param>
        /// <param name="location">Where (table, row label, column label, element path or page).</param>
        public ReadingNote(ReadingNoteKind kind, SourceLocation location)
        {
            Kind = kind;
            Location = location ?? throw new ArgumentNullException(nameof(location));
        }

        /// <summary>What was noticed.</summary>
        public ReadingNoteKind Kind { get; }

        /// <summary>Where it was noticed.</summary>
        public SourceLocation Location { get; }

        /// <summary>The text as published, where it matters (an unreadable cell's text, an extra row's numbers).</summary>
        public string? Value { get; init; }

        /// <summary>What the form has at that place where the page differs from it (the numeral a section heading should carry), or <c>null</c>.</summary>
        public string? Expected { get; init; }
    }
}
