using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>A row of table 三 of the form: where its values go in the canonical JSON, and its label as the form writes it.</summary>
    internal sealed record ApplicationRow(string Pointer, string Label)
    {
        private const string Outcomes = "/applications/outcomes";

        private static readonly (string Member, string Label, string[] Words)[] Withheld =
        {
            ("stateSecret", "1.属于国家秘密", new[] { "国家秘密" }),
            ("prohibitedByLaw", "2.其他法律行政法规禁止公开", new[] { "禁止公开", "法律行政法规" }),
            ("endangersSecurityOrStability", "3.危及“三安全一稳定”", new[] { "三安全一稳定", "危及" }),
            ("thirdPartyInterests", "4.保护第三方合法权益", new[] { "第三方" }),
            ("internalAffairs", "5.属于三类内部事务信息", new[] { "内部事务" }),
            ("processInformation", "6.属于四类过程性信息", new[] { "过程性" }),
            ("enforcementCaseFiles", "7.属于行政执法案卷", new[] { "执法案卷" }),
            ("administrativeQuery", "8.属于行政查询事项", new[] { "行政查询", "查询事项" }),
        };

        private static readonly (string Member, string Label, string[] Words)[] Unable =
        {
            ("notHeld", "1.本机关不掌握相关政府信息", new[] { "不掌握" }),
            ("needsCreation", "2.没有现成信息需要另行制作", new[] { "另行制作", "没有现成" }),
            ("unclearAfterCorrection", "3.补正后申请内容仍不明确", new[] { "补正后", "不明确" }),
        };

        private static readonly (string Member, string Label, string[] Words)[] NotProcessed =
        {
            ("petitionOrComplaint", "1.信访举报投诉类申请", new[] { "信访", "举报", "投诉" }),
            ("repeatedApplication", "2.重复申请", new[] { "重复申请" }),
            ("publicationRequested", "3.要求提供公开出版物", new[] { "出版物" }),
            ("unreasonableMassRequests", "4.无正当理由大量反复申请", new[] { "大量反复", "大量" }),
            ("confirmationOrReissue", "5.要求行政机关确认或重新出具已获取信息", new[] { "重新出具", "确认" }),
        };

        private static readonly (string Member, string Label, string[] Words)[] Other2021 =
        {
            ("overdueCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", new[] { "不补正" }),
            ("overdueFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", new[] { "缴纳费用", "收费通知" }),
            ("other", "3.其他", new[] { "其他" }),
        };

        /// <summary>The rows of the form, in its order.</summary>
        public static IEnumerable<ApplicationRow> Expected(bool format2021)
        {
            yield return new ApplicationRow("/applications/newlyReceived", "一、本年新收政府信息公开申请数量");
            yield return new ApplicationRow("/applications/carriedOver", "二、上年结转政府信息公开申请数量");
            yield return new ApplicationRow(Outcomes + "/disclosed", "三、本年度办理结果 / （一）予以公开");
            yield return new ApplicationRow(Outcomes + "/partiallyDisclosed", "三、本年度办理结果 / （二）部分公开");
            foreach (var item in Withheld)
            {
                yield return new ApplicationRow(Outcomes + "/withheld/" + item.Member, "（三）不予公开 / " + item.Label);
            }

            foreach (var item in Unable)
            {
                yield return new ApplicationRow(Outcomes + "/unableToProvide/" + item.Member, "（四）无法提供 / " + item.Label);
            }

            foreach (var item in NotProcessed)
            {
                yield return new ApplicationRow(Outcomes + "/notProcessed/" + item.Member, "（五）不予处理 / " + item.Label);
            }

            if (format2021)
            {
                foreach (var item in Other2021)
                {
                    yield return new ApplicationRow(Outcomes + "/otherProcessing/" + item.Member, "（六）其他处理 / " + item.Label);
                }
            }
            else
            {
                yield return new ApplicationRow(Outcomes + "/otherProcessing/other", "（六）其他处理");
            }

            yield return new ApplicationRow(Outcomes + "/total", "（七）总计");
            yield return new ApplicationRow("/applications/carriedForward", "四、结转下年度继续办理");
        }

        /// <summary>The row of the form that a published row's labels (folded, left to right) name, or <c>null</c>.</summary>
        public static ApplicationRow? Match(IReadOnlyList<string> labels, bool format2021)
        {
            string all = string.Concat(labels);
            if (all.Contains("本年新收"))
            {
                return Find("/applications/newlyReceived", format2021);
            }

            if (all.Contains("上年结转"))
            {
                return Find("/applications/carriedOver", format2021);
            }

            if (all.Contains("结转下年") || all.Contains("下年度继续"))
            {
                return Find("/applications/carriedForward", format2021);
            }

            List<string> parts = labels.Where(l => !l.Contains("办理结果")).ToList();
            if (parts.Count == 0)
            {
                return null;
            }

            string head = parts[0];
            string item = parts[parts.Count - 1];
            bool hasItem = parts.Count > 1;
            if (head.Contains("部分公开"))
            {
                return Find(Outcomes + "/partiallyDisclosed", format2021);
            }

            if (head.Contains("不予公开"))
            {
                return hasItem ? Item("/withheld/", Withheld, item, format2021) : null;
            }

            if (head.Contains("予以公开"))
            {
                return Find(Outcomes + "/disclosed", format2021);
            }

            if (head.Contains("无法提供"))
            {
                return hasItem ? Item("/unableToProvide/", Unable, item, format2021) : null;
            }

            if (head.Contains("不予处理"))
            {
                return hasItem ? Item("/notProcessed/", NotProcessed, item, format2021) : null;
            }

            if (head.Contains("其他处理"))
            {
                if (!format2021)
                {
                    return hasItem ? null : Find(Outcomes + "/otherProcessing/other", format2021);
                }

                return hasItem ? Item("/otherProcessing/", Other2021, item, format2021) : null;
            }

            if (head.Contains("总计") || head.Contains("合计"))
            {
                return Find(Outcomes + "/total", format2021);
            }

            return null;
        }

        private static ApplicationRow? Item(string group, (string Member, string Label, string[] Words)[] items, string label, bool format2021)
        {
            string? member = items.Where(i => i.Words.Any(label.Contains)).Select(i => i.Member).FirstOrDefault();
            return member is null ? null : Find(Outcomes + group + member, format2021);
        }

        private static ApplicationRow? Find(string pointer, bool format2021) => Expected(format2021).FirstOrDefault(r => r.Pointer == pointer);
    }
}
