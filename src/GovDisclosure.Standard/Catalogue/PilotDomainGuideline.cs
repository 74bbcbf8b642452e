using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>
    /// A pilot domain's guideline (基层政务公开标准指引) as <c>catalog/domains.json</c> records it:
    /// title, document number (文号), date of issue, and how far these were checked.
    /// </summary>
    public sealed record PilotDomainGuideline
    {
        /// <summary>The guideline's title, e.g. 重大建设项目领域基层政务公开标准指引; <c>null</c> when unknown.</summary>
        public string? Title { get; init; }

        /// <summary>The document number (文号), e.g. 发改办投资〔2019〕621号; <c>null</c> when unknown.</summary>
        public string? DocumentNumber { get; init; }

        /// <summary>The date of issue (印发日期); <c>null</c> when unknown.</summary>
        public CalendarDate? IssuedOn { get; init; }

        /// <summary><c>true</c> only when title, number and date were checked against the guideline document itself.</summary>
        public bool Verified { get; init; }

        /// <summary>What was checked against what, or why not.</summary>
        public string? Note { get; init; }
    }
}
