using System.Globalization;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Schema;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>
    /// An amount of money as an annual report writes it (金额): the number, the unit written beside it,
    /// and the text as written. The 2019 form (国办公开办函〔2019〕60号) prints no unit for 采购总金额, and
    /// reports write "251000元" or "25.1万元"; the amount keeps the unit it was written in and never
    /// assumes one. In JSON it is an object (<c>{"amount": 25.1, "unit": "万元", "text": "25.1万元"}</c>);
    /// a number or a text such as "251000元" is read as one.
    /// </summary>
    public sealed record ReportAmount
    {
        /// <summary>元 — yuan.</summary>
        public const string Yuan = "元";

        /// <summary>万元 — ten thousand yuan.</summary>
        public const string TenThousandYuan = "万元";

        /// <summary>亿元 — a hundred million yuan.</summary>
        public const string HundredMillionYuan = "亿元";

        /// <summary>The number as written, in <see cref="Unit"/>.</summary>
        public decimal Amount { get; init; }

        /// <summary>The unit written beside the number (元, 万元 or 亿元); <c>null</c> when none is written.</summary>
        public string? Unit { get; init; }

        /// <summary>The amount as the report writes it, e.g. <c>25.1万元</c>.</summary>
        public string? Text { get; init; }

        /// <summary>The amount in yuan (元), or <c>null</c> when no unit is written (the amount's unit is then unknown).</summary>
        [JsonIgnore]
        public decimal? InYuan => Unit switch
        {
            Yuan => Amount,
            TenThousandYuan => Amount * 10_000m,
            HundredMillionYuan => Amount * 100_000_000m,
            _ => null,
        };

        /// <summary>An amount written as a bare number, with no unit.</summary>
        /// <param name="amount">The number.</param>
        public static ReportAmount Unitless(decimal amount) =>
            new ReportAmount { Amount = amount, Text = amount.ToString(CultureInfo.InvariantCulture) };

        /// <summary>Reads an amount as reports write it: a number, optionally followed by 元, 万元 (or 万) or 亿元 (or 亿); thousands separators and full-width digits are accepted.</summary>
        /// <param name="text">The text, e.g. <c>251000元</c>, <c>25.1万元</c>, <c>3,860.5</c>.</param>
        /// <param name="amount">The amount, when the text is one.</param>
        /// <returns>Whether <paramref name="text"/> is an amount.</returns>
        public static bool TryParse(string? text, out ReportAmount? amount)
        {
            amount = null;
            if (text is null)
            {
                return false;
            }

            string folded = ChineseText.Fold(text).Trim();
            string? unit = null;
            foreach ((string written, string canonical) in new[] { (TenThousandYuan, TenThousandYuan), (HundredMillionYuan, HundredMillionYuan), ("万", TenThousandYuan), ("亿", HundredMillionYuan), (Yuan, Yuan) })
            {
                if (folded.EndsWith(written, System.StringComparison.Ordinal))
                {
                    unit = canonical;
                    folded = folded.Substring(0, folded.Length - written.Length).TrimEnd();
                    break;
                }
            }

            if (!decimal.TryParse(folded, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out decimal number))
            {
                return false;
            }

            amount = new ReportAmount { Amount = number, Unit = unit, Text = text.Trim() };
            return true;
        }
    }
}
