namespace GovDisclosure.Standard.Text
{
    /// <summary>One uncertain wording found by <see cref="VagueWording.Find"/>.</summary>
    public sealed record VagueWordingMatch
    {
        /// <summary>Creates a match.</summary>
        /// <param name="start">Where it starts in the original text (0-based, in UTF-16 characters).</param>
        /// <param name="length">Its length in the original text.</param>
        /// <param name="text">The original text of the span, as written.</param>
        /// <param name="phrase">The phrase or pattern it matched (folded), e.g. 有关部门 or 其他…材料.</param>
        public VagueWordingMatch(int start, int length, string text, string phrase)
        {
            Start = start;
            Length = length;
            Text = text;
            Phrase = phrase;
        }

        /// <summary>Where it starts in the original text (0-based, in UTF-16 characters).</summary>
        public int Start { get; }

        /// <summary>Its length in the original text.</summary>
        public int Length { get; }

        /// <summary>The original text of the span, as written (e.g. with its full-width spaces).</summary>
        public string Text { get; }

        /// <summary>The phrase or pattern it matched, folded: a fixed phrase such as 有关部门, or 其他…材料 for a catch-all.</summary>
        public string Phrase { get; }
    }
}
