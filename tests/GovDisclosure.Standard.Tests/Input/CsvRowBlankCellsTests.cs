using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// <see cref="CsvRow"/> finds whether each cell is blank once, as the cell is copied (and again when a carried item
    /// replaces it); the path before asked the cell's text each time (<c>row[i].IsWhiteSpace()</c>), kept here as the oracle.
    /// </summary>
    public class CsvRowBlankCellsTests
    {
        private static readonly Gen<string> Cell = Gen.Elements(string.Empty, " ", "\u3000", "\t", "\r\n", "a", " 县级 ", "综合业务", "\u00a0", "\u200b", "x y");

        private static readonly Gen<string?> Replacement = Gen.Elements<string?>(null, string.Empty, " ", "\u3000", "综合业务", "最低生活保障");

        [Property(MaxTest = 300)]
        public Property A_cell_is_blank_exactly_when_its_text_is_white_space_across_rows_and_replacements()
        {
            Gen<(string[][] Rows, (int Index, string? Text)[][] Replaced, int Probe)> cases =
                from rows in Cell.ArrayOf().NonEmptyListOf()
                from replaced in Gen.Zip(Gen.Choose(0, 40), Replacement).ArrayOf().ArrayOf(rows.Count)
                from probe in Gen.Choose(0, 45)
                select (rows.ToArray(), replaced, probe);
            return Prop.ForAll(cases.ToArbitrary(), c =>
            {
                var row = new CsvRow();
                for (int r = 0; r < c.Rows.Length; r++)
                {
                    row.Read(c.Rows[r]);
                    foreach ((int index, string? text) in c.Replaced[r].Where(x => x.Index < row.Count))
                    {
                        row.Replace(index, text);
                    }

                    // Indexes past the row's cells included: a missing cell reads as blank.
                    for (int i = 0; i <= c.Probe; i++)
                    {
                        if (row.IsBlank(i) != row[i].IsWhiteSpace())
                        {
                            return false;
                        }
                    }

                    if (row.IsBlankRow != Enumerable.Range(0, row.Count).All(i => row[i].IsWhiteSpace()))
                    {
                        return false;
                    }
                }

                return true;
            });
        }
    }
}
