using System;

namespace GovDisclosure.Standard
{
    /// <summary>A message in Chinese and English; every finding and rule carries both.</summary>
    public sealed record BilingualText
    {
        /// <summary>Creates a bilingual text.</summary>
        /// <param name="chinese">The Chinese text.</param>
        /// <param name="english">The English text.</param>
        public BilingualText(string chinese, string english)
        {
            Chinese = chinese ?? throw new ArgumentNullException(nameof(chinese));
            English = english ?? throw new ArgumentNullException(nameof(english));
        }

        /// <summary>中文.</summary>
        public string Chinese { get; }

        /// <summary>English.</summary>
        public string English { get; }

        /// <summary>The text in a language: <c>zh</c> (or any <c>zh-*</c>) gives Chinese, anything else English.</summary>
        /// <param name="language">A language tag such as <c>zh</c>, <c>zh-CN</c> or <c>en</c>.</param>
        public string In(string? language) =>
            language != null && language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

        /// <summary>Both texts, Chinese first.</summary>
        public override string ToString() => Chinese + " / " + English;
    }
}
