using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace GovDisclosure.Standard.Generators.Emitting
{
    /// <summary>Turns catalogue text into C# string literals and XML documentation text.</summary>
    internal static class CSharpText
    {
        public static string Literal(string? text)
        {
            if (text is null)
            {
                return "null";
            }

            var builder = new StringBuilder(text.Length + 2);
            builder.Append('"');
            foreach (char c in text)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append('"');
            return builder.ToString();
        }

        public static string Literals(IEnumerable<string> texts) => string.Join(", ", texts.Select(Literal));

        /// <summary>Text safe inside an XML doc comment, on one line.</summary>
        public static string Xml(string? text)
        {
            if (text is null)
            {
                return string.Empty;
            }

            var builder = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '\r':
                    case '\n':
                    case '\u0085':
                    case '\u2028':
                    case '\u2029':
                        builder.Append(' ');
                        break;
                    default:
                        builder.Append(c < ' ' ? ' ' : c);
                        break;
                }
            }

            return builder.ToString();
        }
    }
}
