using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports.Narrative
{
    /// <summary>GD-AR-012: a count that section 一 states contradicts the tables.</summary>
    internal sealed class NarrativeRule : DocumentRule<AnnualReport>
    {
        public static readonly NarrativeRule Instance = new NarrativeRule();

        private static readonly string Text = GovDisclosure.Standard.Shapes.FieldPaths.Of<AnnualReport>(nameof(AnnualReport.OverallSituation)).Pointer;

        private NarrativeRule()
            : base(RuleDescriptors.NarrativeAgainstTables)
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            // A text states a count only with a counter (NarrativeClaim.In), and all upheld only with 维持 (AllUpheldClaim):
            // a text with neither finds nothing, and makes no enumerator.
            string? text = document.OverallSituation;
            return string.IsNullOrWhiteSpace(text)
                || (text!.IndexOfAny(NarrativeQuantity.Counters) < 0 && (document.ReviewAndLitigation is null || text.IndexOf(AllUpheldClaim.Upheld, System.StringComparison.Ordinal) < 0))
                ? System.Array.Empty<Finding>()
                : Found(document, text, context);
        }

        private IEnumerable<Finding> Found(AnnualReport document, string text, RuleContext context)
        {

            foreach (NarrativeClaim claim in NarrativeClaim.In(text, document.Year))
            {
                TableFigure? figure = claim.Quantity.Figure(document);
                if (figure is null || figure.Pointers.Count == 0 || !figure.Contradicts(claim.Stated))
                {
                    continue;
                }

                string stated = claim.Stated.ToString(CultureInfo.InvariantCulture);
                string written = figure.Written.ToString(CultureInfo.InvariantCulture);
                yield return Report(
                    context,
                    Text,
                    "count",
                    claim.Text,
                    new FindingArgument("text", claim.Text),
                    new FindingArgument("quantity", claim.Quantity.Chinese, claim.Quantity.English),
                    new FindingArgument("stated", claim.Stated.ToString(CultureInfo.InvariantCulture)),
                    new FindingArgument("written", figure.Written.ToString(CultureInfo.InvariantCulture)),
                    figure.HasBlanks
                        ? new FindingArgument("blanks", "（空白格按未填写，已填写部分之和）", " (the written cells; blanks are not filled in)")
                        : new FindingArgument("blanks", string.Empty),
                    new FindingArgument("cells", figure.Chinese, figure.English))
                    .WithSpan(claim.Start, claim.Length) with
                    {
                        RelatedLocations = figure.Pointers.Select(context.Locate).ToArray(),
                    };
            }

            if (document.ReviewAndLitigation is null)
            {
                yield break;
            }

            foreach (AllUpheldClaim claim in AllUpheldClaim.In(text))
            {
                var chinese = new List<string>();
                var english = new List<string>();
                var pointers = new List<string>();
                foreach (var group in ReportTable.RemedyGroups.Where(g => claim.Groups.Contains(g.Key)))
                {
                    RemedyOutcomeCounts? counts = group.Get(document.ReviewAndLitigation);
                    if (counts is null)
                    {
                        continue;
                    }

                    var notUpheld = ReportTable.RemedyCells
                        .Where(c => c.Key != ReportTable.RemedyUpheld && c.Key != ReportTable.RemedyTotal && (c.Get(counts) ?? 0) > 0)
                        .ToList();
                    if (notUpheld.Count == 0)
                    {
                        continue;
                    }

                    string pointer = JsonPointer.Append(ReportCells.Remedies, group.Key);
                    pointers.Add(JsonPointer.Append(pointer, ReportTable.RemedyUpheld));
                    pointers.AddRange(notUpheld.Select(c => JsonPointer.Append(pointer, c.Key)));
                    string upheld = (counts.Upheld ?? 0).ToString(CultureInfo.InvariantCulture);
                    chinese.Add($"{group.Chinese}：结果维持 {upheld}，" + string.Join("，", notUpheld.Select(c => c.Chinese + " " + c.Get(counts)!.Value.ToString(CultureInfo.InvariantCulture))));
                    english.Add($"{group.English}: upheld {upheld}, " + string.Join(", ", notUpheld.Select(c => c.English + " " + c.Get(counts)!.Value.ToString(CultureInfo.InvariantCulture))));
                }

                if (pointers.Count == 0)
                {
                    continue;
                }

                yield return Report(
                    context,
                    Text,
                    "allUpheld",
                    claim.Text,
                    new FindingArgument("text", claim.Text),
                    new FindingArgument("results", string.Join("；", chinese), string.Join("; ", english)))
                    .WithSpan(claim.Start, claim.Length) with
                    {
                        RelatedLocations = pointers.Select(context.Locate).ToArray(),
                    };
            }
        }
    }
}
