using System;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Disclosure
{
    /// <summary>
    /// A channel chosen for an item: one of the checklist's <see cref="DisclosureChannel"/>s, or
    /// 其他 with the channel's own name (e.g. 投资项目在线审批监管平台). Written in JSON as the code,
    /// or as <c>other:&lt;name&gt;</c>.
    /// </summary>
    public sealed class PublicationChannel : IEquatable<PublicationChannel>
    {
        /// <summary>The prefix that introduces a free-text channel: <c>other:</c>.</summary>
        public const string OtherPrefix = "other:";

        private PublicationChannel(DisclosureChannel channel, string? otherName)
        {
            Channel = channel;
            OtherName = otherName;
        }

        /// <summary>The checklist channel; <see cref="DisclosureChannel.Other"/> for a named other channel.</summary>
        public DisclosureChannel Channel { get; }

        /// <summary>The name of an 其他 channel; <c>null</c> for a checklist channel.</summary>
        public string? OtherName { get; }

        /// <summary>A checklist channel.</summary>
        /// <param name="channel">Any channel but <see cref="DisclosureChannel.Other"/>.</param>
        public static PublicationChannel Of(DisclosureChannel channel)
        {
            if (channel is null)
            {
                throw new ArgumentNullException(nameof(channel));
            }

            if (channel == DisclosureChannel.Other)
            {
                throw new ArgumentException("An 其他 channel needs its name: use PublicationChannel.OtherNamed.", nameof(channel));
            }

            return new PublicationChannel(channel, null);
        }

        /// <summary>An 其他 channel with its own name.</summary>
        /// <param name="name">The channel's name, e.g. 公共资源交易平台.</param>
        public static PublicationChannel OtherNamed(string name)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("An 其他 channel needs a name.", nameof(name));
            }

            return new PublicationChannel(DisclosureChannel.Other, WithoutOtherWord(name.Trim()));
        }

        /// <summary>
        /// Parses a channel code or Chinese name, or <c>other:&lt;name&gt;</c> / <c>其他:&lt;name&gt;</c>
        /// / <c>其他（name）</c>. Free text without the 其他 marker is not accepted, so that a misspelt
        /// checklist channel is reported rather than silently turned into 其他.
        /// </summary>
        /// <param name="text">The text to parse.</param>
        /// <param name="channel">The channel, when recognised.</param>
        public static bool TryParse(string? text, out PublicationChannel? channel)
        {
            channel = null;
            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }

            string trimmed = text!.Trim();
            string? otherName = OtherNames.For(trimmed);
            if (otherName != null)
            {
                if (otherName.Length == 0)
                {
                    return false;
                }

                channel = new PublicationChannel(DisclosureChannel.Other, WithoutOtherWord(otherName));
                return true;
            }

            if (DisclosureChannel.TryParse(trimmed, out DisclosureChannel? known) && known != DisclosureChannel.Other)
            {
                channel = new PublicationChannel(known, null);
                return true;
            }

            return false;
        }

        /// <summary>Parses like <see cref="TryParse"/>, throwing when the text is not a channel.</summary>
        /// <param name="text">The text to parse.</param>
        /// <exception cref="FormatException">Not a known channel nor a named 其他 channel.</exception>
        public static PublicationChannel Parse(string text)
        {
            if (TryParse(text, out PublicationChannel? channel))
            {
                return channel!;
            }

            PublicationChannel? suggestion = Suggest(text);
            string hint = suggestion is null ? string.Empty : $" Did you mean '{suggestion}' ({suggestion.ChineseName})?";
            throw new FormatException($"'{text}' is not a known disclosure channel; write another channel as 'other:<name>'.{hint}");
        }

        /// <summary>The canonical text: the code, or <c>other:&lt;name&gt;</c>.</summary>
        /// <summary>
        /// The channel to suggest for text that is not a channel, or <c>null</c> when none is close. An
        /// online site or portal (a name with 网, such as 政务服务网) is suggested as a named other channel
        /// (<c>other:政务服务网</c>), never as the hall it resembles (政务服务中心): only the government
        /// website and 两微一端 are online channels of the checklist.
        /// </summary>
        /// <param name="text">Text that <see cref="TryParse"/> does not read.</param>
        public static PublicationChannel? Suggest(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            string trimmed = text!.Trim();
            DisclosureChannel? closest = DisclosureChannel.Closest(trimmed);
            bool online = closest == DisclosureChannel.GovernmentWebsite || closest == DisclosureChannel.TwoMicroOneEnd;
            if (trimmed.IndexOf('网') >= 0 && !online)
            {
                string name = WithoutOtherWord(trimmed);
                return name.Length == 0 ? null : new PublicationChannel(DisclosureChannel.Other, name);
            }

            return closest is null || closest == DisclosureChannel.Other ? null : new PublicationChannel(closest, null);
        }

        /// <summary>The channel's name as written in a catalogue: the checklist's Chinese name, or the other channel's own name.</summary>
        public string ChineseName => OtherName ?? Channel.ChineseName;

        /// <inheritdoc />
        public override string ToString() => OtherName is null ? Channel.Code : OtherPrefix + OtherName;

        /// <inheritdoc />
        public bool Equals(PublicationChannel? other) =>
            other is not null && Channel == other.Channel && string.Equals(OtherName, other.OtherName, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as PublicationChannel);

        /// <inheritdoc />
        public override int GetHashCode() => (Channel.Value * 397) ^ (OtherName is null ? 0 : StringComparer.Ordinal.GetHashCode(OtherName));

        // "其他法律服务网" names the channel 法律服务网; the word 其他 only says it is outside the checklist.
        private static string WithoutOtherWord(string name)
        {
            foreach (string word in new[] { "其他", "其它" })
            {
                if (name.StartsWith(word, StringComparison.Ordinal) && name.Length > word.Length)
                {
                    return name.Substring(word.Length).TrimStart(':', '：', ' ', '、').Trim();
                }
            }

            return name;
        }

        /// <summary>The 其他 channel's name in each distinct text (<see cref="OtherNameIn"/>, a Unicode normalisation each), remembered: a file repeats its unknown channels.</summary>
        private static readonly RememberedAnswers<string?> OtherNames = new RememberedAnswers<string?>(OtherNameIn);

        private static string? OtherNameIn(string text)
        {
            string folded = text.Normalize(System.Text.NormalizationForm.FormKC);
            foreach (string marker in new[] { "other:", "Other:", "其他:", "其它:" })
            {
                if (folded.StartsWith(marker, StringComparison.Ordinal))
                {
                    return folded.Substring(marker.Length).Trim();
                }
            }

            foreach (string marker in new[] { "其他(", "其它(" })
            {
                if (folded.StartsWith(marker, StringComparison.Ordinal) && folded.EndsWith(")", StringComparison.Ordinal))
                {
                    return folded.Substring(marker.Length, folded.Length - marker.Length - 1).Trim();
                }
            }

            if (ChineseText.Fold(text) == ChineseText.Fold("other"))
            {
                return string.Empty;
            }

            foreach (string word in new[] { "其他", "其它" })
            {
                if (folded.StartsWith(word, StringComparison.Ordinal) && folded.Length > word.Length
                    && !DisclosureChannel.TryParse(folded, out _))
                {
                    // 其他法律服务网: the 其他 box with the channel's name written after it.
                    return folded.Substring(word.Length).Trim();
                }
            }

            return null;
        }
    }
}
