using System;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// A rule's documentation address (<see cref="RuleDescriptor.HelpUri"/>), made a <see cref="Uri"/> when first asked
    /// for: a run whose report writes no address (JSON, text, HTML) never parses the ~90 addresses of the built-in rules.
    /// Equal, and hashed, as the <see cref="Uri"/> it stands for.
    /// </summary>
    internal sealed class HelpAddress
    {
        private readonly string? text;
        private Uri? uri;

        /// <summary>An address given as a <see cref="Uri"/>.</summary>
        /// <param name="uri">The address.</param>
        public HelpAddress(Uri uri) => this.uri = uri;

        /// <summary>An address given as the absolute URI text it is parsed from when first asked for.</summary>
        /// <param name="text">The address.</param>
        public HelpAddress(string text) => this.text = text;

        /// <summary>The address (parsed once; two threads parsing it at once make equal values).</summary>
        public Uri Uri => uri ??= new Uri(text!);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is HelpAddress other && Uri.Equals(other.Uri);

        /// <inheritdoc/>
        public override int GetHashCode() => Uri.GetHashCode();
    }
}
