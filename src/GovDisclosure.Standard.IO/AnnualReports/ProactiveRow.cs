using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// A row of table 二 (主动公开政府信息情况) of the form: the words its label is known by (the template's and
    /// the variants reports write, e.g. 规范性文件 for 行政规范性文件), where its values go, and its columns.
    /// </summary>
    internal sealed record ProactiveRow(string Pointer, string Label, string[] Words, IReadOnlyList<ProactiveColumn> Columns)
    {
        private static readonly ProactiveColumn NewlyMade = new ProactiveColumn("newlyMade", "本年新制作数量", new[] { "新制作", "制作" }, false);
        private static readonly ProactiveColumn NewlyPublished = new ProactiveColumn("newlyPublished", "本年新公开数量", new[] { "新公开" }, false);
        private static readonly ProactiveColumn TotalPublished = new ProactiveColumn("totalPublished", "对外公开总数量", new[] { "公开总数", "总数" }, false);
        private static readonly ProactiveColumn PreviousYear = new ProactiveColumn("previousYearItems", "上一年项目数量", new[] { "上一年", "上年" }, false);
        private static readonly ProactiveColumn NetChange = new ProactiveColumn("netChange", "本年增/减", new[] { "增/减", "增减", "增/删", "增加/减少" }, false);
        private static readonly ProactiveColumn Decisions2019 = new ProactiveColumn("decisions", "处理决定数量", new[] { "处理决定" }, false);
        private static readonly ProactiveColumn ProjectCount = new ProactiveColumn("projectCount", "采购项目数量", new[] { "项目数" }, false);
        private static readonly ProactiveColumn TotalAmount = new ProactiveColumn("totalAmount", "采购总金额", new[] { "金额" }, true);
        private static readonly ProactiveColumn Issued = new ProactiveColumn("issued", "本年制发件数", new[] { "制发" }, false);
        private static readonly ProactiveColumn Repealed = new ProactiveColumn("repealed", "本年废止件数", new[] { "废止" }, false);
        private static readonly ProactiveColumn InForce = new ProactiveColumn("inForce", "现行有效件数", new[] { "现行有效", "有效" }, false);
        private static readonly ProactiveColumn Decisions2021 = new ProactiveColumn(string.Empty, "本年处理决定数量", new[] { "处理决定", "决定数" }, false);
        private static readonly ProactiveColumn FeeAmount = new ProactiveColumn(string.Empty, "本年收费金额（单位：万元）", new[] { "收费金额", "金额" }, true);

        /// <summary>The rows of the 2019 or the 2021 form, in its order.</summary>
        public static IReadOnlyList<ProactiveRow> Of(bool format2021)
        {
            if (format2021)
            {
                const string at = "/proactiveDisclosure2021/";
                return new[]
                {
                    new ProactiveRow(at + "rules", "第二十条第（一）项 / 规章", new[] { "规章" }, new[] { Issued, Repealed, InForce }),
                    new ProactiveRow(at + "normativeDocuments", "第二十条第（一）项 / 行政规范性文件", new[] { "规范性文件" }, new[] { Issued, Repealed, InForce }),
                    new ProactiveRow(at + "licensingDecisions", "第二十条第（五）项 / 行政许可", new[] { "行政许可" }, new[] { Decisions2021 }),
                    new ProactiveRow(at + "penaltyDecisions", "第二十条第（六）项 / 行政处罚", new[] { "行政处罚" }, new[] { Decisions2021 }),
                    new ProactiveRow(at + "compulsionDecisions", "第二十条第（六）项 / 行政强制", new[] { "行政强制" }, new[] { Decisions2021 }),
                    new ProactiveRow(at + "feeAmountTenThousandYuan", "第二十条第（八）项 / 行政事业性收费", new[] { "收费" }, new[] { FeeAmount }),
                };
            }

            const string at19 = "/proactiveDisclosure2019/";
            ProactiveColumn[] documents = { NewlyMade, NewlyPublished, TotalPublished };
            ProactiveColumn[] items = { PreviousYear, NetChange, Decisions2019 };
            return new[]
            {
                new ProactiveRow(at19 + "rules", "第二十条第（一）项 / 规章", new[] { "规章" }, documents),
                new ProactiveRow(at19 + "normativeDocuments", "第二十条第（一）项 / 规范性文件", new[] { "规范性文件" }, documents),
                new ProactiveRow(at19 + "administrativeLicensing", "第二十条第（五）项 / 行政许可", new[] { "行政许可" }, items),
                new ProactiveRow(at19 + "otherExternalServices", "第二十条第（五）项 / 其他对外管理服务事项", new[] { "对外管理服务" }, items),
                new ProactiveRow(at19 + "administrativePenalties", "第二十条第（六）项 / 行政处罚", new[] { "行政处罚" }, items),
                new ProactiveRow(at19 + "administrativeCompulsion", "第二十条第（六）项 / 行政强制", new[] { "行政强制" }, items),
                new ProactiveRow(at19 + "administrativeFees", "第二十条第（八）项 / 行政事业性收费", new[] { "收费" }, new[] { PreviousYear, NetChange }),
                new ProactiveRow(at19 + "centralisedProcurement", "第二十条第（九）项 / 政府集中采购", new[] { "采购" }, new[] { ProjectCount, TotalAmount }),
            };
        }

        /// <summary>The row a published label names: the label must be the row's words, give or take a prefix such as 本部门 or a trailing 数量.</summary>
        public static ProactiveRow? Match(string folded, bool format2021) =>
            Of(format2021).FirstOrDefault(r => r.Words.Any(w => folded == w || (folded.Length <= w.Length + 6 && folded.Contains(w))));
    }
}
