using System.Collections.Generic;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Reports;

namespace GovDisclosure.Standard.Validation.Timeliness
{
    /// <summary>GD-TIME-003: an annual report is published by 31 January (departments) or 31 March (people's governments) of the next year (Art. 49).</summary>
    internal sealed class AnnualReportPublishedInTimeRule : DocumentRule<AnnualReport>
    {
        public static readonly AnnualReportPublishedInTimeRule Instance = new AnnualReportPublishedInTimeRule();

        private AnnualReportPublishedInTimeRule()
            : base(new RuleDescriptor(
                "GD-TIME-003",
                FindingSeverity.Error,
                FindingCategory.Timeliness,
                DocumentKind.AnnualReport,
                new BilingualText("年度报告发布超期", "Annual report published late"),
                new BilingualText(
                    "条例第四十九条：政府部门每年 1 月 31 日前、各级人民政府每年 3 月 31 日前公布本机关上一年度的政府信息公开工作年度报告。",
                    "Article 49 of the Regulations: departments publish last year's annual report by 31 January, people's governments by 31 March.")))
        {
        }

        /// <summary>The last day to publish the report for <paramref name="year"/>.</summary>
        public static CalendarDate DueDate(int year, bool peoplesGovernment) =>
            peoplesGovernment ? new CalendarDate(year + 1, 3, 31) : new CalendarDate(year + 1, 1, 31);

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            if (document.Year is null || document.PublishedOn is null || document.Year < 1 || document.Year > 9998)
            {
                yield break;
            }

            CalendarDate published = document.PublishedOn.Value;
            if (document.AgencyKind is null)
            {
                if (published > DueDate(document.Year.Value, peoplesGovernment: false))
                {
                    yield return WorkingDayLimit.NotCheckable(context, "/publishedOn", new BilingualText(
                        $"报告于 {published} 发布；未写明机关类型（人民政府 3 月 31 日前，部门 1 月 31 日前），无法核验是否及时。",
                        $"The report was published on {published}; the agency kind is not given (governments by 31 March, departments by 31 January), so timeliness cannot be checked."),
                        published.ToString());
                }

                yield break;
            }

            CalendarDate due = DueDate(document.Year.Value, document.AgencyKind.IsPeoplesGovernment);
            if (published > due)
            {
                yield return Report(context, "/publishedOn", new BilingualText(
                    $"{document.Year} 年度报告于 {published} 发布，晚于{document.AgencyKind.ChineseName}的发布期限 {due}（条例第四十九条）。",
                    $"The {document.Year} report was published on {published}, after the deadline of {due} for a {document.AgencyKind.EnglishName.ToLowerInvariant()} (Article 49)."),
                    published.ToString());
            }
        }
    }
}
