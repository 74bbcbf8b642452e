using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>
    /// The reader behind <see cref="DisclosureTimeLimit.Parse"/>: splits the wording into clauses at
    /// Chinese and ASCII commas and semicolons, and in each finds the trigger, the period and the
    /// subject.
    /// </summary>
    internal static class TimeLimitWording
    {
        private const string Number = "([0-9]+|[零一二两三四五六七八九十百]+)";

        private static readonly Regex NoticePattern = new Regex("预?(公告|公示)(时间|期限|期)?(为|是|不得少于|不少于|不低于)?(?<count>[0-9]+|[零一二两三四五六七八九十百]+)个?(?<unit>工作日|自然日|日|天)", RegexOptions.CultureInvariant);
        private static readonly Regex DeferencePattern = new Regex("[^。；;,，]*另有规定的?[，,]?\\s*从其规定[。]?", RegexOptions.CultureInvariant);
        private static readonly Regex Numbering = new Regex("^\\s*(\\(?[0-9一二三四五六七八九十]+[).、:]|[0-9]+\\.)\\s*", RegexOptions.CultureInvariant);
        private static readonly Regex PeriodPattern = new Regex(Number + "个?(工作日|自然日|日|天|周|星期)", RegexOptions.CultureInvariant);

        private static readonly (Regex Pattern, TimeLimitTrigger Trigger)[] Triggers =
        {
            (new Regex("实时"), TimeLimitTrigger.RealTime),
            (new Regex("(长期|常态化|持续)公开"), TimeLimitTrigger.Continuously),
            (new Regex("按(照)?(工作)?进展(情况)?"), TimeLimitTrigger.AsProgresses),
            (new Regex("提前"), TimeLimitTrigger.InAdvance),
            (new Regex("收到(政府信息公开)?申请"), TimeLimitTrigger.ApplicationReceived),
            (new Regex("下发(至|到)本(单位|机关|部门)"), TimeLimitTrigger.ReceivedByAgency),
            (new Regex("(决定作出|作出(处罚|许可|执法)?决定|决定之日|确定(后|之日))"), TimeLimitTrigger.Decision),
            (new Regex("(批复|批准(后|之日)|审定后)"), TimeLimitTrigger.Approval),
            (new Regex("制(作|定)(或者?|和|、)获取"), TimeLimitTrigger.MadeOrObtained),
            (new Regex("形成(或者?|和|、|\\()变更"), TimeLimitTrigger.FormedOrChanged),
            (new Regex("形成"), TimeLimitTrigger.Formed),
            (new Regex("及时"), TimeLimitTrigger.Promptly),
        };

        public static (IReadOnlyList<TimeLimitClause> Clauses, TimePeriod? Notice, bool DefersToOtherLaws) Read(string text)
        {
            var clauses = new List<TimeLimitClause>();
            TimePeriod? notice = null;
            string normalized = text.Normalize(NormalizationForm.FormKC);
            bool defers = DeferencePattern.IsMatch(normalized);
            if (defers)
            {
                text = DeferencePattern.Replace(normalized, string.Empty);
            }

            foreach (string raw in SplitClauses(text))
            {
                string clause = raw.Normalize(NormalizationForm.FormKC).Trim();
                Match noticeMatch = NoticePattern.Match(clause);
                if (noticeMatch.Success && notice is null)
                {
                    notice = Period(noticeMatch.Groups["count"].Value, noticeMatch.Groups["unit"].Value);
                    clause = clause.Remove(noticeMatch.Index, noticeMatch.Length).Trim();
                    if (clause.Length == 0)
                    {
                        continue;
                    }
                }

                clauses.Add(ReadClause(raw.Trim(), clause));
            }

            return (clauses, notice, defers);
        }

        private static IEnumerable<string> SplitClauses(string text)
        {
            // 、 is not a clause separator: it joins parts of one trigger (制作、获取).
            foreach (string part in text.Split(new[] { ',', ';', '。', '，', '；' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Trim().Length > 0)
                {
                    yield return part;
                }
            }
        }

        private static TimeLimitClause ReadClause(string original, string clause)
        {
            clause = Numbering.Replace(clause, string.Empty);
            string? labelled = null;
            int colon = clause.IndexOf(':');
            if (colon > 0)
            {
                // "处罚决定:20个工作日内" names its subject before the colon.
                labelled = clause.Substring(0, colon).Trim();
                clause = clause.Substring(colon + 1).Trim();
            }

            TimeLimitTrigger? trigger = null;
            int triggerIndex = -1;
            foreach ((Regex pattern, TimeLimitTrigger candidate) in Triggers)
            {
                Match match = pattern.Match(clause);
                if (match.Success)
                {
                    trigger = candidate;
                    triggerIndex = match.Index;
                    break;
                }
            }

            Match periodMatch = PeriodPattern.Match(clause);
            TimePeriod? period = periodMatch.Success ? Period(periodMatch.Groups[1].Value, periodMatch.Groups[2].Value) : null;

            if (trigger == TimeLimitTrigger.Promptly && period != null)
            {
                // "及时…N个工作日内" reads as a period from an unnamed event; keep it as not understood.
                trigger = null;
            }

            string? subject = labelled ?? (triggerIndex > 0 ? Subject(clause.Substring(0, triggerIndex)) : null);
            if (trigger is null && period != null && subject != null && subject.EndsWith("决定", StringComparison.Ordinal))
            {
                // A period labelled with a decision ("处罚决定:20个工作日内") runs from that decision.
                trigger = TimeLimitTrigger.Decision;
            }

            return new TimeLimitClause(original, subject, trigger, period);
        }

        private static string? Subject(string prefix)
        {
            string subject = prefix.TrimStart('自', '在', '于');
            int cut = subject.IndexOfAny(new[] { '经', '在', '自', '于' });
            if (cut >= 0)
            {
                subject = subject.Substring(0, cut);
            }

            subject = subject.Trim();
            return subject.Length == 0 || subject == "信息" || subject == "该信息" || subject == "该" ? null : subject;
        }

        private static TimePeriod? Period(string count, string unit)
        {
            int? value = ParseCount(count);
            if (value is null)
            {
                return null;
            }

            if (unit == "周" || unit == "星期")
            {
                return TimePeriod.CalendarDays(value.Value * 7);
            }

            return new TimePeriod(value.Value, unit == "工作日" ? TimeUnit.WorkingDays : TimeUnit.CalendarDays);
        }

        internal static int? ParseCount(string text)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int arabic))
            {
                return arabic;
            }

            // Chinese numerals up to 999: 五, 十, 十五, 二十, 二十五, 一百二十.
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
