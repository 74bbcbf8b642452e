using System;
using System.Globalization;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>Reads the values of options shared by several commands (kind, encoding, domain) and says clearly what is accepted when a value is wrong.</summary>
    internal static class Choices
    {
        /// <summary>The rule <c>--report-due</c> configures: an annual report published by its due date (GD-TIME-003).</summary>
        private const string TimelinessRule = "GD-TIME-003";

        public static DocumentKind? Kind(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            return DocumentKind.TryParse(text, out DocumentKind? kind)
                ? kind
                : throw new CommandFailure(
                    $"未知的 --kind '{text}'；可用：{string.Join("、", DocumentKind.Declared.Select(k => k.Code))}。",
                    $"unknown --kind '{text}'. Use one of: {string.Join(", ", DocumentKind.Declared.Select(k => k.Code))}.");
        }

        public static Encoding? Encoding(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            try
            {
                return TextEncodingDetector.Resolve(text!);
            }
            catch (ArgumentException e)
            {
                throw new CommandFailure(
                    $"未知的编码 '{text}'；可用 utf-8、utf-16、utf-16be、gb18030（gbk、gb2312 按 gb18030 读）。",
                    e.Message.Split('(')[0].Trim());
            }
        }

        public static PilotDomain Domain(string text)
        {
            if (PilotDomain.TryParse(text, out PilotDomain? domain))
            {
                return domain;
            }

            PilotDomain? closest = PilotDomain.Closest(text);
            throw new CommandFailure(
                $"未知的试点领域 '{text}'。" + (closest is null ? string.Empty : $"是否想用 '{closest.Code}'（{closest.ChineseName}）？") + "全部 26 个领域见 'govdisclosure catalog list'。",
                $"unknown pilot domain '{text}'." + (closest is null ? string.Empty : $" Did you mean '{closest.Code}' ({closest.ChineseName})?") + " Run 'govdisclosure catalog list' for all 26.");
        }

        /// <summary>An agency kind by its code (countyGovernment), the code in kebab case (county-government), a unique start of a code (township), or its Chinese name (县级人民政府).</summary>
        public static AgencyKind? AgencyKindOf(string? text, string option = "--agency-kind")
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            string camel = string.Concat(text.Trim().Split('-').Select((part, i) => i == 0 || part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part.Substring(1)));
            if (AgencyKind.TryParse(text, out AgencyKind? kind) || AgencyKind.TryParse(camel, out kind))
            {
                return kind;
            }

            AgencyKind[] starting = AgencyKind.Declared.Where(k => k.Code.StartsWith(camel, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (starting.Length == 1)
            {
                return starting[0];
            }

            throw new CommandFailure(
                $"未知的 {option} '{text}'；可用：{string.Join("、", AgencyKind.Declared.Select(Kebab))}。",
                $"unknown {option} '{text}'. Use one of: {string.Join(", ", AgencyKind.Declared.Select(Kebab))}.");
        }

        /// <summary>A rule set with the annual-report due dates of <c>--report-due KIND=MM-DD</c> options applied.</summary>
        public static RuleSet WithReportDues(RuleSet rules, string[]? dues)
        {
            foreach (string due in dues ?? Array.Empty<string>())
            {
                string[] parts = due.Split('=');
                if (parts.Length != 2 || parts[0].Trim().Length == 0)
                {
                    throw new CommandFailure($"--report-due '{due}' 不是 KIND=MM-DD 的写法，如 township=03-31。", $"--report-due '{due}' is not KIND=MM-DD, e.g. township=03-31.");
                }

                string[] date = parts[1].Trim().Split('-');
                if (date.Length != 2 || !int.TryParse(date[0], NumberStyles.None, CultureInfo.InvariantCulture, out int month) || !int.TryParse(date[1], NumberStyles.None, CultureInfo.InvariantCulture, out int day))
                {
                    throw new CommandFailure(
                        $"--report-due '{due}'：期限“{parts[1].Trim()}”不是 MM-DD 的写法（月-日，如 03-31）。",
                        $"--report-due '{due}': the due date '{parts[1].Trim()}' is not MM-DD (month-day, e.g. 03-31).");
                }

                if (month < 1 || month > 12)
                {
                    throw new CommandFailure(
                        FormattableString.Invariant($"--report-due '{due}'：月份 {month} 不在 1 到 12 之间。"),
                        FormattableString.Invariant($"--report-due '{due}': month {month} is not between 1 and 12."));
                }

                if (month == 2 && day == 29)
                {
                    throw new CommandFailure(
                        $"--report-due '{due}'：2 月 29 日不是每年都有的日子，请给 02-28 或 03-01。",
                        $"--report-due '{due}': 29 February is not a day of every year; give 02-28 or 03-01.");
                }

                int days = DateTime.DaysInMonth(2001, month);
                if (day < 1 || day > days)
                {
                    throw new CommandFailure(
                        FormattableString.Invariant($"--report-due '{due}'：{month} 月没有 {day} 日（1 到 {days} 日）。"),
                        FormattableString.Invariant($"--report-due '{due}': month {month} has no day {day} (days 1 to {days})."));
                }

                AgencyKind kind = AgencyKindOf(parts[0], ToolLanguage.Say("--report-due 的机关类别", "--report-due agency kind"))!;
                if (rules.Find(TimelinessRule) is null)
                {
                    throw new CommandFailure(
                        $"--report-due '{due}'：规则集“{rules.Name}”没有年度报告期限规则 {TimelinessRule}，期限无从适用。",
                        $"--report-due '{due}': the rule set '{rules.Name}' has no annual-report due-date rule {TimelinessRule} to apply it to.");
                }

                rules = rules.WithAnnualReportDue(kind, month, day);
            }

            return rules;
        }

        /// <summary>A code in kebab case, as the options accept it: countyGovernment → county-government.</summary>
        public static string Kebab(AgencyKind kind) =>
            string.Concat(kind.Code.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString()));
    }
}
