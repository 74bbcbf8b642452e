namespace GovDisclosure.Standard.Reporting.Comparison
{
    /// <summary>
    /// Something a comparison left out, with where: a record that could not be read, or a value the reader could not take
    /// (the record is compared without it; <c>govdisclosure validate</c> tells why).
    /// </summary>
    /// <param name="Location">Where.</param>
    /// <param name="Message">What was left out, in Chinese and English.</param>
    /// <param name="RecordLeftOut"><c>true</c> when the whole record was left out of the comparison.</param>
    public sealed record ComparisonNote(SourceLocation Location, BilingualText Message, bool RecordLeftOut);
}
