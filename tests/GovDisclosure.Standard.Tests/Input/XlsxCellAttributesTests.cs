using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using Xunit;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// <see cref="XlsxCellAttributes"/> reads a cell's reference, type and style and a row's number from the XML reader's
    /// characters; these check that it reads what <see cref="XmlReader.GetAttribute(string)"/> and parsing its string read
    /// (the former way, kept here as the oracle), and that the reader goes on from the element as before.
    /// </summary>
    public class XlsxCellAttributesTests
    {
        private static readonly string[] Values =
        {
            "A1", "B7", "AB12", "XFD1", "XFE5", "ZZZZZZ9", "a1", "1A", string.Empty, " ", " 1", "1 ", "1", "3", "007", "0",
            "4294967295", "4294967296", "-1", "+1", "1e3", "s", "n", "b", "inlineStr", "inlinestr", "str", "e", "d", "S", "&",
            "A&1", "\u4e00", new string('A', 5000), new string('0', 5000) + "1", new string('7', 4095), new string('s', 4096),
        };

        [Property(MaxTest = 500)]
        public Property A_cell_reads_as_its_attribute_strings_read()
        {
            Gen<string> value = Gen.Elements(Values);
            Gen<(string Name, string Value)> attribute = Gen.Zip(Gen.Elements("r", "t", "s", "x:r", "x:t", "ph", "cm", "vm"), value);
            return Prop.ForAll(attribute.ListOf().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (attributes, empty) =>
            {
                string element = Element("c", attributes, empty);
                using XmlReader former = Open(element);
                using XmlReader now = Open(element);
                var read = new XlsxCellAttributes(new char[4096]);
                read.ReadCell(now);
                string? reference = former.GetAttribute("r");
                string? type = former.GetAttribute("t");
                string? style = former.GetAttribute("s");
                bool same = read.HasReference == (reference != null)
                    && (reference is null || read.Column == FormerColumnIndex(reference))
                    && read.Type == FormerType(type)
                    && read.Style == (uint.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out uint parsed) ? parsed : (uint?)null);
                return same && GoesOnAlike(former, now);
            });
        }

        [Property(MaxTest = 300)]
        public Property A_row_number_reads_as_its_attribute_string_read()
        {
            Gen<(string Name, string Value)> attribute = Gen.Zip(Gen.Elements("r", "x:r", "spans", "ht"), Gen.Elements(Values));
            return Prop.ForAll(attribute.ListOf().ToArbitrary(), Gen.Choose(0, 1048576).ToArbitrary(), (attributes, previous) =>
            {
                string element = Element("row", attributes, false);
                using XmlReader former = Open(element);
                using XmlReader now = Open(element);
                long expected = uint.TryParse(former.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out uint index) && index > 0 ? index : previous + 1;
                return new XlsxCellAttributes(new char[4096]).RowNumber(now, previous) == expected && GoesOnAlike(former, now);
            });
        }

        [Fact]
        public void A_cell_reference_past_the_last_column_reads_as_the_column_limit()
        {
            Assert.Equal(XlsxCellAttributes.MaxColumns, XlsxCellAttributes.ColumnIndex("XFE1".AsSpan()));
            Assert.Equal(16383, XlsxCellAttributes.ColumnIndex("XFD1".AsSpan()));
            Assert.Equal(-1, XlsxCellAttributes.ColumnIndex("a1".AsSpan()));
        }

        private static string Element(string name, System.Collections.Generic.IList<(string Name, string Value)> attributes, bool empty)
        {
            var xml = new StringBuilder("<" + name + " xmlns:x=\"urn:x\"");
            foreach ((string attribute, string value) in attributes.GroupBy(a => a.Name).Select(g => g.First()))
            {
                xml.Append(' ').Append(attribute).Append("=\"").Append(value.Replace("&", "&amp;")).Append('"');
            }

            return xml.Append(empty ? "/>" : "><v>1</v><is><t>x</t></is></" + name + ">").ToString();
        }

        private static XmlReader Open(string element)
        {
            XmlReader xml = XmlReader.Create(new StringReader("<sheetData>" + element + "</sheetData>"));
            xml.Read();
            xml.Read();
            return xml;
        }

        /// <summary>Whether the two readers stand on the same node and read the same nodes after it.</summary>
        private static bool GoesOnAlike(XmlReader former, XmlReader now)
        {
            do
            {
                if (former.NodeType != now.NodeType || former.LocalName != now.LocalName || former.Depth != now.Depth || former.IsEmptyElement != now.IsEmptyElement
                    || (former.NodeType == XmlNodeType.Text && former.Value != now.Value))
                {
                    return false;
                }
            }
            while (former.Read() & now.Read());

            return former.EOF && now.EOF;
        }

        /// <summary>The former reading of a reference's column, from its string.</summary>
        private static int FormerColumnIndex(string reference)
        {
            int index = 0;
            foreach (char c in reference)
            {
                if (c < 'A' || c > 'Z')
                {
                    break;
                }

                index = (index * 26) + (c - 'A' + 1);
                if (index > 16384)
                {
                    return 16384;
                }
            }

            return index - 1;
        }

        /// <summary>How the former reading told a cell's type string apart.</summary>
        private static XlsxCellAttributes.CellType FormerType(string? type) => type switch
        {
            null => XlsxCellAttributes.CellType.None,
            "n" => XlsxCellAttributes.CellType.Number,
            "s" => XlsxCellAttributes.CellType.Shared,
            "inlineStr" => XlsxCellAttributes.CellType.Inline,
            "b" => XlsxCellAttributes.CellType.Boolean,
            _ => XlsxCellAttributes.CellType.Other,
        };
    }
}
