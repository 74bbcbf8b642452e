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
        private static readonly string TablePointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.Applications)).Pointer;

        private static readonly FieldShape OutcomesRow = FieldPaths.Of<ApplicationTable>(nameof(ApplicationTable.Outcomes)).Field;

        private static readonly FieldShape OtherProcessingRow = FieldPaths.Of<ApplicationOutcomes>(nameof(ApplicationOutcomes.OtherProcessing)).Field;

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

            // The 2019 form prints 其他处理 as one row; a 2021-form report that still prints that one row (the 洪泽区
            // reports of 2023 and 2024 do) gives it to the 2021 form's 3.其他, as the PDF reading does.
            if (outcome == OtherProcessingRow && (!format2021 || !hasItem))
            {
                return hasItem ? null : Find(JsonPointer.Append(pointer, AnnualReportFields.OtherProcessing2019.Name), format2021);
            }

            FieldShape? member = hasItem ? group.Fields.FirstOrDefault(f => f.Form!.IsNamedBy(item)) : null;
            return member is null ? null : Find(JsonPointer.Append(pointer, member.Name), format2021);
        }

        /// <summary>
        /// Whether a published item's number (2.其他法律行政止公开 → 2) is the number the form gives <paramref name="row"/>'s
        /// item (（六）其他处理 / 3.其他 → 3); an item or row without a number agrees with any.
        /// </summary>
        public static bool NumberAgrees(ApplicationRow row, string folded) =>
            !(ItemNumber(folded) is int published && ItemNumber(ItemOf(row)) is int form) || published == form;

        /// <summary>
        /// The row of the form whose item label is nearest a published item label that names no row (a misprint:
        /// 2.其他法律行政止公开 for 2.其他法律行政法规禁止公开): the item of the same number, within the group the labels name
        /// if they name one, whose label holds every letter of the published one in order but at most one, and at least
        /// three quarters of its own; <c>null</c> unless exactly one row is that near.
        /// </summary>
        public static ApplicationRow? Nearest(IReadOnlyList<string> labels, bool format2021)
        {
            string item = labels[labels.Count - 1];
            if (!(ItemNumber(item) is int number))
            {
                return null;
            }

            string words = Words(item);
            FieldShape? group = Groups.FirstOrDefault(g => labels.Take(labels.Count - 1).Any(g.Form!.IsNamedBy));
            string? within = group is null ? null : JsonPointer.Append(OutcomesPointer, group.Name) + "/";
            if (words.Length < 4)
            {
                return null;
            }

            ApplicationRow[] near = Expected(format2021)
                .Where(r => (within is null || r.Pointer.StartsWith(within, System.StringComparison.Ordinal)) && ItemNumber(ItemOf(r)) == number)
                .Where(r =>
                {
                    string form = Words(ItemOf(r));
                    int common = CommonLetters(words, form);
                    return common >= words.Length - 1 && common * 4 >= form.Length * 3;
                })
                .ToArray();
            return near.Length == 1 ? near[0] : null;
        }

        /// <summary>The item's label of a row of the form (after the group's, e.g. 2.其他法律行政法规禁止公开), folded.</summary>
        private static string ItemOf(ApplicationRow row) => PublishedText.Fold(row.Label.Substring(row.Label.LastIndexOf('/') + 1).Trim());

        /// <summary>The number an item's label opens with (2. or 2、), or <c>null</c>.</summary>
        private static int? ItemNumber(string folded)
        {
            int digits = 0;
            while (digits < folded.Length && digits < 3 && folded[digits] >= '0' && folded[digits] <= '9')
            {
                digits++;
            }

            return digits > 0 && digits < 3 && digits < folded.Length && (folded[digits] == '.' || folded[digits] == '、' || folded[digits] == '．')
                ? int.Parse(folded.Substring(0, digits), System.Globalization.CultureInfo.InvariantCulture)
                : null;
        }

        /// <summary>The Chinese letters of a label, its number and punctuation left out.</summary>
        private static string Words(string folded) => new string(folded.Where(c => c >= '\u4e00' && c <= '\u9fff').ToArray());

        /// <summary>The length of the longest run of letters two labels share in order (their longest common subsequence).</summary>
        private static int CommonLetters(string a, string b)
        {
            var row = new int[b.Length + 1];
            for (int i = 1; i <= a.Length; i++)
            {
                int diagonal = 0;
                for (int j = 1; j <= b.Length; j++)
                {
                    int above = row[j];
                    row[j] = a[i - 1] == b[j - 1] ? diagonal + 1 : System.Math.Max(row[j], row[j - 1]);
                    diagonal = above;
                }
            }

            return row[b.Length];
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
