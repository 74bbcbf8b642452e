using Microsoft.CodeAnalysis.Text;

namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>
    /// Where a JSON value sits in its file: character offset and length, and zero-based line and
    /// column of its start and end (the positions Roslyn's <see cref="LinePositionSpan"/> uses).
    /// </summary>
    internal readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public static SourceSpan None => default;

        public TextSpan TextSpan => new TextSpan(Start, Length);

        public LinePositionSpan LinePositionSpan =>
            new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn));

        /// <summary>One-based line and column, as editors show them.</summary>
        public string Describe() => $"line {StartLine + 1}, column {StartColumn + 1}";
    }
}
