namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>How far an identity with blank cells can be checked.</summary>
    internal enum SumOutcome
    {
        /// <summary>It holds, reading every blank as 0 (a blank is how official reports write 0).</summary>
        Holds,

        /// <summary>It cannot hold whatever the blanks are: the written cells of one side already exceed the other side, and that side has no blank. An error.</summary>
        Broken,

        /// <summary>The 总计 itself is blank and the written parts are not 0: nothing to check against. Information.</summary>
        TotalBlank,

        /// <summary>It would hold only if the blanks held a non-zero difference, which a blank (read as 0) does not say. A warning.</summary>
        Unconfirmed,
    }
}
