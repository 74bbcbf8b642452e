using System.Collections.Generic;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// The merged ranges (合并单元格) of the sheet a workbook was opened on, as <see cref="XlsxRecordReader"/> read them
    /// when <see cref="SourceInput.Open(string, InputOptions?)"/> chose the sheet: the reader that then streams the
    /// records reuses them rather than parsing the whole sheet once more to find the <c>mergeCells</c> at its end.
    /// They are reused only for the same sheet of the same worksheet part.
    /// </summary>
    internal sealed class XlsxSheetMerges
    {
        public XlsxSheetMerges(string sheet, string part, List<XlsxRecordReader.MergedRange> ranges)
        {
            Sheet = sheet;
            Part = part;
            Ranges = ranges;
        }

        /// <summary>The sheet's name.</summary>
        public string Sheet { get; }

        /// <summary>The URI of the sheet's worksheet part in the package.</summary>
        public string Part { get; }

        /// <summary>The ranges, in the order of the sheet; never changed once read.</summary>
        public List<XlsxRecordReader.MergedRange> Ranges { get; }

        /// <summary>Whether these are the merges of <paramref name="sheet"/> in <paramref name="part"/>.</summary>
        public bool Describe(string sheet, string part) => Sheet == sheet && Part == part;
    }
}
