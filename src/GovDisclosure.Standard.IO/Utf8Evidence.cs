namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Weighs the evidence of a whole sample for UTF-8: a file cut inside a character, or one bad byte among thousands of
    /// well-formed multi-byte characters, is still UTF-8 with a damaged place (which the reader then reports where it is),
    /// not GB18030 — reading it as GB18030 would garble every earlier record.
    /// </summary>
    internal static class Utf8Evidence
    {
        /// <summary><c>true</c> when well-formed multi-byte UTF-8 sequences outnumber the malformed ones at least ten to one.</summary>
        public static bool IsMostlyUtf8(byte[] sample, int count)
        {
            long good = 0;
            long bad = 0;
            int i = 0;
            while (i < count)
            {
                byte b = sample[i];
                if (b < 0x80)
                {
                    i++;
                    continue;
                }

                int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                bool ok = length > 0 && i + length <= count;
                for (int k = 1; ok && k < length; k++)
                {
                    ok = (sample[i + k] & 0xC0) == 0x80;
                }

                if (ok)
                {
                    good++;
                    i += length;
                }
                else
                {
                    bad++;
                    i++;
                }
            }

            return good > 0 && good >= bad * 10;
        }
    }
}
