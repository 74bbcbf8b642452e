using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Reporting;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// The text report writes a message put together in a buffer as it is when <see cref="TerminalText.IsPlain"/> says it has
    /// nothing to escape: that must be exactly when <see cref="TerminalText.Escape"/> gives the text unchanged.
    /// </summary>
    public class TerminalTextTests
    {
        private static readonly string[] Pieces =
        {
            "a", " ", "有关部门", "'", "\n", "\r", "\t", "\u0000", "\u001b", "\u001f", "\u0020", "\u007e", "\u007f", "\u0080", "\u009f",
            "\u00a0", "\u2027", "\u2028", "\u2029", "\u202a", "\u202e", "\u202f", "\u2065", "\u2066", "\u2069", "\u206a", "\ud83d\ude00", "\ud800",
        };

        [Property(MaxTest = 500)]
        public Property A_text_is_plain_exactly_when_escaping_leaves_it_as_it_is()
        {
            Gen<string> texts = Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p.Take(10)));
            return Prop.ForAll(texts.ToArbitrary(), text =>
                (TerminalText.IsPlain(text.AsSpan()) == (TerminalText.Escape(text) == text)).Label(text));
        }

        /// <summary>
        /// <see cref="TerminalText.IsPlain"/> checks eight characters at a time: over texts of any length, with the characters to
        /// escape at any position (first, last, in the tail shorter than eight), it says what checking each character against
        /// the ranges to escape says, and <see cref="TerminalText.Escape"/> changes exactly the texts that are not plain.
        /// </summary>
        [Property(MaxTest = 500)]
        public Property A_long_text_is_plain_exactly_when_none_of_its_characters_is_to_be_escaped()
        {
            Gen<string> texts = Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p.Take(60)));
            return Prop.ForAll(texts.ToArbitrary(), text =>
            {
                bool plain = text.All(c => !(c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)));
                return (TerminalText.IsPlain(text.AsSpan()) == plain && (TerminalText.Escape(text) == text) == plain).Label(text);
            });
        }
    }
}
