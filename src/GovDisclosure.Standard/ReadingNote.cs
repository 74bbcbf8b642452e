using System;

namespace GovDisclosure.Standard
{
    /// <summary>
    /// One thing a reader noticed while reading a published document (阅读记录): what kind of thing, where,
    /// and in words. Readers only note; whether and how severely it is reported is the validator's rule.
    /// </summary>
    public sealed record ReadingNote
    {
        /// <summary>Creates a note.</summary>
        /// <param name="kind">What was noticed.</param>
        /// <param name="location">Where (table, row label, column label, element path or page).</param>
        /// <param name="message">What was noticed, in Chinese and English, naming the labels involved.</param>
        public ReadingNote(ReadingNoteKind kind, SourceLocation location, BilingualText message)
        {
            Kind = kind;
            Location = location ?? throw new ArgumentNullException(nameof(location));
            Message = message ?? throw new ArgumentNullException(nameof(message));
        }

        /// <summary>What was noticed.</summary>
        public ReadingNoteKind Kind { get; }

        /// <summary>Where it was noticed.</summary>
        public SourceLocation Location { get; }

        /// <summary>What was noticed, in words.</summary>
        public BilingualText Message { get; }

        /// <summary>The text as published, where it matters (an unreadable cell's text, an extra row's numbers).</summary>
        public string? Value { get; init; }
    }
}
