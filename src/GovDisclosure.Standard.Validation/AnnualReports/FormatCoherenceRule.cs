using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>GD-AR-007: the report's tables are those of its format, and the format is the one for its year.</summary>
    internal sealed class FormatCoherenceRule : DocumentRule<AnnualReport>
    {
        private static readonly string FormatPointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.Format)).Pointer;

        private static readonly FieldPath OtherProcessing = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.Applications), nameof(ApplicationTable.Outcomes), nameof(ApplicationOutcomes.OtherProcessing));

        /// <summary>The rows of 其他处理 with their pointers, worked out once (the 2021 form's rows are asked of every report).</summary>
        private static readonly (FieldShape Row, string Pointer)[] OtherProcessingRows =
            AnnualReportFields.OtherProcessing.Fields.Select(f => (f, JsonPointer.Append(OtherProcessing.Pointer, f.Name))).ToArray();

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
                yield return Report(context, FormatPointer, "formatOfYear", format.Code,
                    new FindingArgument("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new FindingArgument("expected", expected.ChineseName, expected.EnglishName),
                    new FindingArgument("format", format.ChineseName, format.EnglishName));
            }

            bool is2019 = format == AnnualReportFormat.Format2019;
            string expectedTable = is2019 ? ReportCells.Proactive2019 : ReportCells.Proactive2021;
            string otherTable = is2019 ? ReportCells.Proactive2021 : ReportCells.Proactive2019;
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

            foreach ((FieldShape row, string at) in OtherProcessingRows)
            {
                if (is2019)
                {
                    if (row != AnnualReportFields.OtherProcessing2019 && row.ValueOf(other) != null)
                    {
                        yield return Report(context, at, "rowOf2021", null);
                    }
                }
                else if (row.ValueOf(other) is null && !context.HasBindingFinding(at))
                {
                    BilingualText label = ReportTable.Label(row);
                    yield return Report(context, at, "rowMissing", null, new FindingArgument("row", label.Chinese, label.English));
                }
            }
        }
    }
}
