using System;

namespace GovDisclosure.Standard.Validation.AnnualReports.Sections
{
    /// <summary>
    /// Every run of <see cref="AnnualReportCarriedOverText.RunLength"/> letters of last year's section (上年文字的定长片段),
    /// indexed by a hash that rolls from one run to the next (the hash of the run starting one letter later is worked out
    /// from the last one's in a few operations, not from its twelve letters again): whether a run of this year's letters
    /// stands in last year's is a lookup and, where a hash is shared, a comparison of the letters themselves, so the answer
    /// is exact. A thread keeps one and indexes section after section in it.
    /// </summary>
    internal sealed class LetterRuns
    {
        private const int RunLength = AnnualReportCarriedOverText.RunLength;

        /// <summary>The multiplier of the rolling hash: odd, so that no letter's weight is lost modulo 2³².</summary>
        private const uint Multiplier = 0x01000193;

        /// <summary>The weight of a run's first letter, <see cref="Multiplier"/> to the power <see cref="RunLength"/> − 1.</summary>
        private static readonly uint FirstWeight = Power(Multiplier, RunLength - 1);

        private char[] earlier = Array.Empty<char>();

        /// <summary>The first run of each bucket plus one (0: none), for the buckets in use (<see cref="shift"/>).</summary>
        private int[] buckets = new int[16];

        /// <summary>The next run of the same bucket plus one (0: none), by where the run starts.</summary>
        private int[] next = Array.Empty<int>();

        /// <summary>Each run's hash, by where the run starts.</summary>
        private uint[] hashes = Array.Empty<uint>();

        /// <summary>How far a mixed hash is shifted to give a bucket: 32 less the bits of the bucket count in use.</summary>
        private int shift = 28;

        /// <summary>Indexes the runs of the first <paramref name="length"/> letters of <paramref name="letters"/> (last year's), forgetting the last ones.</summary>
        public void Index(char[] letters, int length)
        {
            earlier = letters;
            int runs = Math.Max(0, length - RunLength + 1);
            int bits = 4;
            while ((1 << bits) < 2 * runs)
            {
                bits++;
            }

            int size = 1 << bits;
            if (buckets.Length < size)
            {
                buckets = new int[size];
            }
            else
            {
                Array.Clear(buckets, 0, size);
            }

            if (next.Length < runs)
            {
                next = new int[runs];
                hashes = new uint[runs];
            }

            shift = 32 - bits;
            uint hash = 0;
            for (int i = 0; i < runs; i++)
            {
                hash = i == 0 ? Hash(letters, 0) : Roll(hash, letters[i - 1], letters[i + RunLength - 1]);
                hashes[i] = hash;
                int bucket = Bucket(hash);
                next[i] = buckets[bucket];
                buckets[bucket] = i + 1;
            }
        }

        /// <summary>
        /// Whether the run of <paramref name="letters"/> starting at <paramref name="start"/>, whose hash is
        /// <paramref name="hash"/>, is one of the runs indexed (the same letters, compared one by one).
        /// </summary>
        public bool Contains(char[] letters, int start, uint hash)
        {
            ReadOnlySpan<char> run = letters.AsSpan(start, RunLength);
            for (int i = buckets[Bucket(hash)] - 1; i >= 0; i = next[i] - 1)
            {
                if (hashes[i] == hash && run.SequenceEqual(earlier.AsSpan(i, RunLength)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The hash of the run of <paramref name="letters"/> starting at <paramref name="start"/>.</summary>
        public static uint Hash(char[] letters, int start)
        {
            uint hash = 0;
            for (int k = 0; k < RunLength; k++)
            {
                hash = unchecked((hash * Multiplier) + letters[start + k]);
            }

            return hash;
        }

        /// <summary>The hash of the run one letter on from the run whose hash is <paramref name="hash"/>: <paramref name="leaving"/> dropped at its start, <paramref name="entering"/> added at its end.</summary>
        public static uint Roll(uint hash, char leaving, char entering) =>
            unchecked(((hash - (leaving * FirstWeight)) * Multiplier) + entering);

        private int Bucket(uint hash) => (int)(unchecked(hash * 0x9E3779B9u) >> shift);

        private static uint Power(uint value, int exponent)
        {
            uint result = 1;
            for (int i = 0; i < exponent; i++)
            {
                result = unchecked(result * value);
            }

            return result;
        }
    }
}
