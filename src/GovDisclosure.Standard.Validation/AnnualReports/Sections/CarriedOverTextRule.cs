using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports.Sections
{
    /// <summary>
    /// GD-AR-017 in a stream: compares sections 一 and 五 of each report with those of the last report of the same agency
    /// when their years are consecutive (<see cref="AnnualReportCarriedOverText"/>). Per agency it remembers the year and
    /// the two sections' text, not the whole report.
    /// </summary>
    internal sealed class CarriedOverTextRule : DocumentPairRule<AnnualReport>
    {
        public static readonly CarriedOverTextRule Instance = new CarriedOverTextRule();

        private CarriedOverTextRule()
            : base(AnnualReportCarriedOverText.Descriptor)
        {
        }

        public override string? KeyOf(AnnualReport document) =>
            TextChecks.HasText(document.AgencyName) && document.Year != null ? ChineseText.Fold(document.AgencyName) : null;

        internal override AnnualReport Remembered(AnnualReport document) => AnnualReportCarriedOverText.Remembered(document);

        public override IEnumerable<Finding> Check(AnnualReport previous, AnnualReport current, RuleContext context)
        {
            if (previous.Year == current.Year - 1)
            {
                return AnnualReportCarriedOverText.Check(previous, current, context);
            }

            if (previous.Year == current.Year + 1)
            {
                return AnnualReportCarriedOverText.Check(current, previous, context);
            }

            return RuleFindings.None;
        }
    }
}
