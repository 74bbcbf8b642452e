using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// A row of table 二 (主动公开政府信息情况) of the form: the words its label is known by (the template's and
    /// the variants reports write, e.g. 规范性文件 for 行政规范性文件), where its values go, and its columns —
    /// all as the field catalogue prints and reads them (<see cref="AnnualReportFields.Proactive2019"/>,
    /// <see cref="AnnualReportFields.Proactive2021"/>).
    /// </summary>
    internal sealed record ProactiveRow(string Pointer, string Label, string[] Words, IReadOnlyList<ProactiveColumn> Columns)
    {
        private static readonly string Pointer2019 = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.ProactiveDisclosure2019)).Pointer;

        private static readonly string Pointer2021 = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.ProactiveDisclosure2021)).Pointer;

        private static readonly IReadOnlyList<ProactiveRow> Rows2019 = Build(AnnualReportFields.Proactive2019, Pointer2019);

        private static readonly IReadOnlyList<ProactiveRow> Rows2021 = Build(AnnualReportFields.Proactive2021, Pointer2021);

        /// <summary>Where table 二 of the 2019 or the 2021 form goes in the canonical JSON.</summary>
        public static string TablePointer(bool format2021) => format2021 ? Pointer2021 : Pointer2019;

        /// <summary>The rows of the 2019 or the 2021 form, in its order.</summary>
        public static IReadOnlyList<ProactiveRow> Of(bool format2021) => format2021 ? Rows2021 : Rows2019;

        /// <summary>The row a published label names: the label must be the row's words, give or take a prefix such as 本部门 or a trailing 数量.</summary>
        public static ProactiveRow? Match(string folded, bool format2021) =>
            Of(format2021).FirstOrDefault(r => r.Words.Any(w => folded == w || (folded.Length <= w.Length + 6 && folded.Contains(w))));

        private static IReadOnlyList<ProactiveRow> Build(ObjectShape table, string tablePointer) =>
            table.Fields.Select(row => new ProactiveRow(JsonPointer.Append(tablePointer, row.Name), row.Form!.Path, row.Form.Words.ToArray(), ColumnsOf(row))).ToArray();

        private static IReadOnlyList<ProactiveColumn> ColumnsOf(FieldShape row)
        {
            if (row.Form!.ValueColumn is FormLabel value)
            {
                return new[] { Column(string.Empty, value, row.PartType) };
            }

            return DocumentShapes.Of(row.PartType)!.Fields.Select(c => Column(c.Name, c.Form!, c.PartType)).ToArray();
        }

        private static ProactiveColumn Column(string member, FormLabel form, Type type) =>
            new ProactiveColumn(member, form.Printed, form.Words.ToArray(), type == typeof(decimal) || type == typeof(ReportAmount));
    }
}
