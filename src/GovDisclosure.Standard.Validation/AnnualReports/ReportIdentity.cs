using System.Collections.Generic;
using System.Text;
using GovDisclosure.Standard.Validation.Rules;

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
        /// A finding's <c>identity</c> argument (its name), <c>cells</c> argument (the pointers of its cells, left side then
        /// right side, joined by “, ”) and, when it has a 总计 cell, <c>total</c> argument (that cell's name): the layout's, so
        /// made once when the identity is laid and shared by its findings (arguments do not change); <c>null</c> before.
        /// </summary>
        public (FindingArgument Name, FindingArgument Cells, FindingArgument? Total)? Arguments { get; init; }

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
            FindingArgument? total = Total < 0 ? null : new FindingArgument("total", names[Total].Chinese, names[Total].English);
            return this with
            {
                Index = index,
                Arguments = (new FindingArgument("identity", Name.Chinese, Name.English), new FindingArgument("cells", text.ToString()), total),
                LocatedPointers = located.ToArray(),
            };
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
