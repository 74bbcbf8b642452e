using System.Collections.Generic;
using GovDisclosure.Standard.Reports;

namespace GovDisclosure.Standard.Validation.Reports
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
                yield return Report(context, "/format", new BilingualText(
                    $"{year} 年度报告应使用{expected.ChineseName}，而不是{format.ChineseName}。",
                    $"A {year} report uses the {expected.EnglishName}, not the {format.EnglishName}."),
                    format.Code);
            }

            bool is2019 = format == AnnualReportFormat.Format2019;
            string expectedTable = is2019 ? "/proactiveDisclosure2019" : "/proactiveDisclosure2021";
            string otherTable = is2019 ? "/proactiveDisclosure2021" : "/proactiveDisclosure2019";
            bool hasExpected = is2019 ? document.ProactiveDisclosure2019 != null : document.ProactiveDisclosure2021 != null;
            bool hasOther = is2019 ? document.ProactiveDisclosure2021 != null : document.ProactiveDisclosure2019 != null;
            if (!hasExpected && !context.HasBindingFinding(expectedTable))
            {
                yield return Report(context, expectedTable, new BilingualText(
                    $"缺少二、主动公开政府信息情况（{format.ChineseName}的表二）。",
                    $"Section II, proactive disclosure (table II of the {format.EnglishName}), is missing."));
            }

            if (hasOther)
            {
                yield return Report(context, otherTable, new BilingualText(
                    $"报告为{format.ChineseName}，却填写了另一格式的表二；请按{format.ChineseName}填写。",
                    $"The report is in the {format.EnglishName} but fills in table II of the other format; use the table of its own format."));
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
                        yield return Report(context, p + "/" + key, new BilingualText(
                            "2019 年格式的三（六）其他处理只有一行，不分“逾期不补正”“逾期未缴费”；请并入其他处理一行，或改用 2021 年格式。",
                            "In the 2019 format, III(6) other processing is one row, without 'amendment overdue' and 'fee overdue'; add them into that row, or use the 2021 format."));
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
                    yield return Report(context, p + "/" + key, new BilingualText(
                        $"2021 年格式的三（六）其他处理应有三行，缺少“{zh}”。",
                        $"In the 2021 format, III(6) other processing has three rows; row {en} is missing."));
                }
            }
        }
    }
}
