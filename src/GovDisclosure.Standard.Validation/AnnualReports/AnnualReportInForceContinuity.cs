using System;
using System.Collections.Generic;
using System.Globalization;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// GD-AR-015, the check across an agency's reports for two consecutive years in the 2021 format (现行有效件数衔接):
    /// for 规章 and 行政规范性文件 of table 二 (第二十条第（一）项), 现行有效件数 of year N+1 equals 现行有效件数 of year N
    /// plus 本年制发件数 minus 本年废止件数 of year N+1. Compared only when all four numbers are written.
    /// </summary>
    internal static class AnnualReportInForceContinuity
    {
        /// <summary>The two rows of 第二十条第（一）项, as the field catalogue names them.</summary>
        private static readonly FieldShape[] Rows =
        {
            FieldPaths.Of<ProactiveDisclosure2021>(nameof(ProactiveDisclosure2021.Rules)).Field,
            FieldPaths.Of<ProactiveDisclosure2021>(nameof(ProactiveDisclosure2021.NormativeDocuments)).Field,
        };

        private static readonly string InForce = FieldPaths.Of<DocumentCounts2021>(nameof(DocumentCounts2021.InForce)).Field.Name;

        public static RuleDescriptor Descriptor { get; } = RuleDescriptors.InForceContinuity;

        /// <summary>The pointer of a row's 现行有效件数 cell, e.g. <c>/proactiveDisclosure2021/rules/inForce</c>.</summary>
        public static IEnumerable<string> InForcePointers()
        {
            foreach (FieldShape row in Rows)
            {
                yield return JsonPointer.Append(JsonPointer.Append(ReportCells.Proactive2021, row.Name), InForce);
            }
        }

        /// <summary>What a series keeps of a report for this check: its table 二 of the 2021 format.</summary>
        public static ProactiveDisclosure2021? Remembered(AnnualReport report) =>
            report.ProactiveDisclosure2021 is ProactiveDisclosure2021 t ? new ProactiveDisclosure2021 { Rules = t.Rules, NormativeDocuments = t.NormativeDocuments } : null;

        /// <summary>Compares the two reports; the findings are located in the report on <paramref name="side"/> (its 现行有效件数 cell).</summary>
        public static IReadOnlyList<Finding> Check(AnnualReport earlier, AnnualReport later, ReportSide side, RuleContext context)
        {
            if (earlier.Year is null || later.Year != earlier.Year + 1)
            {
                throw new ArgumentException($"The reports are not for consecutive years ({earlier.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"} and {later.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}).", nameof(later));
            }

            if (earlier.ProactiveDisclosure2021 is null || later.ProactiveDisclosure2021 is null)
            {
                return RuleFindings.None;
            }

            var findings = new List<Finding>();
            foreach (FieldShape row in Rows)
            {
                var before = row.ValueOf(earlier.ProactiveDisclosure2021) as DocumentCounts2021;
                var after = row.ValueOf(later.ProactiveDisclosure2021) as DocumentCounts2021;
                if (before?.InForce is not int previous || after?.Issued is not int issued || after.Repealed is not int repealed || after.InForce is not int inForce)
                {
                    continue;
                }

                int expected = previous + issued - repealed;
                if (expected == inForce)
                {
                    continue;
                }

                BilingualText name = ReportTable.Label(row);
                string pointer = JsonPointer.Append(JsonPointer.Append(ReportCells.Proactive2021, row.Name), InForce);
                int shown = side == ReportSide.Later ? inForce : previous;
                findings.Add(RuleFindings.Create(Descriptor, context, pointer, "default", Text(shown), new[]
                {
                    new FindingArgument("row", name.Chinese, name.English),
                    new FindingArgument("rowEnglish", name.English),
                    new FindingArgument("year", Text(earlier.Year.Value)),
                    new FindingArgument("nextYear", Text(later.Year.Value)),
                    new FindingArgument("previousInForce", Text(previous)),
                    new FindingArgument("issued", Text(issued)),
                    new FindingArgument("repealed", Text(repealed)),
                    new FindingArgument("expected", Text(expected)),
                    new FindingArgument("inForce", Text(inForce)),
                }));
            }

            return findings;
        }

        private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
