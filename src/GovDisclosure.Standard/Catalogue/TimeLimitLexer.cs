using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>
    /// Reads the wording of a disclosure time limit (公开时限) into clauses of plain values: splits it
    /// at Chinese and ASCII commas, semicolons and 。, takes out a 公告期/公示期 and Art. 26's proviso
    /// (另有规定的，从其规定), and in each clause finds the trigger, the period and the subject.
    /// </summary>
    /// <remarks>
    /// Uses the base class library only, so that the source generator compiles this very file (linked
    /// into its project) and decides exactly as the library does whether a wording can be read.
    /// </remarks>
    internal static class TimeLimitLexer
    {
        private const string Number = "([0-9]+|[零一二两三四五六七八九十百]+)";
        private const string Unit = "(工作日|自然日|日|天|周|星期)";

        private static readonly Regex NoticePattern = new Regex("预?(公告|公示)(时间|期限|期)?(为|是|不得少于|不少于|不低于)?(?<count>[0-9]+|[零一二两三四五六七八九十百]+)个?(?<unit>工作日|自然日|日|天)", RegexOptions.CultureInvariant);
        private static readonly Regex DeferencePattern = new Regex("[^。；;,，]*另有规定的?[，,]?\\s*从其规定[。]?", RegexOptions.CultureInvariant);
        private static readonly Regex Numbering = new Regex("^\\s*(\\(?[0-9一二三四五六七八九十]+[).、:]|[0-9]+\\.)\\s*", RegexOptions.CultureInvariant);
        private static readonly Regex PeriodPattern = new Regex(Number + "个?" + Unit, RegexOptions.CultureInvariant);

        // A named event right before the period: 审批后5个工作日内, 备案之日起20个工作日内, 自公示结束之日起7日内.
        private static readonly Regex NamedEventPattern = new Regex("^[自在于]?(?<event>[^\\s自在于]+?)(之日起|之日|以后|后|起)(的)?(在)?" + Number + "个?" + Unit, RegexOptions.CultureInvariant);

        private static readonly (Regex Pattern, string Code, bool IsEvent)[] Triggers =
        {
            (new Regex("实时"), "realTime", false),
            (new Regex("即时"), "immediately", false),
            (new Regex("(长期|常态化|持续)公开"), "continuously", false),
            (new Regex("按(照)?(工作)?进展(情况)?"), "asProgresses", false),
            (new Regex("提前"), "inAdvance", true),
            (new Regex("收到(政府信息公开)?申请"), "applicationReceived", true),
            (new Regex("下发(至|到)本(单位|机关|部门)"), "receivedByAgency", true),
            (new Regex("(决定作出|作出(处罚|许可|执法)?决定|决定之日|确定(后|之日))"), "decision", true),
            (new Regex("(批复|批准(后|之日)|审定后)"), "approval", true),
            (new Regex("制(作|定)(或者?|和|、)获取"), "madeOrObtained", true),
            (new Regex("形成(或者?|和|、|\\()变更"), "formedOrChanged", true),
            (new Regex("形成"), "formed", true),
            (new Regex("及时"), "promptly", false),
        };

        /// <summary>The code of the trigger of a period that runs from an event the wording names itself.</summary>
        public const string NamedEventCode = "namedEvent";

        /// <summary>The code of the trigger "when an event the wording names happens" (在…时), without a period.</summary>
        public const string AtNamedEventCode = "atNamedEvent";

        // "在实地启动拟征收土地工作时": published when the named event happens.
        private static readonly Regex AtNamedEventPattern = new Regex("^[在于当]?(?<event>[^，,；;]+?)(的同时|之时|时)$", RegexOptions.CultureInvariant);

        // "在村公示栏公开", "通过政府网站公开": where, not when — the channels column says where; not a clause of the time limit.
        private static readonly Regex PlaceRemarkPattern = new Regex("^(在|通过|于)[^0-9零一二两三四五六七八九十百时]*?(公开|公示|公布|张贴)$", RegexOptions.CultureInvariant);

        /// <summary>Reads a wording; never fails.</summary>
        public static TimeLimitLexedWording Read(string text)
        {
            var clauses = new List<TimeLimitLexedClause>();
            TimeLimitLexedPeriod? notice = null;
            string normalized = text.Normalize(NormalizationForm.FormKC);
            bool defers = DeferencePattern.IsMatch(normalized);
            if (defers)
            {
                text = DeferencePattern.Replace(normalized, string.Empty);
            }

            // 、 is not a clause separator: it joins parts of one trigger (制作、获取).
            foreach (string raw in text.Split(new[] { ',', ';', '。', '，', '；' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (raw.Trim().Length == 0)
                {
                    continue;
                }

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

                if (PlaceRemarkPattern.IsMatch(clause))
                {
                    continue;
                }

                clauses.Add(ReadClause(raw.Trim(), clause));
            }

            return new TimeLimitLexedWording(clauses, notice, defers);
        }

        /// <summary>Reads a count written in Arabic or Chinese numerals up to 999 (五, 十五, 二十, 一百二十).</summary>
        public static int? ParseCount(string text)
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

        private static TimeLimitLexedClause ReadClause(string original, string clause)
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

            string? trigger = null;
            bool isEvent = false;
            int triggerIndex = -1;
            foreach ((Regex pattern, string code, bool triggerIsEvent) in Triggers)
            {
                Match match = pattern.Match(clause);
                if (match.Success)
                {
                    trigger = code;
                    isEvent = triggerIsEvent;
                    triggerIndex = match.Index;
                    break;
                }
            }

            Match periodMatch = PeriodPattern.Match(clause);
            TimeLimitLexedPeriod? period = periodMatch.Success ? Period(periodMatch.Groups[1].Value, periodMatch.Groups[2].Value) : null;
            string? namedEvent = null;

            if (trigger == "promptly" && period != null)
            {
                // "及时…N个工作日内": the period's event is not named.
                trigger = null;
                isEvent = false;
            }

            string? subject = labelled ?? (triggerIndex > 0 ? Subject(clause.Substring(0, triggerIndex)) : null);
            if (trigger is null && period != null && subject != null && subject.EndsWith("决定", StringComparison.Ordinal))
            {
                // A period labelled with a decision ("处罚决定:20个工作日内") runs from that decision.
                trigger = "decision";
                isEvent = true;
            }

            if (trigger is null && period != null && NamedEventPattern.Match(clause) is { Success: true } named)
            {
                // "审批后5个工作日内", "备案之日起20个工作日内": the period runs from the event the clause names.
                trigger = NamedEventCode;
                isEvent = true;
                namedEvent = named.Groups["event"].Value;
            }

            if (trigger is null && period is null && AtNamedEventPattern.Match(clause) is { Success: true } at)
            {
                trigger = AtNamedEventCode;
                isEvent = false;
                namedEvent = at.Groups["event"].Value;
            }

            return new TimeLimitLexedClause(original, subject, trigger, isEvent, namedEvent, period);
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

        private static TimeLimitLexedPeriod? Period(string count, string unit)
        {
            int? value = ParseCount(count);
            if (value is null)
            {
                return null;
            }

            if (unit == "周" || unit == "星期")
            {
                return new TimeLimitLexedPeriod(value.Value * 7, false);
            }

            return new TimeLimitLexedPeriod(value.Value, unit == "工作日");
        }
    }
}
