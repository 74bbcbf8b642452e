using System;

namespace GovDisclosure.Standard.Review
{
    /// <summary>
    /// One difference between two versions of a reviewed file: how it affects users, where it is, the
    /// value before and after, and what changed, in Chinese and English.
    /// </summary>
    public sealed record ReviewChange
    {
        /// <summary>Creates a change.</summary>
        /// <param name="kind">Breaking, additive or editorial.</param>
        /// <param name="path">Where: a JSON pointer (<c>/entries/minimumLivingAllowanceServiceGuide/levels</c>) or, in an API listing, <c>Type</c> or <c>Type::member</c>.</param>
        /// <param name="oldValue">The value before, or <c>null</c> when it was added.</param>
        /// <param name="newValue">The value after, or <c>null</c> when it was removed.</param>
        /// <param name="message">What changed, in both languages.</param>
        public ReviewChange(ChangeKind kind, string path, string? oldValue, string? newValue, BilingualText message)
        {
            Kind = kind;
            Path = path ?? throw new ArgumentNullException(nameof(path));
            OldValue = oldValue;
            NewValue = newValue;
            Message = message ?? throw new ArgumentNullException(nameof(message));
        }

        /// <summary>Breaking, additive or editorial.</summary>
        public ChangeKind Kind { get; }

        /// <summary>A JSON pointer into the file, or <c>Type</c> / <c>Type::member</c> in an API listing.</summary>
        public string Path { get; }

        /// <summary>The value before (JSON text for JSON values), or <c>null</c> when it was added.</summary>
        public string? OldValue { get; }

        /// <summary>The value after (JSON text for JSON values), or <c>null</c> when it was removed.</summary>
        public string? NewValue { get; }

        /// <summary>What changed, in Chinese and English.</summary>
        public BilingualText Message { get; }

        /// <summary>The kind, path and English message on one line.</summary>
        public override string ToString() => Kind + " " + Path + ": " + Message.English;
    }
}
