using System;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// Which cells of a row were blank, kept after the row is gone: all that locating the fields of a header without tick
    /// columns needs (<see cref="TabularRecordMapper.Locate"/>). The texts are not kept; a row of up to 64 cells keeps one
    /// bit a cell in the value itself, with no array. A value, so that what keeps it (<see cref="TabularFieldLocations"/>)
    /// holds it inline, with no object of its own a row.
    /// </summary>
    internal readonly struct BlankCells : ITabularCells
    {
        private const int BitsKept = 64;
        private readonly int count;
        private readonly ulong bits;
        private readonly bool[]? blank;

        /// <summary>Keeps which of a row's cells are blank.</summary>
        /// <param name="cells">The row.</param>
        /// <param name="count">How many cells it has.</param>
        public BlankCells(ITabularCells cells, int count)
        {
            this.count = count;
            if (count <= BitsKept)
            {
                for (int i = 0; i < count; i++)
                {
                    bits |= cells.IsBlank(i) ? 1UL << i : 0UL;
                }

                return;
            }

            blank = new bool[count];
            for (int i = 0; i < count; i++)
            {
                blank[i] = cells.IsBlank(i);
            }
        }

        /// <summary>Not kept.</summary>
        public ReadOnlySpan<char> this[int index] => throw new InvalidOperationException("Only which cells are blank is kept.");

        /// <summary>Not kept.</summary>
        public string? Text(int index) => throw new InvalidOperationException("Only which cells are blank is kept.");

        /// <inheritdoc />
        public bool IsBlank(int index) => index >= count || (blank is null ? (bits & (1UL << index)) != 0 : blank[index]);

        /// <summary>Itself, when only which cells are blank is asked for.</summary>
        public ITabularCells Keep(bool blanksOnly) => blanksOnly ? this : throw new InvalidOperationException("Only which cells are blank is kept.");
    }
}
