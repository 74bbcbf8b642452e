namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>Which of two consecutive annual reports a continuity finding points into.</summary>
    public enum ReportSide
    {
        /// <summary>The report for year N (its row 四, 结转下年度继续办理).</summary>
        Earlier = 0,

        /// <summary>The report for year N+1 (its row 二, 上年结转).</summary>
        Later = 1,
    }
}
