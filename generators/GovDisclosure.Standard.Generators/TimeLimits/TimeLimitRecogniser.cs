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

        private static readonly Regex NoticePattern = new Regex("预?(公告|公示)(时间|期限|期)?(为|是|不得少于|不少于|不低于)?(?<count>[0-9]+|[零一二两三四五六七八九十百]+)个?(?<unit>工作日|自然日|日|天)", RegexOptions.CultureInvariant);
        private static readonly Regex DeferencePattern = new Regex("[^。；;,，]*另有规定的?[，,]?\\s*从其规定[。]?", RegexOptions.CultureInvariant);
        private static readonly Regex Numbering = new Regex("^\\s*(\\(?[0-9一二三四五六七八九十]+[).、:]|[0-9]+\\.)\\s*", RegexOptions.CultureInvariant);
        private static readonly Regex PeriodPattern = new Regex(Number + "个?(工作日|自然日|日|天|周|星期)", RegexOptions.CultureInvariant);

        // (pattern, is the trigger an event that needs a period, is it 及时)
        private static readonly (Regex Pattern, bool IsEvent, bool IsPromptly)[] Triggers =
        {
            (new Regex("实时"), false, false),
            (new Regex("(长期|常态化|持续)公开"), false, false),
            (new Regex("按(照)?(工作)?进展(情况)?"), false, false),
            (new Regex("提前"), true, false),
            (new Regex("收到(政府信息公开)?申请"), true, false),
            (new Regex("下发(至|到)本(单位|机关|部门)"), true, false),
            (new Regex("(决定作出|作出(处罚|许可|执法)?决定|决定之日|确定(后|之日))"), true, false),
            (new Regex("(批复|批准(后|之日)|审定后)"), true, false),
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
            string normalized = text.Normalize(NormalizationForm.FormKC);
            if (DeferencePattern.IsMatch(normalized))
            {
                // 法律、法规对…期限另有规定的，从其规定 (Art. 26's proviso) is not a clause.
                text = DeferencePattern.Replace(normalized, string.Empty);
            }

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
                    noticeFound = ParseCount(notice.Groups["count"].Value) != null;
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

            if (clauses == 0 && !noticeFound)
            {
                return "it has no clause with a trigger and a period";
            }

            return unread.Count == 0
                ? null
                : "no trigger and period recognised in " + string.Join(", ", unread.ConvertAll(c => "'" + c + "'"));
        }

        private static bool Understood(string clause)
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

            (bool IsEvent, bool IsPromptly)? trigger = null;
            int triggerIndex = -1;
            foreach ((Regex pattern, bool isEvent, bool isPromptly) in Triggers)
            {
                Match match = pattern.Match(clause);
                if (match.Success)
                {
                    trigger = (isEvent, isPromptly);
                    triggerIndex = match.Index;
                    break;
                }
            }

            Match period = PeriodPattern.Match(clause);
            bool hasPeriod = period.Success && ParseCount(period.Groups[1].Value) != null;
            if (trigger is { IsPromptly: true } && hasPeriod)
            {
                // 及时…N个工作日内 reads as a period from an unnamed event: not understood.
                trigger = null;
            }

            string? subject = labelled ?? (triggerIndex > 0 ? Subject(clause.Substring(0, triggerIndex)) : null);
            if (trigger is null && hasPeriod && subject != null && subject.EndsWith("决定", StringComparison.Ordinal))
            {
                // A period labelled with a decision ("处罚决定:20个工作日内") runs from that decision.
                trigger = (true, false);
            }

            return trigger != null && (!trigger.Value.IsEvent || hasPeriod);
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
