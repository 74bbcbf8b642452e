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
    /// <see cref="XlsxRow"/> holds a worksheet row's cells in one store reused from row to row; these check that each row
    /// reads as the dictionary a row read (the former store, kept here as the oracle): the same texts, order, blankness,
    /// and the same texts kept for a finding after the next row is read.
    /// </summary>
    public class XlsxRowTests
    {
        [Property(MaxTest = 300)]
        public Property Each_row_reads_as_a_dictionary_of_its_cells_read()
        {
            Gen<(int Column, string Text)> cell = Gen.Zip(Gen.Frequency((8, Gen.Choose(-1, 20)), (1, Gen.Choose(60, 70)), (1, Gen.Choose(200, 300))), Gen.Elements(string.Empty, " ", "\u3000", "综合业务", "x"));
            return Prop.ForAll(cell.ListOf().ListOf().ToArbitrary(), rows =>
            {
                var row = new XlsxRow();
                ITabularCells? keptTexts = null;
                ITabularCells? keptBlanks = null;
                Dictionary<int, string>? previous = null;
                foreach (IList<(int Column, string Text)> cells in rows)
                {
                    row.Clear();
                    var former = new Dictionary<int, string>();
                    foreach ((int column, string text) in cells)
                    {
                        row.Set(column, text);
                        former[column] = text;
                    }

                    if (previous != null && !Alike(previous, keptTexts!, keptBlanks!))
                    {
                        return false;
                    }

                    if (!former.SequenceEqual(row.ToDictionary()) || row.Count != former.Count || row.IsBlank() != former.Values.All(string.IsNullOrWhiteSpace) || !Alike(former, row, row))
                    {
                        return false;
                    }

                    keptTexts = row.Keep(blanksOnly: false);
                    keptBlanks = row.Keep(blanksOnly: true);
                    previous = former;
                }

                return previous is null || Alike(previous, keptTexts!, keptBlanks!);
            });
        }

        private static bool Alike(Dictionary<int, string> former, ITabularCells texts, ITabularCells blanks)
        {
            for (int i = 0; i < 320; i++)
            {
                string? text = former.TryGetValue(i, out string? found) ? found : null;
                if (texts.Text(i) != text || !texts[i].SequenceEqual(text.AsSpan()) || blanks.IsBlank(i) != string.IsNullOrWhiteSpace(text))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
