using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Enforcement;

namespace GovDisclosure.Standard.Validation.Timeliness
{
    /// <summary>GD-TIME-001: an enforcement result is published within 7 (licences, penalties) or 20 working days of the decision.</summary>
    internal sealed class EnforcementPublishedInTimeRule : DocumentRule<EnforcementDisclosure>
    {
        public static readonly EnforcementPublishedInTimeRule Instance = new EnforcementPublishedInTimeRule();

        private EnforcementPublishedInTimeRule()
            : base(new RuleDescriptor(
                "GD-TIME-001",
                FindingSeverity.Error,
                FindingCategory.Timeliness,
                DocumentKind.EnforcementDisclosure,
                new BilingualText("执法结果公示超期", "Enforcement result published late"),
                new BilingualText(
                    "行政许可、行政处罚的执法决定信息自执法决定作出之日起 7 个工作日内公开，其他执法决定信息 20 个工作日内公开，法律、行政法规另有规定的除外（国办发〔2018〕118号；按法定节假日和调休计算工作日）。",
                    "Licence and penalty decisions are published within 7 working days of the decision, other enforcement decisions within 20, unless a law or administrative regulation provides otherwise (国办发〔2018〕118号; working days on the statutory holiday calendar).")))
        {
        }

        public override IEnumerable<Finding> Check(EnforcementDisclosure document, RuleContext context)
        {
            if (document.Category is null || document.DecidedOn is null || document.PublishedOn is null || document.PublishedOn < document.DecidedOn)
            {
                return Enumerable.Empty<Finding>();
            }

            return WorkingDayLimit.Check(
                Descriptor,
                context,
                "/publishedOn",
                document.DecidedOn.Value,
                document.Category.PublicationLimit,
                document.PublishedOn.Value,
                new BilingualText(document.Category.ChineseName + "决定作出", document.Category.EnglishName.ToLowerInvariant() + " decision"),
                new BilingualText("公示", "publication"));
        }
    }
}
