namespace GovDisclosure.Standard.Validation
{
    /// <summary>Chinese numerals for the item numbers of laws and forms: 1 → 一, 12 → 十二.</summary>
    internal static class ChineseNumerals
    {
        private static readonly string[] Digits = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

        public static string Of(int number)
        {
            if (number < 0 || number >= 100)
            {
                return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (number < 10)
            {
                return Digits[number];
            }

            int tens = number / 10;
            int units = number % 10;
            return (tens == 1 ? string.Empty : Digits[tens]) + "十" + (units == 0 ? string.Empty : Digits[units]);
        }
    }
}
