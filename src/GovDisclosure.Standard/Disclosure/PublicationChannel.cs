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

            return new PublicationChannel(DisclosureChannel.Other, name.Trim());
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
            string? otherName = OtherNameIn(trimmed);
            if (otherName != null)
            {
                if (otherName.Length == 0)
                {
                    return false;
                }

                channel = new PublicationChannel(DisclosureChannel.Other, otherName);
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

            DisclosureChannel? closest = DisclosureChannel.Closest(text);
            string hint = closest is null ? string.Empty : $" Did you mean '{closest.Code}' ({closest.ChineseName})?";
            throw new FormatException($"'{text}' is not a known disclosure channel; write another channel as 'other:<name>'.{hint}");
        }

        /// <summary>The canonical text: the code, or <c>other:&lt;name&gt;</c>.</summary>
        public override string ToString() => OtherName is null ? Channel.Code : OtherPrefix + OtherName;

        /// <inheritdoc />
        public bool Equals(PublicationChannel? other) =>
            other is not null && Channel == other.Channel && string.Equals(OtherName, other.OtherName, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as PublicationChannel);

        /// <inheritdoc />
        public override int GetHashCode() => (Channel.Value * 397) ^ (OtherName is null ? 0 : StringComparer.Ordinal.GetHashCode(OtherName));

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

            return ChineseText.Fold(text) == ChineseText.Fold("other") ? string.Empty : null;
        }
    }
}
