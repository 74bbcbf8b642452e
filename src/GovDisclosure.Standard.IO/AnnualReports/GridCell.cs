using AngleSharp.Dom;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>One position of a table's grid: the cell covering it (a cell with <c>rowspan</c> or <c>colspan</c> covers several), and whether the cell starts here.</summary>
    internal sealed record GridCell(IElement Element, string Text, string Folded, bool IsOrigin);
}
