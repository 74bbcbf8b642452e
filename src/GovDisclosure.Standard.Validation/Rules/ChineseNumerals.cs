using System.Globalization;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>Chinese numerals, both ways: the item numbers of laws and forms (1 → 一, 12 → 十二), and the counts reports write in words (一百七十 → 170).</summary>
    internal static class ChineseNumerals
    {
        private static readonly string[] Digits = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

        public static string Of(int number)
        {
            if (number < 0 || number >= 100)
            {
                return number.ToString(CultureInfo.InvariantCulture);
            }

            if (number < 10)
            {
                return Digits[number];
            }

            int tens = number / 10;
            int units = number % 10;
            return (tens == 1 ? string.Empty : Digits[tens]) + "十" + (units == 0 ? string.Empty : Digits[units]);
        }

        /// <summary>
        /// Reads a count as reports write it: Arabic digits (half- or full-width, with thousands commas, a
        /// decimal only before 万), or Chinese numerals up to 万 (一百七十, 两千零三, 十二, 1.2万, 三万五千).
        /// </summary>
        public static bool TryParse(string text, out long value)
        {
            value = 0;
            if (string.IsNullOrEmpty(text))
            {
                return false;
            }

            string s = Normalise(text);
            bool tenThousands = s.EndsWith("万", System.StringComparison.Ordinal) && s.Length > 1 && char.IsDigit(s[s.Length - 2]);
            if (tenThousands)
            {
                s = s.Substring(0, s.Length - 1);
            }

            if (s.Length > 0 && char.IsDigit(s[0]))
            {
                if (!decimal.TryParse(s.Replace(",", string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number))
                {
                    return false;
                }

                number *= tenThousands ? 10000 : 1;
                if (number != decimal.Truncate(number) || number > long.MaxValue / 2)
                {
                    return false;
                }

                value = (long)number;
                return true;
            }

            return TryParseWords(s, out value);
        }

        private static string Normalise(string text)
        {
            var chars = text.Trim().ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] >= '０' && chars[i] <= '９')
                {
                    chars[i] = (char)('0' + (chars[i] - '０'));
                }
                else if (chars[i] == '，' || chars[i] == '､')
                {
                    chars[i] = ',';
                }
            }

            return new string(chars);
        }

        private static bool TryParseWords(string s, out long value)
        {
            value = 0;
            long section = 0;
            long digit = -1;
            bool any = false;
            foreach (char c in s)
            {
                int d = DigitOf(c);
                if (d >= 0)
                {
                    if (digit >= 0 && digit != 0 && d != 0)
                    {
                        return false;
                    }

                    digit = d;
                    any = true;
                    continue;
                }

                long unit = c switch
                {
                    '十' => 10,
                    '百' => 100,
                    '千' => 1000,
                    '万' => 10000,
                    _ => 0,
                };
                if (unit == 0)
                {
                    return false;
                }

                any = true;
                if (unit == 10000)
                {
                    section += digit > 0 ? digit : 0;
                    value += (section == 0 ? 1 : section) * 10000;
                    section = 0;
                }
                else
                {
                    section += (digit < 0 ? 1 : digit) * unit;
                }

                digit = -1;
            }

            value += section + (digit > 0 ? digit : 0);
            return any;
        }

        private static int DigitOf(char c) => c switch
        {
            '零' => 0,
            '〇' => 0,
            '一' => 1,
            '二' => 2,
            '两' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => -1,
        };
    }
}
