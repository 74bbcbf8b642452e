using System.Collections.Generic;
using GovDisclosure.Standard.Reports;

namespace GovDisclosure.Standard.Validation.Reports
{
    /// <summary>GD-AR-001: the report names its year, format and agency, and has its sections.</summary>
    internal sealed class HeaderAndSectionsRule : RequiredFieldsRule<AnnualReport>
    {
        public static readonly HeaderAndSectionsRule Instance = new HeaderAndSectionsRule();

        private static readonly RequiredField<AnnualReport>[] Fields =
        {
            new RequiredField<AnnualReport>("/year", "报告年度", "report year", r => r.Year != null),
            new RequiredField<AnnualReport>("/format", "报告格式", "format", r => r.Format != null),
            new RequiredField<AnnualReport>("/agencyName", "报告机关", "agency", r => TextChecks.HasText(r.AgencyName)),
            new RequiredField<AnnualReport>("/overallSituation", "一、总体情况", "section I, overall situation", r => TextChecks.HasText(r.OverallSituation)),
            new RequiredField<AnnualReport>("/applications", "三、收到和处理政府信息公开申请情况", "section III, applications", r => r.Applications != null),
            new RequiredField<AnnualReport>("/reviewAndLitigation", "四、政府信息公开行政复议、行政诉讼情况", "section IV, reconsideration and litigation", r => r.ReviewAndLitigation != null),
            new RequiredField<AnnualReport>("/problemsAndImprovements", "五、存在的主要问题及改进情况", "section V, problems and improvements", r => TextChecks.HasText(r.ProblemsAndImprovements)),
            new RequiredField<AnnualReport>("/otherMatters", "六、其他需要报告的事项", "section VI, other matters", r => TextChecks.HasText(r.OtherMatters)),
        };

        private HeaderAndSectionsRule()
            : base(RuleDescriptors.HeaderAndSections)
        {
        }

        protected override BilingualText Requirement => new BilingualText("年度报告必备内容", "a required part of an annual report");

        protected override IEnumerable<RequiredField<AnnualReport>> FieldsOf(AnnualReport document) => Fields;
    }
}
