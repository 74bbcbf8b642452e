using System;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Tests.Text
{
    /// <summary>
    /// <see cref="DecodedText"/> is where the readers and the binder turn a record's bytes into text; it must give the text the
    /// framework gives for the same bytes as an array (the path each of them took before), valid or not, in any slice.
    /// </summary>
    public class DecodedTextTests
    {
        /// <summary>Bytes that are mostly Chinese text in UTF-8 and GB18030, with stray bytes that are invalid in either.</summary>
        private static readonly Gen<byte[]> Bytes = Gen.OneOf(
            Gen.ArrayOf(Gen.Elements("公开", "目录", "A", "1", " ", "\u00e9", "\U0001F600", "、", "\"")).Select(p => Encoding.UTF8.GetBytes(string.Concat(p))),
            Gen.ArrayOf(Gen.Elements("公开", "办事指南", "A", " ", "、")).Select(p => Gb18030.GetBytes(string.Concat(p))),
            Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>()));

        private static Encoding Gb18030
        {
            get
            {
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                return Encoding.GetEncoding(54936);
            }
        }

        [Property(MaxTest = 500)]
        public Property A_utf8_slice_decodes_to_the_text_of_the_same_bytes_as_an_array()
        {
            return Prop.ForAll(Bytes.ToArbitrary(), Gen.Choose(0, 8).ToArbitrary(), (bytes, cut) =>
            {
                int start = Math.Min(cut, bytes.Length);
                ReadOnlySpan<byte> slice = bytes.AsSpan(start);
                return DecodedText.Utf8(slice) == Encoding.UTF8.GetString(slice.ToArray());
            });
        }

        [Property(MaxTest = 500)]
        public Property A_slice_in_any_encoding_decodes_to_the_text_of_the_same_bytes_as_an_array()
        {
            Gen<Encoding> encodings = Gen.Elements(Encoding.UTF8, Gb18030, Encoding.Unicode, Encoding.Latin1);
            return Prop.ForAll(Bytes.ToArbitrary(), encodings.ToArbitrary(), (bytes, encoding) =>
                DecodedText.Of(encoding, bytes) == encoding.GetString(bytes));
        }
    }
}
