using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;

namespace GovDisclosure.Standard.Throughput.Generation
{
    /// <summary>
    /// Realistic standard catalogue entries (标准目录条目) as a county exports them: every pilot domain,
    /// the usual item names, time limits and channels, and the typical mistakes at fixed rates
    /// (vague 公开主体, an unknown channel, a missing or unreadable 公开时限, an unknown mode), so
    /// that validation has real work to do and reports findings.
    /// </summary>
    internal static class CatalogueEntries
    {
        private static readonly string[] Domains = PilotDomain.Declared.Select(d => d.Code).ToArray();

        private static readonly string[] FirstLevel = { "综合业务", "最低生活保障", "特困人员救助供养", "临时救助", "医疗救助", "受灾人员救助", "养老机构", "居家社区养老", "项目资金", "监管信息" };

        private static readonly string[] SecondLevel = { "政策法规文件", "办事指南", "审核确认结果", "监督检查", "资金发放情况", "救助标准", "年度计划", "备案信息" };

        private static readonly string[] Elements = { "办理事项", "办理条件", "申请材料", "办理流程", "办理时间、地点", "联系方式", "救助标准", "资金使用情况", "投诉举报电话", "审批结果" };

        private static readonly string[] Bases = { "《中华人民共和国政府信息公开条例》", "《社会救助暂行办法》", "《最低生活保障审核审批办法（试行）》", "《养老机构管理办法》", "《特困人员认定办法》" };

        private static readonly string[] TimeLimits =
        {
            "制定或获取信息之日起10个工作日内",
            "信息形成或变更之日起20个工作日内",
            "执法决定信息在决定作出之日起7个工作日内公开，其他相关信息形成或变更之日起20个工作日内公开",
            "每季度更新",
            "实时更新",
        };

        /// <summary>A frequency with no start event (每季度更新) is a typical mistake (GD-CAT-003), so a clean export does not use it.</summary>
        private const int FrequencyOnly = 3;

        private static readonly string[] Channels = DisclosureChannel.Declared.Where(c => c != DisclosureChannel.Other).Select(c => c.Code).ToArray();

        /// <summary>Writes entry number <paramref name="i"/> (0-based) as one JSON object.</summary>
        /// <param name="json">Where.</param>
        /// <param name="i">The entry's number.</param>
        /// <param name="mistakes">Which entries carry a mistake. With <see cref="RecordMistakes.Every"/>, entry i has mistake i mod 5 (vague body, unknown channel, no time limit, unreadable time limit, unknown mode).</param>
        public static void Write(Utf8JsonWriter json, long i, RecordMistakes mistakes)
        {
            int n = (int)(i % 1_000_003);
            int every = mistakes == RecordMistakes.Every ? n % 5 : -1;
            bool typical = mistakes == RecordMistakes.Typical;
            json.WriteStartObject();
            json.WriteString("sequenceNumber", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("code", "entry" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("domain", Domains[n % Domains.Length]);
            json.WriteString("firstLevelItem", FirstLevel[n % FirstLevel.Length]);
            json.WriteString("secondLevelItem", SecondLevel[(n / 3) % SecondLevel.Length]);
            json.WriteStartArray("contentElements");
            int elements = 2 + (n % 4);
            for (int e = 0; e < elements; e++)
            {
                json.WriteStartObject();
                json.WriteString("name", Elements[(n + e) % Elements.Length]);
                json.WriteString("requirement", e == elements - 1 && n % 3 == 0 ? "optional" : "required");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("legalBasis");
            json.WriteStringValue(Bases[0]);
            json.WriteStringValue(Bases[1 + (n % (Bases.Length - 1))]);
            json.WriteEndArray();
            if (!(typical && n % 40 == 7) && every != 2)
            {
                json.WriteString("timeLimit", (typical && n % 50 == 11) || every == 3 ? "尽快公开" : TimeLimit(n, mistakes));
            }

            json.WriteString("responsibleBody", (typical && n % 10 == 3) || every == 0 ? "有关部门" : "青山县民政局、各乡镇人民政府");
            json.WriteStartArray("channels");
            int channels = 2 + (n % 3);
            for (int c = 0; c < channels; c++)
            {
                json.WriteStringValue(Channels[(n + (c * 5)) % Channels.Length]);
            }

            if ((typical && n % 25 == 5) || every == 1)
            {
                json.WriteStringValue("乡镇广播站");
            }

            json.WriteEndArray();
            json.WriteStartArray("audiences");
            json.WriteStringValue("public");
            json.WriteEndArray();
            json.WriteStartArray("modes");
            json.WriteStringValue((typical && n % 60 == 13) || every == 4 ? "随时" : "proactive");
            json.WriteEndArray();
            json.WriteStartArray("levels");
            json.WriteStringValue("county");
            json.WriteStringValue("township");
            json.WriteEndArray();
            json.WriteStartArray("categories");
            json.WriteNumberValue(1 + (n % 15));
            if (n % 2 == 0)
            {
                json.WriteNumberValue(11);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static string TimeLimit(int n, RecordMistakes mistakes) =>
            mistakes == RecordMistakes.Typical || n % TimeLimits.Length != FrequencyOnly ? TimeLimits[n % TimeLimits.Length] : TimeLimits[0];
    }
}
