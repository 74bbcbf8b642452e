using System;
using System.Linq;
using System.Text;
using System.Xml;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;
using GovDisclosure.Standard.Validation;
using Xunit;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// A cell's text in a workbook (<see cref="XlsxText"/>): what XML cannot hold is written as Office Open XML's escape
    /// (<c>_xHHHH_</c>, ECMA-376 Part 1, ST_Xstring), and the reader reads the escapes back, as Excel does.
    /// </summary>
    public sealed class XlsxTextTests
    {
        /// <summary>Pieces of cell text: Chinese, a character beyond the Basic Multilingual Plane (a rare character of a name, an emoji), underscores and escape-like runs, control characters, lone surrogates.</summary>
        private static readonly Gen<string> Texts = Gen.Elements(
                "公开", "𠀀", "😀", "a", "x", "_", "_x", "0041_", "_x0041_", "_x005F_", "_xD83D_", "_xDE00_", "_x000D_", "\r", "\n", "\t",
                "\u0001", "\u0000", "\u001f", "\uFFFE", "\uD800", "\uDC00", "\uDBFF")
            .ArrayOf().Select(pieces => string.Concat(pieces));

        [Property(MaxTest = 500)]
        public Property Any_text_is_written_as_xml_can_hold_it_and_read_back_as_it_was_but_for_a_lone_surrogate()
        {
            return Prop.ForAll(Texts.ToArbitrary(), text =>
            {
                string written = XlsxText.Escape(text);
                try
                {
                    XmlConvert.VerifyXmlChars(written);
                }
                catch (XmlException e)
                {
                    return false.Label("not XML text: " + e.Message);
                }

                var read = new StringBuilder(written);
                XlsxText.Unescape(read);
                string expected = WithLoneSurrogatesEscaped(text);
                return (read.ToString() == expected).Label($"{Show(text)} written {Show(written)} read {Show(read.ToString())}");
            });
        }

        [Fact]
        public void A_text_with_a_character_beyond_the_basic_plane_is_written_whole()
        {
            // 𠀀 is one character in two UTF-16 units, as the rare characters of names and places are.
            Assert.Equal("青山县𠀀镇", XlsxText.Escape("青山县𠀀镇"));
            Assert.Equal("𠀀_x0001_", XlsxText.Escape("𠀀\u0001"));
        }

        [Fact]
        public void A_workbook_excel_wrote_with_a_carriage_return_in_a_cell_reads_as_the_text_excel_shows()
        {
            // Excel writes a carriage return in a cell as _x000D_ and a literal _x…_ run with its underscore escaped.
            string[] header = TabularLayout.For(DocumentKind.CatalogueEntry)!.Columns.Select(c => c.Header).ToArray();
            string[] row = header.Select(_ => string.Empty).ToArray();
            row[Array.IndexOf(header, "一级事项")] = "综合业务";
            row[Array.IndexOf(header, "二级事项")] = "政策法规_x005F_x0031_文件";
            row[Array.IndexOf(header, "公开主体")] = "青山县民政局_x000D_\n社会救助股";
            using var workbook = InlineStringWorkbook.Create(new[] { header, row });

            SourceRecord record = Assert.Single(new XlsxRecordReader(workbook, new InputOptions { DisplayName = "目录.xlsx" }).Read());
            var entry = (CatalogueEntry)new DisclosureValidator().ValidateRecord(DocumentKind.CatalogueEntry, record).Document!;

            Assert.Equal("青山县民政局\r\n社会救助股", entry.ResponsibleBody);
            Assert.Equal("政策法规_x0031_文件", entry.SecondLevelItem);
        }

        /// <summary>The text with each surrogate that has no other half written as its escape (no text: it stays as written).</summary>
        private static string WithLoneSurrogatesEscaped(string text)
        {
            var result = new StringBuilder();
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    result.Append(c).Append(text[++i]);
                }
                else if (char.IsSurrogate(c))
                {
                    result.Append("_x").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('_');
                }
                else
                {
                    result.Append(c);
                }
            }

            return result.ToString();
        }

        private static string Show(string text) => string.Concat(text.Select(c => c < 0x20 || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
    }
}
