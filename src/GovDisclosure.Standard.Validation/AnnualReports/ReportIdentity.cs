using System.Collections.Generic;
using System.Text;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// One identity of a report's tables, left₁ + left₂ + … = right₁ + right₂ + …, as cell indexes of a
    /// <see cref="ReportLayout"/>: the cell a finding is located at, the two sides, the side's single 总计 cell when the
    /// identity is "total = parts" (else -1), its name as a sentence of the report, and the row or group that must be in
    /// the report for the identity to apply (a presence flag of the layout, else -1). The sides are arrays: every rule sums
    /// them on every report, indexed directly rather than through an interface.
    /// </summary>
    internal sealed record ReportIdentity(int Anchor, int[] Left, int[] Right, int Total, BilingualText Name, int Requires)
    {
        /// <summary>Its place in its layout's <see cref="ReportLayout.All"/>, by which a report's outcomes are kept (-1 before it is laid).</summary>
        public int Index { get; init; } = -1;

        /// <summary>
        /// The pointers of its cells, left side then right side, joined by “, ” (a finding's <c>cells</c> argument): the
        /// layout's, so made once when the identity is laid, not for every finding (empty before it is laid).
        /// </summary>
        public string CellPointers { get; init; } = string.Empty;

        /// <summary>
        /// The anchor's pointer, then the pointers of the other cells, left side then right side (a finding locates them
        /// together, its related locations after the anchor's): made once when the identity is laid (empty before).
        /// </summary>
        public IReadOnlyList<string> LocatedPointers { get; init; } = System.Array.Empty<string>();

        /// <summary>
        /// This identity laid in a layout whose cells are named by <paramref name="names"/>, at place <paramref name="index"/>
        /// of its <see cref="ReportLayout.All"/>, with its cells' pointers worked out.
        /// </summary>
        public ReportIdentity Laid(int index, IReadOnlyList<(string Pointer, string Chinese, string English)> names)
        {
            var text = new StringBuilder();
            AppendPointers(text, Left, names);
            AppendPointers(text, Right, names);

            string anchor = names[Anchor].Pointer;
            var located = new List<string>(Left.Length + Right.Length + 1) { anchor };
            AddOthers(located, Left, names, anchor);
            AddOthers(located, Right, names, anchor);
            return this with { Index = index, CellPointers = text.ToString(), LocatedPointers = located.ToArray() };
        }

        private static void AppendPointers(StringBuilder text, int[] cells, IReadOnlyList<(string Pointer, string Chinese, string English)> names)
        {
            for (int i = 0; i < cells.Length; i++)
            {
                if (text.Length > 0)
                {
                    text.Append(", ");
                }

                text.Append(names[cells[i]].Pointer);
            }
        }

        private static void AddOthers(List<string> pointers, int[] side, IReadOnlyList<(string Pointer, string Chinese, string English)> names, string anchor)
        {
            for (int i = 0; i < side.Length; i++)
            {
                string pointer = names[side[i]].Pointer;
                if (pointer != anchor)
                {
                    pointers.Add(pointer);
                }
            }
        }
    }
}
