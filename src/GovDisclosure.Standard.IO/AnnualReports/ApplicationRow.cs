using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// A row of table 三 of the form: where its values go in the canonical JSON, and its label as the form writes it.
    /// The rows, their printed labels and the words a published label is read by are the field catalogue's
    /// (<see cref="AnnualReportFields.Applications"/> and the groups of <see cref="AnnualReportFields.Outcomes"/>).
    /// </summary>
    internal sealed record ApplicationRow(string Pointer, string Label)
    {
        private static readonly string TablePointer = FieldPaths.Of<AnnualReport>(r => r.Applications).Pointer;

        private static readonly FieldShape OutcomesRow = FieldPaths.Of<ApplicationTable>(t => t.Outcomes).Field;

        private static readonly FieldShape OtherProcessingRow = FieldPaths.Of<ApplicationOutcomes>(o => o.OtherProcessing).Field;

        private static readonly IReadOnlyList<ApplicationRow> Rows2019 = Build(format2021: false).ToArray();

        private static readonly IReadOnlyList<ApplicationRow> Rows2021 = Build(format2021: true).ToArray();

        /// <summary>The groups of 三、本年度办理结果 whose rows are numbered items ((三) 不予公开 to (六) 其他处理), in the form's order.</summary>
        public static IReadOnlyList<FieldShape> Groups { get; } = AnnualReportFields.Outcomes.Fields.Where(f => GroupOf(f) != null).ToArray();

        /// <summary>三（六）其他处理: a group in the 2021 form, one row in the 2019 form.</summary>
        public static FieldShape OtherProcessing => OtherProcessingRow;

        /// <summary>The rows of the form, in its order.</summary>
        public static IReadOnlyList<ApplicationRow> Expected(bool format2021) => format2021 ? Rows2021 : Rows2019;

        /// <summary>The row of the form that a published row's labels (folded, left to right) name, or <c>null</c>.</summary>
        public static ApplicationRow? Match(IReadOnlyList<string> labels, bool format2021)
        {
            string all = string.Concat(labels);
            foreach (FieldShape row in AnnualReportFields.Applications.Fields.Where(f => f != OutcomesRow))
            {
                if (row.Form!.IsNamedBy(all))
                {
                    return Find(JsonPointer.Append(TablePointer, row.Name), format2021);
                }
            }

            List<string> parts = labels.Where(l => !OutcomesRow.Form!.IsNamedBy(l)).ToList();
            if (parts.Count == 0)
            {
                return null;
            }

            string head = parts[0];
            string item = parts[parts.Count - 1];
            bool hasItem = parts.Count > 1;
            FieldShape? outcome = AnnualReportFields.Outcomes.Fields.FirstOrDefault(f => f.Form!.IsNamedBy(head));
            if (outcome is null)
            {
                return null;
            }

            string pointer = JsonPointer.Append(OutcomesPointer, outcome.Name);
            ObjectShape? group = GroupOf(outcome);
            if (group is null)
            {
                return Find(pointer, format2021);
            }

            if (outcome == OtherProcessingRow && !format2021)
            {
                return hasItem ? null : Find(JsonPointer.Append(pointer, AnnualReportFields.OtherProcessing2019.Name), format2021);
            }

            FieldShape? member = hasItem ? group.Fields.FirstOrDefault(f => f.Form!.IsNamedBy(item)) : null;
            return member is null ? null : Find(JsonPointer.Append(pointer, member.Name), format2021);
        }

        private static string OutcomesPointer => JsonPointer.Append(TablePointer, OutcomesRow.Name);

        /// <summary>The shape of a group's numbered rows, or <c>null</c> for a row of counts.</summary>
        private static ObjectShape? GroupOf(FieldShape outcome) =>
            outcome.PartType == typeof(ApplicantCounts) ? null : DocumentShapes.Of(outcome.PartType);

        private static IEnumerable<ApplicationRow> Build(bool format2021)
        {
            foreach (FieldShape row in AnnualReportFields.Applications.Fields)
            {
                string pointer = JsonPointer.Append(TablePointer, row.Name);
                if (row != OutcomesRow)
                {
                    yield return new ApplicationRow(pointer, row.Form!.Printed);
                    continue;
                }

                foreach (FieldShape outcome in AnnualReportFields.Outcomes.Fields)
                {
                    string at = JsonPointer.Append(pointer, outcome.Name);
                    ObjectShape? group = GroupOf(outcome);
                    if (group is null)
                    {
                        yield return new ApplicationRow(at, row.Form!.Printed + " / " + outcome.Form!.Printed);
                    }
                    else if (outcome == OtherProcessingRow && !format2021)
                    {
                        yield return new ApplicationRow(JsonPointer.Append(at, AnnualReportFields.OtherProcessing2019.Name), row.Form!.Printed + " / " + outcome.Form!.Printed);
                    }
                    else
                    {
                        foreach (FieldShape item in group.Fields)
                        {
                            yield return new ApplicationRow(JsonPointer.Append(at, item.Name), outcome.Form!.Printed + " / " + item.Form!.Printed);
                        }
                    }
                }
            }
        }

        private static ApplicationRow? Find(string pointer, bool format2021) => Expected(format2021).FirstOrDefault(r => r.Pointer == pointer);
    }
}
