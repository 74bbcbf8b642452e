namespace GovDisclosure.Standard.Validation
{
    /// <summary>Whether an annual report was published by its Art. 49 due date (是否按期公布), as <see cref="AnnualReportDeadline"/> tells it.</summary>
    public enum AnnualReportTimeliness
    {
        /// <summary>Cannot be said (无法判断): no year or publication date, or no due date for the agency's kind (GD-TIME-004).</summary>
        NotCheckable = 0,

        /// <summary>Published on or before the due date (按期).</summary>
        InTime = 1,

        /// <summary>Published after the due date (逾期, GD-TIME-003).</summary>
        Late = 2,
    }
}
