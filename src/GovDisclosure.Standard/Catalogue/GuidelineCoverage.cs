using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>How much of its source guideline a catalogue definition contains.</summary>
    public sealed class GuidelineCoverage : CodelistValue<GuidelineCoverage>
    {
        /// <summary>完整 — every item of the guideline is present.</summary>
        public static readonly GuidelineCoverage Complete = new GuidelineCoverage(GuidelineCoverageRows.Complete);

        /// <summary>部分 — some items are missing; the definition's coverage note says which.</summary>
        public static readonly GuidelineCoverage Partial = new GuidelineCoverage(GuidelineCoverageRows.Partial);

        private GuidelineCoverage(CodelistRow row)
            : base(row.Code, row.Order, row.ChineseName, row.EnglishName, row.Synonyms)
        {
        }
    }
}
