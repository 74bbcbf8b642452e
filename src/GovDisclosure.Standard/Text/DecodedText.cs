using System;
using System.Text;

namespace GovDisclosure.Standard.Text
{
    /// <summary>
    /// The text that bytes in an encoding stand for, with no array made of the bytes where the framework can decode a span
    /// (on .NET Standard 2.0 the framework takes arrays only, so the span is copied first). One place for what the readers
    /// and the binder of every target framework do when a record's bytes become a string.
    /// </summary>
    internal static class DecodedText
    {
        /// <summary>The text of UTF-8 <paramref name="utf8"/>; invalid sequences become U+FFFD, as <see cref="Encoding.UTF8"/> decodes them.</summary>
        public static string Utf8(ReadOnlySpan<byte> utf8) => Of(Encoding.UTF8, utf8);

        /// <summary>The text of <paramref name="bytes"/> in <paramref name="encoding"/>, as <see cref="Encoding.GetString(byte[])"/> gives it.</summary>
        public static string Of(Encoding encoding, ReadOnlySpan<byte> bytes)
        {
#if NETSTANDARD2_0
            return encoding.GetString(bytes.ToArray());
#else
            return encoding.GetString(bytes);
#endif
        }
    }
}
