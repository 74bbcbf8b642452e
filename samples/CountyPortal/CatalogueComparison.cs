using System;
using System.IO;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Reporting.Comparison;
using Microsoft.AspNetCore.Http;

namespace Bailuwan.CountyPortal
{
    /// <summary>
    /// The county's own catalogue compared with the standard (本县目录与标准目录比对): <c>GET /api/comparison</c> gives the
    /// library's <see cref="ComparisonReport"/> as JSON (per domain matched / missing / added / weakened, then the GD-CMP
    /// findings); <c>?format=html</c> gives the same report as the library's HTML page.
    /// </summary>
    internal static class CatalogueComparison
    {
        private static readonly Lazy<ComparisonReport> Report = new Lazy<ComparisonReport>(() =>
            ComparisonRun.CompareWithStandard(CountyCatalogue.Bailuwan.Entries, "白鹭湾县政务公开标准目录"));

        public static IResult Serve(string? format)
        {
            bool html = string.Equals(format, "html", StringComparison.OrdinalIgnoreCase);
            if (!html && !string.IsNullOrEmpty(format) && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
            {
                return Rejection.Because("unknownFormat", $"未知的报告格式“{format}”，可用：json, html。", $"Unknown report format '{format}'; use json or html.").ToResult();
            }

            using var output = new MemoryStream();
            ComparisonReportWriter.Write(Report.Value, html ? ReportFormat.Html : ReportFormat.Json, output);
            return Results.Bytes(output.ToArray(), html ? "text/html; charset=utf-8" : "application/json; charset=utf-8");
        }
    }
}
