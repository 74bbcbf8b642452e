using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue.Comparison;

namespace GovDisclosure.Standard.Reporting.Comparison
{
    /// <summary>The table that opens every format of a comparison report: per domain, or per pair of sources.</summary>
    internal static class ComparisonTable
    {
        public static string[] Headers(ComparisonReport report, bool chinese) => report.Kind == ComparisonKind.CatalogueWithStandard
            ? (chinese ? new[] { "领域", "匹配", "缺少", "增加", "弱于标准" } : new[] { "Domain", "Matched", "Missing", "Added", "Weakened" })
            : (chinese ? new[] { "比对来源", "匹配", "仅第一个来源", "仅该来源", "不一致" } : new[] { "Sources", "Matched", "Only in first", "Only in other", "Differing" });

        public static IEnumerable<(string Name, int[] Counts)> Rows(ComparisonReport report) => report.Kind == ComparisonKind.CatalogueWithStandard
            ? report.Catalogues.Select(c => ($"{c.Domain?.Code} {c.Domain?.ChineseName}", new[] { c.Matched, c.Missing, c.Added, c.Weakened }))
            : report.Guides.Select(p => ($"{FileName(p.First)} ⇄ {FileName(p.Second)}", new[] { p.Comparison.Matches.Count, p.Comparison.OnlyInFirst.Count, p.Comparison.OnlyInSecond.Count, p.Comparison.Differing }));

        private static string FileName(string path) => System.IO.Path.GetFileName(path) is string name && name.Length > 0 ? name : path;

        public static string Title(ComparisonReport report, bool chinese)
        {
            string first = report.Sources.Count > 0 ? report.Sources[0].Path : string.Empty;
            if (report.Kind == ComparisonKind.CatalogueWithStandard)
            {
                return chinese
                    ? $"{first} 与{(report.Standard is null ? "内置标准目录" : " " + report.Standard + " ")}比对"
                    : $"{first} compared with {report.Standard ?? "the built-in standard catalogue"}";
            }

            string others = string.Join(chinese ? "、" : ", ", report.Sources.Skip(1).Select(s => s.Path));
            return chinese ? $"办事指南一致性比对：{others} 与 {first}" : $"Service guides compared: {others} against {first}";
        }
    }
}
