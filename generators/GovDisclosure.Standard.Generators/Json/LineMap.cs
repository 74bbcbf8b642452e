using System.Collections.Generic;
using GovDisclosure.Standard.Generators.Model;

namespace GovDisclosure.Standard.Generators.Json
{
    /// <summary>
    /// Turns character offsets into zero-based lines and columns, breaking lines where Roslyn's
    /// <c>SourceText</c> does (CR, LF, CRLF, NEL, LS, PS) so that positions agree with the IDE.
    /// </summary>
    internal sealed class LineMap
    {
        private readonly List<int> lineStarts = new List<int> { 0 };

        public LineMap(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    lineStarts.Add(i + 1);
                }
                else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                {
                    lineStarts.Add(i + 1);
                }
            }
        }

        public SourceSpan Span(int start, int length)
        {
            (int startLine, int startColumn) = Position(start);
            (int endLine, int endColumn) = Position(start + length);
            return new SourceSpan(start, length, startLine, startColumn, endLine, endColumn);
        }

        private (int Line, int Column) Position(int offset)
        {
            int low = 0;
            int high = lineStarts.Count - 1;
            while (low < high)
            {
                int mid = (low + high + 1) / 2;
                if (lineStarts[mid] <= offset)
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return (low, offset - lineStarts[low]);
        }
    }
}
