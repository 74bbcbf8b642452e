using System;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// The order in which to turn byte offsets into lines and columns: the indexes of the offsets that are found
    /// (not negative), by increasing offset, so that a locator counts characters from one to the next and reads the
    /// record once for all of them.
    /// </summary>
    internal static class OffsetOrder
    {
        /// <summary>The indexes of the non-negative <paramref name="offsets"/>, smallest offset first (a tie in index order).</summary>
        /// <param name="offsets">Byte offsets; -1 for one not found.</param>
        public static int[] Of(int[] offsets)
        {
            int count = 0;
            foreach (int offset in offsets)
            {
                if (offset >= 0)
                {
                    count++;
                }
            }

            var order = new int[count];
            int n = 0;
            for (int i = 0; i < offsets.Length; i++)
            {
                if (offsets[i] < 0)
                {
                    continue;
                }

                // Insertion sort: a finding names a handful of cells.
                int at = n++;
                while (at > 0 && offsets[order[at - 1]] > offsets[i])
                {
                    order[at] = order[at - 1];
                    at--;
                }

                order[at] = i;
            }

            return order;
        }
    }
}
