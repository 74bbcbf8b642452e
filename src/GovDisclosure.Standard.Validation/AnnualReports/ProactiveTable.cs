using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>The cells of table 二 (主动公开政府信息情况) in either format; an absent row is one cell with <c>RowAbsent</c>.</summary>
    internal static class ProactiveTable
    {
        public static IEnumerable<ProactiveCell> Cells2019(ProactiveDisclosure2019 t)
        {
            const string p = "/proactiveDisclosure2019";
            foreach (ProactiveCell c in Documents(p + "/rules", "第二十条第（一）项·规章", "Art. 20(1) rules", t.Rules))
            {
                yield return c;
            }

            foreach (ProactiveCell c in Documents(p + "/normativeDocuments", "第二十条第（一）项·规范性文件", "Art. 20(1) normative documents", t.NormativeDocuments))
            {
                yield return c;
            }

            foreach (ProactiveCell c in Items(p + "/administrativeLicensing", "第二十条第（五）项·行政许可", "Art. 20(5) licensing", t.AdministrativeLicensing))
            {
                yield return c;
            }

            foreach (ProactiveCell c in Items(p + "/otherExternalServices", "第二十条第（五）项·其他对外管理服务事项", "Art. 20(5) other external services", t.OtherExternalServices))
            {
                yield return c;
            }

            foreach (ProactiveCell c in Items(p + "/administrativePenalties", "第二十条第（六）项·行政处罚", "Art. 20(6) penalties", t.AdministrativePenalties))
            {
                yield return c;
            }

            foreach (ProactiveCell c in Items(p + "/administrativeCompulsion", "第二十条第（六）项·行政强制", "Art. 20(6) compulsion", t.AdministrativeCompulsion))
            {
                yield return c;
            }

            const string fees = p + "/administrativeFees";
            if (t.AdministrativeFees is null)
            {
                yield return Absent(fees, "第二十条第（八）项·行政事业性收费", "Art. 20(8) administrative fees");
            }
            else
            {
                yield return new ProactiveCell(fees + "/previousYearItems", "第二十条第（八）项·上一年项目数量", "Art. 20(8) items last year", t.AdministrativeFees.PreviousYearItems, false, false);
                yield return new ProactiveCell(fees + "/netChange", "第二十条第（八）项·本年增/减", "Art. 20(8) net change", t.AdministrativeFees.NetChange, true, false);
            }

            const string procurement = p + "/centralisedProcurement";
            if (t.CentralisedProcurement is null)
            {
                yield return Absent(procurement, "第二十条第（九）项·政府集中采购", "Art. 20(9) centralised procurement");
            }
            else
            {
                yield return new ProactiveCell(procurement + "/projectCount", "第二十条第（九）项·采购项目数量", "Art. 20(9) projects", t.CentralisedProcurement.ProjectCount, false, false);
                yield return new ProactiveCell(procurement + "/totalAmount", "第二十条第（九）项·采购总金额", "Art. 20(9) total amount", t.CentralisedProcurement.TotalAmount?.Amount, false, false);
            }
        }

        public static IEnumerable<ProactiveCell> Cells2021(ProactiveDisclosure2021 t)
        {
            const string p = "/proactiveDisclosure2021";
            foreach ((string key, string zh, string en, DocumentCounts2021? row) in new[]
            {
                ("rules", "第二十条第（一）项·规章", "Art. 20(1) rules", t.Rules),
                ("normativeDocuments", "第二十条第（一）项·行政规范性文件", "Art. 20(1) normative documents", t.NormativeDocuments),
            })
            {
                string pointer = p + "/" + key;
                if (row is null)
                {
                    yield return Absent(pointer, zh, en);
                    continue;
                }

                yield return new ProactiveCell(pointer + "/issued", zh + "·本年制发件数", en + ", issued", row.Issued, false, false);
                yield return new ProactiveCell(pointer + "/repealed", zh + "·本年废止件数", en + ", repealed", row.Repealed, false, false);
                yield return new ProactiveCell(pointer + "/inForce", zh + "·现行有效件数", en + ", in force", row.InForce, false, false);
            }

            yield return new ProactiveCell(p + "/licensingDecisions", "第二十条第（五）项·行政许可本年处理决定数量", "Art. 20(5) licensing decisions", t.LicensingDecisions, false, false);
            yield return new ProactiveCell(p + "/penaltyDecisions", "第二十条第（六）项·行政处罚本年处理决定数量", "Art. 20(6) penalty decisions", t.PenaltyDecisions, false, false);
            yield return new ProactiveCell(p + "/compulsionDecisions", "第二十条第（六）项·行政强制本年处理决定数量", "Art. 20(6) compulsion decisions", t.CompulsionDecisions, false, false);
            yield return new ProactiveCell(p + "/feeAmountTenThousandYuan", "第二十条第（八）项·行政事业性收费本年收费金额（万元）", "Art. 20(8) fees collected (10,000 yuan)", t.FeeAmountTenThousandYuan, false, false);
        }

        private static IEnumerable<ProactiveCell> Documents(string pointer, string zh, string en, DocumentCounts2019? row)
        {
            if (row is null)
            {
                yield return Absent(pointer, zh, en);
                yield break;
            }

            yield return new ProactiveCell(pointer + "/newlyMade", zh + "·本年新制作数量", en + ", made this year", row.NewlyMade, false, false);
            yield return new ProactiveCell(pointer + "/newlyPublished", zh + "·本年新公开数量", en + ", published this year", row.NewlyPublished, false, false);
            yield return new ProactiveCell(pointer + "/totalPublished", zh + "·对外公开总数量", en + ", published in total", row.TotalPublished, false, false);
        }

        private static IEnumerable<ProactiveCell> Items(string pointer, string zh, string en, ItemCounts2019? row)
        {
            if (row is null)
            {
                yield return Absent(pointer, zh, en);
                yield break;
            }

            yield return new ProactiveCell(pointer + "/previousYearItems", zh + "·上一年项目数量", en + ", items last year", row.PreviousYearItems, false, false);
            yield return new ProactiveCell(pointer + "/netChange", zh + "·本年增/减", en + ", net change", row.NetChange, true, false);
            yield return new ProactiveCell(pointer + "/decisions", zh + "·处理决定数量", en + ", decisions", row.Decisions, false, false);
        }

        private static ProactiveCell Absent(string pointer, string zh, string en) => new ProactiveCell(pointer, zh, en, null, false, true);
    }
}
