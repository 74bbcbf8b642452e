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
    }
}
