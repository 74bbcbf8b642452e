using System;
using System.IO;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// Writes CSV rows as RFC 4180 has them (CSV 写出): fields split by commas, rows ended by CR LF, and a field quoted —
    /// its quotes doubled — when it holds a quote, a comma or a line break, or starts or ends with a space (so that a
    /// reader that trims keeps the spaces). The rule is the one the files were written by before, so they do not change.
    /// </summary>
    internal sealed class CsvFieldWriter
    {
        private static readonly char[] NeedsQuotes = { '"', ',', '\r', '\n' };
        private readonly TextWriter text;
        private bool rowStarted;

        /// <summary>Creates a writer onto <paramref name="text"/> (left open).</summary>
        public CsvFieldWriter(TextWriter text)
        {
            this.text = text ?? throw new ArgumentNullException(nameof(text));
        }

        /// <summary>Writes one field of the current row.</summary>
        public void WriteField(string? field)
        {
            if (rowStarted)
            {
                text.Write(',');
            }

            rowStarted = true;
            if (string.IsNullOrEmpty(field))
            {
                return;
            }

            if (field!.IndexOfAny(NeedsQuotes) < 0 && field[0] != ' ' && field[field.Length - 1] != ' ')
            {
                text.Write(field);
                return;
            }

            text.Write('"');
            text.Write(field.Replace("\"", "\"\""));
            text.Write('"');
        }

        /// <summary>Ends the current row.</summary>
        public void NextRecord()
        {
            text.Write("\r\n");
            rowStarted = false;
        }
    }
}
