using System;
#if NET8_0_OR_GREATER
using System.Buffers;
#endif
using System.IO;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// The text of a CSV file as the parser reads it, watched row by row before the parser holds the row: a row
    /// (its lines, when a quoted cell spans several) longer than <see cref="InputLimits.MaxLineLength"/> characters,
    /// or with more than <see cref="InputLimits.MaxFieldsPerRow"/> fields, stops the reading with a located
    /// <see cref="InputException"/>. Without it a 200 MB line or a million-column header would be parsed whole, in
    /// memory, before anything could be said about it. A field longer than <see cref="InputLimits.MaxStringLength"/>
    /// characters (most likely a quote that is never closed) stops it too, said at the line its row starts on.
    /// Quotes are followed as RFC 4180 reads them (a quote opens a field only at its start; a doubled quote inside is
    /// one quote), with the delimiter chosen from the first block (<see cref="CsvDelimiter"/>). Each character is checked
    /// before it is handed on; the parser is handed everything before the first character over a limit, and the next
    /// read throws: so a row over a limit is said while the parser is on it, after every row before it.
    /// </summary>
    internal sealed class CsvRowGuard : TextReader
    {
        private readonly TextReader inner;
        private readonly InputLimits limits;
        private readonly string? file;
        private readonly char[] block = new char[4096];
        private int position;
        private int length;
        private char separator = ',';
        // What ends a run of characters counted at once (TakePlainRun): a quote or a line ending, inside quotes or out.
#if NET8_0_OR_GREATER
        private static readonly SearchValues<char> RunStops = SearchValues.Create("\"\n\r");
#else
        private static readonly char[] RunStops = { '"', '\n', '\r' };
#endif
        private State state = State.FieldStart;
        private bool afterCarriageReturn;
        private long line = 1;
        private long rowLine = 1;
        private long rowLength;
        private long rowFields = 1;
        private long fieldLength;
        private InputException? pending;

        public CsvRowGuard(TextReader inner, InputLimits limits, string? file)
        {
            this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
            this.limits = limits;
            this.file = file;
        }

        private enum State
        {
            FieldStart,
            Unquoted,
            Quoted,
            QuoteInQuoted,
        }

        /// <summary>The delimiter the rows are split by; set once it is chosen, before the first read.</summary>
        public char Delimiter
        {
            get => separator;
            set => separator = value;
        }

        /// <summary>The first characters of the input (as many as one block holds), without reading past them: what the delimiter is chosen from.</summary>
        public string Preview()
        {
            while (length < block.Length)
            {
                int read = inner.Read(block, length, block.Length - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return new string(block, 0, length);
        }

        public override int Peek()
        {
            if (position == length && !Fill())
            {
                return -1;
            }

            return block[position];
        }

        public override int Read()
        {
            char[] one = new char[1];
            return Read(one, 0, 1) == 0 ? -1 : one[0];
        }

        /// <summary>Hands the parser the characters before the first one over a limit, each checked before it is handed; the read after that throws.</summary>
        public override int Read(char[] buffer, int index, int count)
        {
            if (pending != null)
            {
                throw pending;
            }

            if (position == length && !Fill())
            {
                return 0;
            }

            int handed = 0;
            while (handed < count && position < length)
            {
                int plain = TakePlainRun(Math.Min(count - handed, length - position));
                if (plain > 0)
                {
                    // Characters that change nothing but the lengths and the count of fields (text and delimiters, or inside
                    // quotes anything but a quote or a line ending) are checked and handed as a run, up to the first one over
                    // a limit, which Step then says.
                    Array.Copy(block, position, buffer, index + handed, plain);
                    position += plain;
                    handed += plain;
                    continue;
                }

                char c = block[position];
                try
                {
                    Step(c);
                }
                catch (InputException e) when (handed > 0)
                {
                    // What came before is handed on first: the rows before this one are read, then the next read says it.
                    pending = e;
                    break;
                }

                buffer[index + handed++] = c;
                position++;
            }

            return handed;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        /// <summary>
        /// Takes as many of the next <paramref name="available"/> characters as Step would take one by one with the same
        /// effect as counting them at once, and counts them: outside quotes, text and delimiters (no quote, no line ending)
        /// that keep every field, the row and its number of fields within their limits; inside quotes, anything but a quote
        /// or a line ending that keeps the field and the row within theirs. The caller hands them on.
        /// </summary>
        /// <returns>How many characters were taken (0: the next one goes through Step).</returns>
        private int TakePlainRun(int available)
        {
            ReadOnlySpan<char> ahead = block.AsSpan(position, available);
            int run = ahead.IndexOfAny(RunStops);
            if (run < 0)
            {
                run = available;
            }

            ReadOnlySpan<char> taken = ahead.Slice(0, run);
            int lastDelimiter = state == State.Quoted ? -1 : taken.LastIndexOf(separator);
            if (lastDelimiter >= 0)
            {
                // Delimiters in the run: counted at once when no field of it, the row or its number of fields can pass a
                // limit (each field of the run is no longer than the field before it plus the run); else the run ends at the
                // first delimiter, which Step takes.
                int delimiters = Occurrences(taken, separator);
                if (fieldLength + run <= limits.MaxStringLength && rowLength + run <= limits.MaxLineLength && rowFields + delimiters <= limits.MaxFieldsPerRow)
                {
                    rowFields += delimiters;
                    fieldLength = run - 1 - lastDelimiter;
                    rowLength += run;
                    afterCarriageReturn = false;
                    state = lastDelimiter == run - 1 ? State.FieldStart : State.Unquoted;
                    return run;
                }

                run = taken.IndexOf(separator);
            }

            long room = Math.Min(limits.MaxStringLength - fieldLength, limits.MaxLineLength - rowLength);
            int plain = (int)Math.Max(0, Math.Min(run, room));
            if (plain > 0)
            {
                fieldLength += plain;
                rowLength += plain;
                afterCarriageReturn = false;
                if (state != State.Quoted)
                {
                    state = State.Unquoted;
                }
            }

            return plain;
        }

        /// <summary>How many times a character occurs in a text.</summary>
        internal static int Occurrences(ReadOnlySpan<char> text, char c)
        {
#if NET8_0_OR_GREATER
            return text.Count(c);
#else
            int count = 0;
            foreach (char each in text)
            {
                count += each == c ? 1 : 0;
            }

            return count;
#endif
        }

        private bool Fill()
        {
            position = 0;
            length = inner.Read(block, 0, block.Length);
            return length > 0;
        }

        private void Step(char c)
        {
            bool newLine = c == '\n' ? !afterCarriageReturn : c == '\r';
            afterCarriageReturn = c == '\r';
            if (newLine)
            {
                line++;
            }

            if (state == State.Quoted)
            {
                if (c == '"')
                {
                    state = State.QuoteInQuoted;
                }
                else if (++fieldLength > limits.MaxStringLength)
                {
                    throw TooLongField();
                }

                CountRowLength();
                return;
            }
            else if (c == '\n' || c == '\r')
            {
                // Outside quotes a line ending ends the row.
                state = State.FieldStart;
                rowLength = 0;
                rowFields = 1;
                fieldLength = 0;
                rowLine = line;
                return;
            }
            else if (c == separator)
            {
                state = State.FieldStart;
                fieldLength = 0;
                if (++rowFields > limits.MaxFieldsPerRow)
                {
                    throw new InputException(new SourceLocation { File = file, Line = rowLine }, InputLimits.Exceeded(
                        $"第 {rowLine} 行的字段数", $"The number of fields on line {rowLine}", "fields", limits.MaxFieldsPerRow));
                }
            }
            else if (c == '"')
            {
                state = state == State.FieldStart || state == State.QuoteInQuoted ? State.Quoted : State.Unquoted;
            }
            else
            {
                state = State.Unquoted;
                if (++fieldLength > limits.MaxStringLength)
                {
                    throw TooLongField();
                }
            }

            CountRowLength();
        }

        private InputException TooLongField() => new InputException(new SourceLocation { File = file, Line = rowLine }, new BilingualText(
            $"第 {rowLine} 行起有一个字段超过 {limits.MaxStringLength:N0} 个字符（多半是引号没有闭合），其后的内容无法分列（如确属正常，可调高读取上限“string”）。",
            $"A field at or after line {rowLine} is longer than {limits.MaxStringLength:N0} characters (most likely a quote that is not closed); nothing after it can be split into fields (if it is genuine, raise the reading limit 'string')."));

        private void CountRowLength()
        {
            if (++rowLength > limits.MaxLineLength)
            {
                throw new InputException(new SourceLocation { File = file, Line = rowLine }, InputLimits.Exceeded(
                    rowLine == line ? $"第 {rowLine} 行的长度（字符数）" : $"从第 {rowLine} 行起的一行记录的长度（字符数）",
                    rowLine == line ? $"The length in characters of line {rowLine}" : $"The length in characters of the row starting on line {rowLine}",
                    "line",
                    limits.MaxLineLength));
            }
        }
    }
}
