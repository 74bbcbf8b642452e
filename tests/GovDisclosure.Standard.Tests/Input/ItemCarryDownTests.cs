using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// <see cref="ItemCarryDown"/> carries blank item cells down in the row's own cells; these check that each row reads as
    /// it read when the carried cells were looked up through a dictionary a row (the former carry-down, kept here as the oracle).
    /// </summary>
    public class ItemCarryDownTests
    {
        private static readonly TabularHeader Header = TabularHeader.Resolve(
            TabularLayout.For(DocumentKind.CatalogueEntry)!,
            TabularLayout.For(DocumentKind.CatalogueEntry)!.Columns.Select((c, i) => new KeyValuePair<int, string>(i, c.Header)).ToArray());

        [Property(MaxTest = 300)]
        public Property Each_row_reads_as_the_former_carry_down_read_it()
        {
            Gen<string?> cell = Gen.Elements<string?>(null, string.Empty, " ", "\u3000", "综合业务", "监督检查", "行政许可");
            Gen<(string?[] Cells, bool Unreadable)> row = Gen.Zip(cell.ArrayOf(Header.Cells.Count), Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true))));
            return Prop.ForAll(row.ListOf().ToArbitrary(), rows =>
            {
                var now = new ItemCarryDown(Header);
                var former = new FormerCarryDown(Header);
                foreach ((string?[] cells, bool unreadable) in rows)
                {
                    if (unreadable)
                    {
                        now.Reset();
                        former.Reset();
                        continue;
                    }

                    string?[] read = (string?[])cells.Clone();
                    Func<int, string?> expected = former.Apply(i => i < cells.Length ? cells[i] : null);
                    now.Apply(read);
                    for (int i = 0; i < cells.Length; i++)
                    {
                        if (expected(i) != read[i])
                        {
                            return false;
                        }
                    }
                }

                return true;
            });
        }

        /// <summary>The carry-down before it worked in the row's cells: a dictionary of the carried cells a row, a closure over it.</summary>
        private sealed class FormerCarryDown
        {
            private readonly int[] columns;
            private string?[] above;

            public FormerCarryDown(TabularHeader header)
            {
                columns = header.Layout.ItemLevels
                    .Select(level => header.Cells.FirstOrDefault(c => c.Column == level && c.Tick is null)?.Index ?? -1)
                    .Where(i => i >= 0)
                    .ToArray();
                above = new string?[columns.Length];
            }

            public Func<int, string?> Apply(Func<int, string?> cellText)
            {
                if (columns.Length < 2)
                {
                    return cellText;
                }

                var own = columns.Select(i => cellText(i)).ToArray();
                var result = new string?[columns.Length];
                bool carrying = true;
                for (int level = 0; level < columns.Length; level++)
                {
                    bool blank = string.IsNullOrWhiteSpace(own[level]);
                    bool lowerFilled = own.Skip(level + 1).Any(t => !string.IsNullOrWhiteSpace(t));
                    if (blank && carrying && lowerFilled && above[level] != null)
                    {
                        result[level] = above[level];
                    }
                    else
                    {
                        carrying = false;
                        result[level] = blank ? null : own[level];
                    }
                }

                above = result;
                var carried = new Dictionary<int, string?>();
                for (int level = 0; level < columns.Length; level++)
                {
                    carried[columns[level]] = result[level];
                }

                return i => carried.TryGetValue(i, out string? value) ? value : cellText(i);
            }

            public void Reset() => above = new string?[columns.Length];
        }
    }
}
