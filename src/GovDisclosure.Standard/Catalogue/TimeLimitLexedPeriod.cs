namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>A period as the lexer reads it: a count of working days or of calendar days.</summary>
    internal sealed class TimeLimitLexedPeriod
    {
        public TimeLimitLexedPeriod(int count, bool workingDays)
        {
            Count = count;
            WorkingDays = workingDays;
        }

        public int Count { get; }

        public bool WorkingDays { get; }
    }
}
