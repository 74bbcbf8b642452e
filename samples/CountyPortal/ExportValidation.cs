using System.Collections.Generic;
using System.Linq;
using System.Text;
using GovDisclosure.Standard;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;
using Microsoft.AspNetCore.Http;

namespace Bailuwan.CountyPortal
{
    /// <summary>
    /// Validates an uploaded export with the library (校验): opens it with <see cref="SourceInput"/>
    /// (format, UTF-8 or GB18030, document kind), streams its records through a
    /// <see cref="DisclosureValidator"/> and answers with a <see cref="ValidationReport"/>, or with a
    /// 400 when nothing in the file can be read as records. Given the kind of agency whose catalogue
    /// the export holds, it also checks what the whole catalogue covers (<see cref="CatalogueCoverage"/>:
    /// GD-CAT-008, GD-CAT-010, and GD-CAT-011 in the platform-column set); those findings have record 0.
    /// </summary>
    internal static class ExportValidation
    {
        /// <summary>At most this many findings are returned; the counts always cover all of them.</summary>
        public const int MaxFindings = 2000;

        public static IResult Run(UploadedExport export, DocumentKind? kind, Encoding? encoding, RuleSet rules, AgencyKind? agencyKind = null)
        {
            InputFormat format = export.DeclaredFormat ?? SourceInput.DetectFormat(export.Path, encoding);
            if (format == InputFormat.Xlsx)
            {
                return ExportUpload.Unsupported("(Excel/ZIP)").ToResult();
            }

            SourceInput input;
            try
            {
                input = SourceInput.Open(export.Path, new InputOptions { Format = format, Kind = kind, Encoding = encoding, DisplayName = export.DisplayName });
            }
            catch (InputException e)
            {
                return Rejection.Because("unreadable", "无法读取导出文件：" + e.Text.Chinese, "The export cannot be read: " + e.Text.English).ToResult();
            }

            var validator = new DisclosureValidator(rules);
            var summary = new ValidationSummary();
            var findings = new List<FindingView>();
            CatalogueCoverage? coverage = agencyKind is null ? null : new CatalogueCoverage(agencyKind, rules) { Location = new SourceLocation { File = export.DisplayName } };
            Finding? firstUnreadable = null;
            StopView? stop = null;
            try
            {
                foreach (RecordValidation result in validator.Validate(input.Kind, input.Records()))
                {
                    summary.Add(result);
                    if (result.Document is CatalogueEntry entry)
                    {
                        coverage?.Add(entry);
                    }

                    foreach (Finding finding in result.Findings)
                    {
                        if (result.Status == RecordStatus.Unreadable)
                        {
                            firstUnreadable ??= finding;
                        }

                        if (findings.Count < MaxFindings)
                        {
                            findings.Add(FindingView.Of(result.Record.Number, finding));
                        }
                    }
                }
            }
            catch (InputException e)
            {
                stop = new StopView(e.Location.ToString(), e.Text.Chinese, e.Text.English);
            }

            foreach (Finding finding in coverage?.Findings() ?? System.Array.Empty<Finding>())
            {
                summary.Add(finding);
                if (findings.Count < MaxFindings)
                {
                    findings.Add(FindingView.Of(0, finding));
                }
            }

            if (input.Stop != null)
            {
                stop = new StopView(input.Stop.Location.ToString(), input.Stop.Reason.Chinese, input.Stop.Reason.English);
            }

            if (summary.Read == 0)
            {
                return (stop is null
                    ? Rejection.Because("noRecords", "文件中没有任何记录。", "The file holds no records.")
                    : Rejection.Because("unreadable", "无法读取导出文件：" + stop.MessageZh + "（" + stop.Location + "）", "The export cannot be read: " + stop.MessageEn + " (" + stop.Location + ")")).ToResult();
            }

            if (summary.Unreadable == summary.Read && firstUnreadable != null)
            {
                return Rejection.Because(
                    "unreadable",
                    "文件中没有可读的记录，例如 " + firstUnreadable.Location + "：" + firstUnreadable.Message.Chinese,
                    "No record of the file can be read, e.g. " + firstUnreadable.Location + ": " + firstUnreadable.Message.English).ToResult();
            }

            var report = new ValidationReport(
                export.DisplayName,
                FormatCode(input.Format),
                input.Kind.Code,
                input.KindDetected,
                input.Encoding?.WebName,
                rules.Name,
                agencyKind?.Code,
                validator.RunInfo.LibraryVersion,
                new ValidationCounts(
                    summary.Read,
                    summary.Valid,
                    summary.WithFindings,
                    summary.Unreadable,
                    summary.Errors,
                    summary.Warnings,
                    summary.Information,
                    summary.FindingsByRule.OrderBy(p => p.Key, System.StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value)),
                findings,
                summary.Errors + summary.Warnings + summary.Information > findings.Count,
                stop);
            return Results.Json(report);
        }

        private static string FormatCode(InputFormat format) => format switch
        {
            InputFormat.JsonLines => "jsonLines",
            InputFormat.Csv => "csv",
            InputFormat.Xlsx => "xlsx",
            _ => "json",
        };
    }
}
