using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>GD-AR-007: the report's tables are those of its format, and the format is the one for its year.</summary>
    internal sealed class FormatCoherenceRule : DocumentRule<AnnualReport>
    {
        public static readonly FormatCoherenceRule Instance = new FormatCoherenceRule();

        private FormatCoherenceRule()
            : base(RuleDescriptors.FormatCoherence)
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            AnnualReportFormat? format = document.Format;
            if (format is null)
            {
                yield break;
            }

            if (document.Year is int year && AnnualReportFormat.ForReportYear(year) != format)
            {
                AnnualReportFormat expected = AnnualReportFormat.ForReportYear(year);
                yield return Report(context, "/format", "formatOfYear", format.Code,
                    new FindingArgument("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new FindingArgument("expected", expected.ChineseName, expected.EnglishName),
                    new FindingArgument("format", format.ChineseName, format.EnglishName));
            }

            bool is2019 = format == AnnualReportFormat.Format2019;
            string expectedTable = is2019 ? "/proactiveDisclosure2019" : "/proactiveDisclosure2021";
            string otherTable = is2019 ? "/proactiveDisclosure2021" : "/proactiveDisclosure2019";
            bool hasExpected = is2019 ? document.ProactiveDisclosure2019 != null : document.ProactiveDisclosure2021 != null;
            bool hasOther = is2019 ? document.ProactiveDisclosure2021 != null : document.ProactiveDisclosure2019 != null;
            if (!hasExpected && !context.HasBindingFinding(expectedTable))
            {
                yield return Report(context, expectedTable, "tableMissing", null, new FindingArgument("format", format.ChineseName, format.EnglishName));
            }

            if (hasOther)
            {
                yield return Report(context, otherTable, "otherFormatTable", null, new FindingArgument("format", format.ChineseName, format.EnglishName));
            }

            OtherProcessingCounts? other = document.Applications?.Outcomes?.OtherProcessing;
            if (other is null)
            {
                yield break;
            }

            const string p = "/applications/outcomes/otherProcessing";
            if (is2019)
            {
                foreach ((string key, ApplicantCounts? row) in new[] { ("overdueCorrection", other.OverdueCorrection), ("overdueFee", other.OverdueFee) })
                {
                    if (row != null)
                    {
                        yield return Report(context, p + "/" + key, "rowOf2021", null);
                    }
                }

                yield break;
            }

            foreach ((string key, string zh, string en, ApplicantCounts? row) in new[]
            {
                ("overdueCorrection", "1.申请人无正当理由逾期不补正", "1 amendment overdue", other.OverdueCorrection),
                ("overdueFee", "2.申请人逾期未按收费通知缴纳费用", "2 fee overdue", other.OverdueFee),
                ("other", "3.其他", "3 other", other.Other),
            })
            {
                if (row is null && !context.HasBindingFinding(p + "/" + key))
                {
                    yield return Report(context, p + "/" + key, "rowMissing", null, new FindingArgument("row", zh, en));
                }
            }
        }
    }
}
