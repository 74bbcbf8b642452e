using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>A column of the <see cref="ReviewSheet"/>: its header in both languages and how a row's cell is written. Every column is listed once, in <see cref="All"/>.</summary>
    internal sealed class ReviewSheetColumn
    {
        private ReviewSheetColumn(string chinese, string english, Func<ReviewSheetRow, bool, string> cell)
        {
            Chinese = chinese;
            English = english;
            Cell = cell;
        }

        public string Chinese { get; }

        public string English { get; }

        /// <summary>The cell of a row, in Chinese (<c>true</c>) or English.</summary>
        public Func<ReviewSheetRow, bool, string> Cell { get; }

        /// <summary>How much of a finding's message a cell shows (a sum over a whole table can run to thousands of letters; the report has it whole).</summary>
        public const int MessageLength = 200;

        /// <summary>The sheet's columns, in order.</summary>
        public static IReadOnlyList<ReviewSheetColumn> All { get; } = new[]
        {
            new ReviewSheetColumn("文件", "File", (row, zh) => row.File),
            new ReviewSheetColumn("状态", "Status", (row, zh) => StatusText(row.Status, zh)),
            new ReviewSheetColumn("机关", "Agency", (row, zh) => row.AgencyName ?? string.Empty),
            new ReviewSheetColumn("年度", "Year", (row, zh) => row.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
            new ReviewSheetColumn("格式", "Form", (row, zh) => row.Format?.FirstReportYear.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
            new ReviewSheetColumn("发布日期", "Published", (row, zh) => row.PublishedOn?.ToString() ?? string.Empty),
            new ReviewSheetColumn("机关类型", "Agency kind", AgencyKindText),
            new ReviewSheetColumn("公布期限", "Due", DueText),
            new ReviewSheetColumn("是否按期", "In time", TimelinessText),
            new ReviewSheetColumn("错误", "Errors", (row, zh) => row.Errors.ToString(CultureInfo.InvariantCulture)),
            new ReviewSheetColumn("警告", "Warnings", (row, zh) => row.Warnings.ToString(CultureInfo.InvariantCulture)),
            new ReviewSheetColumn("问题一", "Finding 1", (row, zh) => FindingText(row, 0, zh)),
            new ReviewSheetColumn("问题二", "Finding 2", (row, zh) => FindingText(row, 1, zh)),
            new ReviewSheetColumn("问题三", "Finding 3", (row, zh) => FindingText(row, 2, zh)),
        };

        private static string StatusText(RecordStatus status, bool zh) => status switch
        {
            RecordStatus.Valid => zh ? "有效" : "valid",
            RecordStatus.WithFindings => zh ? "有问题" : "with findings",
            _ => zh ? "无法读取" : "unreadable",
        };

        private static string AgencyKindText(ReviewSheetRow row, bool zh)
        {
            if (row.AgencyKind is null)
            {
                return row.Deadline is null ? string.Empty : zh ? "未载明" : "not stated";
            }

            string name = zh ? row.AgencyKind.ChineseName : row.AgencyKind.EnglishName.ToLowerInvariant();
            return row.AgencyKindInferred ? name + (zh ? "（由机关名称推断）" : " (inferred from the agency's name)") : name;
        }

        private static string DueText(ReviewSheetRow row, bool zh)
        {
            if (row.Deadline is null || row.Year is null)
            {
                return string.Empty;
            }

            if (row.Deadline.Due is Calendar.CalendarDate due)
            {
                return due + (row.Deadline.Configured ? zh ? "（规则集配置的期限）" : " (configured in the rule set)" : zh ? "（条例第四十九条）" : " (Article 49)");
            }

            return row.AgencyKind is null
                ? zh ? "机关类型不明" : "agency kind unknown"
                : zh ? "条例未规定" : "none in the Regulations";
        }

        private static string TimelinessText(ReviewSheetRow row, bool zh)
        {
            if (row.Deadline is null)
            {
                return string.Empty;
            }

            switch (row.Deadline.Result)
            {
                case AnnualReportTimeliness.InTime:
                    return zh ? "按期" : "in time";
                case AnnualReportTimeliness.Late:
                    return zh ? "逾期" : "late";
                default:
                    string why = row.PublishedOn is null ? zh ? "未载明发布日期" : "no publication date"
                        : row.Year is null ? zh ? "未载明年度" : "no year"
                        : row.AgencyKind is null ? zh ? "机关类型不明" : "agency kind unknown"
                        : zh ? "条例未规定期限" : "no due date in the Regulations";
                    return zh ? "无法判断（" + why + "）" : "cannot say (" + why + ")";
            }
        }

        /// <summary>Where in the report: table, row and column labels, page and line, or a file's line, and the JSON pointer (the file is the row's).</summary>
        private static string Place(SourceLocation location, bool zh)
        {
            string table = location.Table is null ? string.Empty
                : location.Table + (location.RowLabel is null ? string.Empty : " 「" + location.RowLabel + "」") + (location.ColumnLabel is null ? string.Empty : " × 「" + location.ColumnLabel + "」");
            string line = location.Line is long number
                ? (location.Page is int page ? (zh ? $"第{page}页第{number}行" : $"p. {page}, line {number}") : (zh ? $"第{number}行" : $"line {number}"))
                : location.Page is int only ? (zh ? $"第{only}页" : $"p. {only}") : string.Empty;
            string sheet = location.Sheet is null ? string.Empty : location.Sheet + (location.Cell is null ? string.Empty : "!" + location.Cell);
            return string.Join(" ", new[] { table, sheet, line, location.JsonPointer }.Where(part => part.Length > 0));
        }

        private static string FindingText(ReviewSheetRow row, int index, bool zh)
        {
            if (index == 0 && row.ReadFailure != null && row.MostSerious.Count == 0)
            {
                return (zh ? "无法读取：" : "unreadable: ") + row.ReadFailure.In(zh ? "zh" : "en");
            }

            if (index >= row.MostSerious.Count)
            {
                return string.Empty;
            }

            Finding finding = row.MostSerious[index];
            string message = finding.Message.In(zh ? "zh" : "en");
            if (message.Length > MessageLength)
            {
                message = message.Substring(0, MessageLength) + "…";
            }

            string place = Place(finding.Location, zh);
            return finding.RuleId + " " + message + (place.Length == 0 ? string.Empty : zh ? "（" + place + "）" : " (" + place + ")");
        }
    }
}
