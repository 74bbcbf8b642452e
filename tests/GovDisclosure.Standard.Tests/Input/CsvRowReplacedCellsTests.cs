using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// A cell of a <see cref="CsvRow"/> replaced by a carried item (<see cref="CsvRow.Replace"/>) stays replaced until the
    /// next row only: the row clears its replacements when one was made, not on every row, and every row after gives the
    /// texts it read, whatever the rows before replaced, longer or shorter rows included.
    /// </summary>
    public class CsvRowReplacedCellsTests
    {
        private static readonly Gen<string> Cell = Gen.Elements(string.Empty, " ", "\u3000", "a", "综合业务", "县级、乡级", "第一行\r\n第二行", "𠀀字");

        private static readonly Gen<string?> Replacement = Gen.Elements<string?>(null, string.Empty, " ", "综合业务", "最低生活保障");

        [Property(MaxTest = 300)]
        public Property A_row_gives_the_texts_it_read_or_replaced_and_none_of_the_rows_before()
        {
            Gen<(string[][] Rows, (int Index, string? Text)[][] Replaced)> cases =
                from rows in Cell.ArrayOf().NonEmptyListOf()
                from replaced in Gen.Frequency(
                    (1, Gen.Zip(Gen.Choose(0, 40), Replacement).ArrayOf()),
                    (1, Gen.Constant(Array.Empty<(int, string?)>()))).ArrayOf(rows.Count)
                select (rows.ToArray(), replaced);
            return Prop.ForAll(cases.ToArbitrary(), c =>
            {
                var row = new CsvRow();
                for (int r = 0; r < c.Rows.Length; r++)
                {
                    string[] read = c.Rows[r];
                    row.Read(read);
                    string?[] expected = read.Cast<string?>().ToArray();
                    foreach ((int index, string? text) in c.Replaced[r].Where(x => x.Index < row.Count))
                    {
                        row.Replace(index, text);
                        expected[index] = text;
                    }

                    // Indexes past the row's cells included: a missing cell is empty and has no text.
                    for (int i = 0; i < read.Length + 3; i++)
                    {
                        string? text = i < expected.Length ? expected[i] : null;
                        if (!row[i].SequenceEqual((text ?? string.Empty).AsSpan()) || row.Text(i) != text)
                        {
                            return false.Label($"row {r}, cell {i}: \"{row[i].ToString()}\" for \"{text}\"");
                        }
                    }
                }

                return true.ToProperty();
            });
        }
    }
}
