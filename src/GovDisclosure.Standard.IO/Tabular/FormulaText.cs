using System.Globalization;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// Text a spreadsheet would run as a formula (公式注入, OWASP "CSV Injection"): a value that begins with <c>=</c>,
    /// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return and is not a number. Written to CSV with a leading
    /// <c>'</c>, a spreadsheet shows it as text.
    /// </summary>
    public static class FormulaText
    {
        /// <summary><c>true</c> when a spreadsheet would read <paramref name="value"/> as a formula.</summary>
        /// <param name="value">A cell's text.</param>
        public static bool IsFormula(string value) =>
            value != null && value.Length > 0
            && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' || value[0] == '\t' || value[0] == '\r')
            && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

        /// <summary><paramref name="value"/> with a leading <c>'</c> when it would be read as a formula, else unchanged.</summary>
        /// <param name="value">A cell's text.</param>
        public static string Neutralise(string value) => IsFormula(value) ? "'" + value : value;
    }
}
