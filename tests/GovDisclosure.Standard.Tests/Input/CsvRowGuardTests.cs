using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using Xunit;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// <see cref="CsvRowGuard"/> counts runs of text and delimiters at once; these check that it hands on the characters and
    /// stops where it did when it stepped through every delimiter, quote and line ending one at a time (kept here as the oracle).
    /// </summary>
    public class CsvRowGuardTests
    {
        private static readonly char[] Alphabet = { 'a', 'b', '中', ',', ',', ';', '\t', '"', '\n', '\r', ' ' };

        [Property(MaxTest = 1000)]
        public Property The_guard_hands_on_and_stops_where_a_character_at_a_time_did()
        {
            Gen<(string Text, char Delimiter, int[] Limits, int Chunk)> cases =
                from text in Gen.ArrayOf(Gen.Elements(Alphabet)).Select(c => new string(c))
                from delimiter in Gen.Elements(',', ';', '\t')
                from limits in Gen.Choose(1, 24).ArrayOf(3)
                from chunk in Gen.Choose(1, 64)
                select (text, delimiter, limits, chunk);
            return Prop.ForAll(cases.ToArbitrary(), c =>
            {
                var limits = new InputLimits { MaxStringLength = c.Limits[0], MaxLineLength = c.Limits[1] * 2, MaxFieldsPerRow = c.Limits[2] };
                (string handed, long? line, string? kind) = Guarded(c.Text, c.Delimiter, limits, c.Chunk);
                (string expectedHanded, long? expectedLine, string? expectedKind) = OneAtATime(c.Text, c.Delimiter, limits);
                return handed == expectedHanded && line == expectedLine && kind == expectedKind;
            });
        }

        [Fact]
        public void A_row_of_more_fields_than_allowed_stops_at_its_line_after_the_rows_before_it()
        {
            var limits = new InputLimits { MaxFieldsPerRow = 3 };
            (string handed, long? line, string? kind) = Guarded("a,b,c\nd,e,f,g\nh\n", ',', limits, 4096);
            Assert.Equal("a,b,c\nd,e,f", handed);
            Assert.Equal(2, line);
            Assert.Equal("fields", kind);
        }

        private static (string Handed, long? Line, string? Kind) Guarded(string text, char delimiter, InputLimits limits, int chunk)
        {
            var handed = new StringBuilder();
            using var guard = new CsvRowGuard(new StringReader(text), limits, "t.csv") { Delimiter = delimiter };
            var buffer = new char[chunk];
            try
            {
                int read;
                while ((read = guard.Read(buffer, 0, chunk)) > 0)
                {
                    handed.Append(buffer, 0, read);
                }
            }
            catch (InputException e)
            {
                string english = e.Text.English;
                string kind = english.Contains("number of fields") ? "fields" : english.Contains("length in characters") ? "line" : "string";
                return (handed.ToString(), e.Location.Line, kind);
            }

            return (handed.ToString(), null, null);
        }

        /// <summary>The guard as it stepped through each delimiter, quote and line ending (RFC 4180 quotes): what it hands on, and the line and limit it stops at.</summary>
        private static (string Handed, long? Line, string? Kind) OneAtATime(string text, char delimiter, InputLimits limits)
        {
            const int FieldStart = 0, Unquoted = 1, Quoted = 2, QuoteInQuoted = 3;
            int state = FieldStart;
            bool afterCarriageReturn = false;
            long line = 1, rowLine = 1, rowLength = 0, rowFields = 1, fieldLength = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool newLine = c == '\n' ? !afterCarriageReturn : c == '\r';
                afterCarriageReturn = c == '\r';
                if (newLine)
                {
                    line++;
                }

                if (state == Quoted)
                {
                    if (c == '"')
                    {
                        state = QuoteInQuoted;
                    }
                    else if (++fieldLength > limits.MaxStringLength)
                    {
                        return (text.Substring(0, i), rowLine, "string");
                    }
                }
                else if (c == '\n' || c == '\r')
                {
                    state = FieldStart;
                    rowLength = 0;
                    rowFields = 1;
                    fieldLength = 0;
                    rowLine = line;
                    continue;
                }
                else if (c == delimiter)
                {
                    state = FieldStart;
                    fieldLength = 0;
                    if (++rowFields > limits.MaxFieldsPerRow)
                    {
                        return (text.Substring(0, i), rowLine, "fields");
                    }
                }
                else if (c == '"')
                {
                    state = state == FieldStart || state == QuoteInQuoted ? Quoted : Unquoted;
                }
                else
                {
                    state = Unquoted;
                    if (++fieldLength > limits.MaxStringLength)
                    {
                        return (text.Substring(0, i), rowLine, "string");
                    }
                }

                if (++rowLength > limits.MaxLineLength)
                {
                    return (text.Substring(0, i), rowLine, "line");
                }
            }

            return (text, null, null);
        }
    }
}
