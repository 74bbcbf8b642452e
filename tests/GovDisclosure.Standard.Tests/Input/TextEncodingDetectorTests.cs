using System.IO;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Input
{
    public class TextEncodingDetectorTests
    {
        private static readonly Encoding[] Encodings =
        {
            new UTF8Encoding(false), new UTF8Encoding(true), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), TextEncodingDetector.Gb18030,
        };

        [Property]
        public Property Any_chinese_text_in_any_supported_encoding_reads_back_as_written()
        {
            Gen<string> chinese = Gen.Elements("社会救助", "公开时限", "政府网站", "●文号", "“办理时间、地点”", "（电子屏）", "abc", "12", "\n", "，", "《条例》", "𠀀")
                .ListOf().Select(parts => string.Concat(parts));
            return Prop.ForAll(chinese.ToArbitrary(), Gen.Choose(0, Encodings.Length - 1).ToArbitrary(), (text, index) =>
            {
                Encoding encoding = Encodings[index];
                byte[] bytes = Concat(encoding.GetPreamble(), encoding.GetBytes(text));
                using Stream opened = TextEncodingDetector.Open(new NonSeekableStream(new MemoryStream(bytes), 7), null, out Encoding detected);
                using var reader = new StreamReader(opened, detected, false);
                return reader.ReadToEnd() == text;
            });
        }

        [Fact]
        public void Bytes_that_are_not_utf8_are_read_as_gb18030()
        {
            byte[] bytes = TextEncodingDetector.Gb18030.GetBytes("序号,一级事项,公开时限");

            Encoding detected = TextEncodingDetector.Detect(bytes, bytes.Length, true, out int preamble);

            Assert.Equal(54936, detected.CodePage);
            Assert.Equal(0, preamble);
        }

        [Fact]
        public void A_multibyte_character_cut_at_the_end_of_the_sample_is_still_utf8()
        {
            byte[] bytes = Encoding.UTF8.GetBytes("社会救助");

            Encoding detected = TextEncodingDetector.Detect(bytes, bytes.Length - 1, false, out _);

            Assert.Equal(Encoding.UTF8.CodePage, detected.CodePage);
        }

        [Fact]
        public void An_explicit_encoding_overrides_detection()
        {
            byte[] bytes = Encoding.UTF8.GetBytes("abc");

            TextEncodingDetector.Open(new MemoryStream(bytes), TextEncodingDetector.Resolve("gbk"), out Encoding used).Dispose();

            Assert.Equal(54936, used.CodePage);
        }

        private static byte[] Concat(byte[] a, byte[] b)
        {
            var all = new byte[a.Length + b.Length];
            a.CopyTo(all, 0);
            b.CopyTo(all, a.Length);
            return all;
        }
    }
}
