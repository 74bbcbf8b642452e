using System;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// A named value a finding's message is rendered with (消息参数), e.g. <c>field</c> = 办理地点 / place of
    /// handling. A value that reads the same in both languages (a quoted phrase, a number) is given once; a
    /// value that is a name in each language (a code-list value, a field's title) is given in both.
    /// </summary>
    public sealed record FindingArgument
    {
        /// <summary>An argument whose value reads the same in Chinese and English.</summary>
        /// <param name="name">The placeholder it fills, e.g. <c>value</c> for <c>{value}</c>.</param>
        /// <param name="value">The value.</param>
        public FindingArgument(string name, string value)
            : this(name, value, value)
        {
        }

        /// <summary>An argument with a Chinese and an English value.</summary>
        /// <param name="name">The placeholder it fills.</param>
        /// <param name="chinese">The value in a Chinese message.</param>
        /// <param name="english">The value in an English message.</param>
        public FindingArgument(string name, string chinese, string english)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("An argument needs a name.", nameof(name));
            }

            Name = name;
            Value = new BilingualText(Cut(chinese ?? string.Empty, "（共 {0:N0} 字）"), Cut(english ?? string.Empty, " ({0:N0} characters)"));
        }

        /// <summary>The longest value echoed into a message (10,000 characters); a longer one is cut and says how long it was, so that a report never repeats a huge value in each language.</summary>
        public const int MaxLength = 10000;

        /// <summary>The placeholder it fills (参数名).</summary>
        public string Name { get; }

        /// <summary>The value in each language (参数值), cut to <see cref="MaxLength"/> characters.</summary>
        public BilingualText Value { get; }

        /// <summary>The value, or its first <see cref="MaxLength"/> characters followed by "…" and <paramref name="length"/> (a format of the full length).</summary>
        internal static string Cut(string value, string length) =>
            value.Length <= MaxLength ? value : value.Substring(0, char.IsHighSurrogate(value[MaxLength - 1]) ? MaxLength - 1 : MaxLength) + "…" + string.Format(System.Globalization.CultureInfo.InvariantCulture, length, value.Length);
    }
}
