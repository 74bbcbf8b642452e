using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>The format of an annual report (年度报告格式).</summary>
    public sealed class AnnualReportFormat : CodelistValue<AnnualReportFormat>
    {
        /// <summary>The 2019 trial format, 国办公开办函〔2019〕60号, used for the 2019 and 2020 reports.</summary>
        public static readonly AnnualReportFormat Format2019 = new AnnualReportFormat("format2019", 1, "国办公开办函〔2019〕60号格式", "2019 trial format", 2019, "2019", "国办公开办函〔2019〕60号");

        /// <summary>The 2021 revised format, 国办公开办函〔2021〕30号, used from the 2021 report on.</summary>
        public static readonly AnnualReportFormat Format2021 = new AnnualReportFormat("format2021", 2, "国办公开办函〔2021〕30号格式", "2021 revised format", 2021, "2021", "国办公开办函〔2021〕30号");

        private AnnualReportFormat(string code, int order, string chineseName, string englishName, int firstReportYear, params string[] synonyms)
            : base(code, order, chineseName, englishName, synonyms)
        {
            FirstReportYear = firstReportYear;
        }

        /// <summary>The first report year that uses this format.</summary>
        public int FirstReportYear { get; }

        /// <summary>The format a report for <paramref name="reportYear"/> should use.</summary>
        /// <param name="reportYear">The year the report covers.</param>
        public static AnnualReportFormat ForReportYear(int reportYear) => reportYear >= Format2021.FirstReportYear ? Format2021 : Format2019;
    }
}
