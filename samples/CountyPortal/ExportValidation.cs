using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using GovDisclosure.Standard;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;
using Microsoft.AspNetCore.Http;

namespace Bailuwan.CountyPortal
{
    /// <summary>
    /// Validates an uploaded export with the library's <see cref="ValidationRun"/> (校验), on the uploaded
    /// stream itself, and maps its result to a <see cref="ValidationReport"/>, or to a 400 when nothing in
    /// the file can be read as records. Given the kind of agency whose catalogue the export holds, the run
    /// also checks what the whole catalogue covers (<see cref="CatalogueCoverage"/>: GD-CAT-008, GD-CAT-010,
    /// and GD-CAT-011 in the platform-column set); those findings have record 0.
    /// </summary>
    internal static class ExportValidation
    {
        /// <summary>At most this many findings are returned; the counts always cover all of them.</summary>
        public const int MaxFindings = 2000;

        public static async Task<IResult> RunAsync(UploadedExport export, DocumentKind? kind, Encoding? encoding, RuleSet rules, AgencyKind? agencyKind, CancellationToken cancellation)
        {
            if (export.DeclaredFormat == InputFormat.Xlsx || (export.DeclaredFormat is null && IsZip(export.Content)))
            {
                return ExportUpload.Unsupported("(Excel/ZIP)").ToResult();
            }

            var run = new ValidationRun(new ValidationRunOptions { Rules = rules, AgencyKind = agencyKind });
            var shown = new FindingCollector(MaxFindings);
            var source = ValidationSource.FromStream(export.Content, export.DisplayName, new InputOptions { Format = export.DeclaredFormat, Kind = kind, Encoding = encoding });
            ValidationRunResult result = await run.RunAsync(source, shown, cancellation);
            ReportFile file = result.Files[0];
            if (file.NotOpened)
            {
                return Rejection.Because("unreadable", "无法读取导出文件：" + file.Failure!.Chinese, "The export cannot be read: " + file.Failure.English).ToResult();
            }

            StopView? stop = file.Failure is null ? null : new StopView(file.FailureLocation?.ToString() ?? file.Path, file.Failure.Chinese, file.Failure.English);
            ValidationSummary summary = result.Total;
            if (summary.Read == 0)
            {
                return (stop is null
                    ? Rejection.Because("noRecords", "文件中没有任何记录。", "The file holds no records.")
                    : Rejection.Because("unreadable", "无法读取导出文件：" + stop.MessageZh + "（" + stop.Location + "）", "The export cannot be read: " + stop.MessageEn + " (" + stop.Location + ")")).ToResult();
            }

            if (summary.Unreadable == summary.Read && shown.FirstUnreadable is Finding first)
            {
                return Rejection.Because(
                    "unreadable",
                    "文件中没有可读的记录，例如 " + first.Location + "：" + first.Message.Chinese,
                    "No record of the file can be read, e.g. " + first.Location + ": " + first.Message.English).ToResult();
            }

            var report = new ValidationReport(
                export.DisplayName,
                FormatCode(file.Format),
                file.Kind!.Code,
                file.KindDetected,
                file.Encoding,
                rules.Name,
                agencyKind?.Code,
                run.Info.LibraryVersion,
                new ValidationCounts(
                    summary.Read,
                    summary.Valid,
                    summary.WithFindings,
                    summary.Unreadable,
                    summary.Errors,
                    summary.Warnings,
                    summary.Information,
                    summary.FindingsByRule.OrderBy(p => p.Key, System.StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value)),
                shown.Findings,
                summary.Errors + summary.Warnings + summary.Information > shown.Findings.Count,
                stop);
            return Results.Json(report);
        }

        /// <summary><c>true</c> when the content starts with a ZIP header (a workbook); the stream is left where it was.</summary>
        private static bool IsZip(Stream content)
        {
            long start = content.Position;
            byte[] head = new byte[4];
            int read = content.Read(head, 0, 4);
            content.Position = start;
            return read == 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04;
        }

        private static string FormatCode(InputFormat? format) => format switch
        {
            InputFormat.JsonLines => "jsonLines",
            InputFormat.Csv => "csv",
            InputFormat.Xlsx => "xlsx",
            _ => "json",
        };
    }
}
