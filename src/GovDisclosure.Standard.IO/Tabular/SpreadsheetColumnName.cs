using System.Text;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>A worksheet column's letters (列名): A … Z, AA, AB …, as cell references write them.</summary>
    internal static class SpreadsheetColumnName
    {
        /// <summary>The letters of a column.</summary>
        /// <param name="index">The 0-based column index.</param>
        public static string Of(int index)
        {
            var name = new StringBuilder();
            int n = index + 1;
            while (n > 0)
            {
                int remainder = (n - 1) % 26;
                name.Insert(0, (char)('A' + remainder));
                n = (n - 1) / 26;
            }

            return name.ToString();
        }
    }
}
