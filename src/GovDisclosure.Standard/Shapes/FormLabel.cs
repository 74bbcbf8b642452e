using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// How a row or column of a form is printed and read (an annual report's tables 二, 三 and 四, as
    /// 国办公开办函〔2019〕60号 and 国办公开办函〔2021〕30号 print them): the label the form prints in its cell,
    /// the heading printed over it where the form groups rows or columns under one (第二十条第（一）项,
    /// 行政诉讼), and the words a published label is read by — the form's own and the variants reports write
    /// (规范性文件 for 行政规范性文件, 合计 for 总计).
    /// </summary>
    /// <param name="Printed">The label as the form prints it, its number included (1.属于国家秘密).</param>
    /// <param name="Words">A published label that contains one of these names the row or column; the first that matches wins, in the form's order.</param>
    /// <param name="Heading">The heading printed over the row or column, or <c>null</c>.</param>
    /// <param name="ValueColumn">For a row that is one value, the column it is printed under (本年处理决定数量), or <c>null</c>.</param>
    internal sealed record FormLabel(string Printed, IReadOnlyList<string> Words, string? Heading = null, FormLabel? ValueColumn = null)
    {
        /// <summary>The label with the heading over it, as a reader names the cell: <c>行政诉讼 / 复议后起诉</c>.</summary>
        public string Path => Heading is null ? Printed : Heading + " / " + Printed;

        /// <summary>Whether a folded published label names this row or column.</summary>
        /// <param name="folded">The label, folded (<c>PublishedText.Fold</c>).</param>
        public bool IsNamedBy(string folded) => Words.Any(folded.Contains);
    }
}
