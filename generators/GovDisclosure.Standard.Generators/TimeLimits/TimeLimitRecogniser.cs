using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovDisclosure.Standard.Generators.TimeLimits
{
    /// <summary>
    /// Decides whether the core library's <c>DisclosureTimeLimit.Parse</c> will understand a time
    /// limit (公开时限), by the same rules as its <c>TimeLimitWording</c>: the wording splits into
    /// clauses at commas, semicolons and 。; a 公告期/公示期 is taken out; every remaining clause
    /// needs a trigger (an event, 实时 or 及时), and an event needs a period (N个工作日/日/天).
    /// The generator cannot load the library, so the rules are repeated here; a property test keeps
    /// the two in agreement.
    /// </summary>
    internal static class TimeLimitRecogniser
    {
        private const string Number = "([0-9]+|[零一二两三四五六七八九十百]+)";

        private static readonly Regex NoticePattern = new Regex("(公告|公示)(期限|期)(为|是)?" + Number + "个?(工作日|自然日|日|天)", RegexOptions.CultureInvariant);
        private static readonly Regex PeriodPattern = new Regex(Number + "个?(工作日|自然日|日|天)", RegexOptions.CultureInvariant);

        // (pattern, is the trigger an event that needs a period, is it 及时)
        private static readonly (Regex Pattern, bool IsEvent, bool IsPromptly)[] Triggers =
        {
            (new Regex("实时"), false, false),
            (new Regex("按(照)?(工作)?进展(情况)?"), false, false),
            (new Regex("下发(至|到)本(单位|机关|部门)"), true, false),
            (new Regex("(决定作出|作出(处罚|许可|执法)?决定|决定之日)"), true, false),
            (new Regex("批复"), true, false),
            (new Regex("制(作|定)(或者?|和|、)获取"), true, false),
            (new Regex("形成(或者?|和|、|\\()变更"), true, false),
            (new Regex("形成"), true, false),
            (new Regex("及时"), false, true),
        };

        /// <summary>
        /// <c>null</c> when the wording is understood; otherwise the clauses that are not, for the
        /// diagnostic message.
        /// </summary>
        public static string? Problem(string text)
        {
            var unread = new List<string>();
            int clauses = 0;
            bool noticeFound = false;
            foreach (string raw in text.Split(new[] { ',', ';', '。', '，', '；' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (raw.Trim().Length == 0)
                {
                    continue;
                }

                string clause = raw.Normalize(NormalizationForm.FormKC).Trim();
                Match notice = NoticePattern.Match(clause);
                if (notice.Success && !noticeFound)
                {
                    noticeFound = ParseCount(notice.Groups[4].Value) != null;
                    clause = clause.Remove(notice.Index, notice.Length).Trim();
                    if (clause.Length == 0)
                    {
                        continue;
                    }
                }

                clauses++;
                if (!Understood(clause))
                {
                    unread.Add(raw.Trim());
                }
            }

            if (clauses == 0)
            {
                return "it has no clause with a trigger and a period";
            }

            return unread.Count == 0
                ? null
                : "no trigger and period recognised in " + string.Join(", ", unread.ConvertAll(c => "'" + c + "'"));
        }

        private static bool Understood(string clause)
        {
            (bool IsEvent, bool IsPromptly)? trigger = null;
            foreach ((Regex pattern, bool isEvent, bool isPromptly) in Triggers)
            {
                if (pattern.IsMatch(clause))
                {
                    trigger = (isEvent, isPromptly);
                    break;
                }
            }

            Match period = PeriodPattern.Match(clause);
            bool hasPeriod = period.Success && ParseCount(period.Groups[1].Value) != null;
            if (trigger is null)
            {
                return false;
            }

            if (trigger.Value.IsPromptly && hasPeriod)
            {
                // 及时…N个工作日内 reads as a period from an unnamed event: not understood.
                return false;
            }

            return !trigger.Value.IsEvent || hasPeriod;
        }

        private static int? ParseCount(string text)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int arabic))
            {
                return arabic;
            }

            int total = 0;
            int digit = 0;
            bool any = false;
            foreach (char c in text)
            {
                int d = "零一二三四五六七八九".IndexOf(c);
                if (c == '两')
                {
                    d = 2;
                }

                if (d >= 0)
                {
                    digit = d;
                    any = true;
                }
                else if (c == '十')
                {
                    total += (any && digit > 0 ? digit : 1) * 10;
                    digit = 0;
                    any = false;
                }
                else if (c == '百')
                {
                    total += (any ? digit : 1) * 100;
                    digit = 0;
                    any = false;
                }
                else
                {
                    return null;
                }
            }

            return total + digit;
        }
    }
}
