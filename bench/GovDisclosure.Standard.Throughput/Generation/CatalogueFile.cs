using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovDisclosure.Standard.Throughput.Generation
{
    /// <summary>
    /// Writes a city's own catalogue file (<c>*.catalog.json</c>, the source generator's input) of a
    /// chosen number of entries or size, shaped like published city catalogues: about 1.6 KB per
    /// entry (a third-level item, six content elements, three legal bases, a named 其他 channel,
    /// a note and two confirmations), so that 2,146 entries make about 3.4 MB.
    /// </summary>
    internal static class CatalogueFile
    {
        private static readonly string[] FirstLevel = { "最低生活保障", "特困人员救助供养", "临时救助", "医疗救助", "受灾人员救助", "养老服务", "儿童福利", "社会事务", "慈善事业", "社区治理" };

        private static readonly string[] SecondLevel = { "政策文件", "办事指南", "审核确认结果", "资金发放情况", "救助标准", "监督检查", "年度计划", "备案信息" };

        private static readonly string[] Elements = { "办理事项", "办理条件", "申请材料", "办理流程", "办理时间、地点", "联系方式", "救助标准", "资金使用情况", "投诉举报电话", "审批结果", "救助对象姓名", "救助金额", "所在村（社区）", "公示期限" };

        private static readonly string[] Bases = { "《中华人民共和国政府信息公开条例》", "《社会救助暂行办法》", "《最低生活保障审核确认办法》", "《特困人员认定办法》", "《养老机构管理办法》", "《市社会救助家庭经济状况核对办法》" };

        private static readonly string[] TimeLimits = { "制定或获取信息之日起20个工作日内", "信息形成或者变更之日起20个工作日内", "审核确认之日起10个工作日内" };

        private static readonly string[] Channels = { "governmentWebsite", "governmentServiceCentre", "convenienceServiceStation", "noticeBoard", "twoMicroOneEnd", "publicReadingPoint", "printMedia" };

        private static readonly string[] Levels = { "city", "county", "township", "village" };

        /// <summary>Writes the file; stops after <paramref name="entries"/> entries or once the file has <paramref name="bytes"/> bytes. Returns the entries written.</summary>
        public static int Write(string path, int? entries, long? bytes)
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
            using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            json.WriteStartObject();
            json.WriteString("domain", "socialAssistance");
            json.WriteString("version", "2026.1");
            json.WriteString("coverage", "complete");
            json.WriteStartObject("provenance");
            json.WriteString("title", "某市社会救助领域基层政务公开标准目录");
            json.WriteString("documentNumber", "某民发〔2026〕1号");
            json.WriteString("issuedOn", "2026-01-15");
            json.WriteBoolean("verified", false);
            json.WriteEndObject();
            json.WriteStartArray("entries");
            int n = 0;
            while (entries is int count ? n < count : file.Position + json.BytesPending < bytes!.Value)
            {
                WriteEntry(json, n++);
                json.Flush();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            return n;
        }

        private static void WriteEntry(Utf8JsonWriter json, int n)
        {
            string number = n.ToString(CultureInfo.InvariantCulture);
            json.WriteStartObject();
            json.WriteString("code", "cityItem" + number);
            json.WriteString("firstLevelItem", FirstLevel[n % FirstLevel.Length]);
            json.WriteString("secondLevelItem", SecondLevel[(n / 3) % SecondLevel.Length]);
            json.WriteString("thirdLevelItem", "第" + number + "项 " + SecondLevel[n % SecondLevel.Length] + "（市级）");
            json.WriteStartArray("contentElements");
            for (int e = 0; e < 6; e++)
            {
                json.WriteStartObject();
                json.WriteString("name", Elements[(n + (e * 3)) % Elements.Length]);
                json.WriteString("requirement", e % 3 == 2 ? "optional" : "required");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("legalBasis");
            for (int b = 0; b < 3; b++)
            {
                json.WriteStringValue(Bases[(n + b) % Bases.Length]);
            }

            json.WriteEndArray();
            json.WriteString("timeLimit", TimeLimits[n % TimeLimits.Length]);
            json.WriteString("responsibleBody", "市民政局、各区民政局、各街道办事处（乡镇人民政府）");
            json.WriteStartArray("channels");
            for (int c = 0; c < 3; c++)
            {
                json.WriteStringValue(Channels[(n + c) % Channels.Length]);
            }

            json.WriteStringValue("other:市民政局微信公众号");
            json.WriteEndArray();
            json.WriteStartArray("audiences");
            json.WriteStringValue(n % 4 == 1 ? "specificGroup" : "public");
            json.WriteEndArray();
            json.WriteStartArray("modes");
            json.WriteStringValue("proactive");
            json.WriteEndArray();
            json.WriteStartArray("levels");
            json.WriteStringValue(Levels[n % 2]);
            json.WriteStringValue(Levels[2 + (n % 2)]);
            json.WriteEndArray();
            json.WriteStartArray("categories");
            json.WriteNumberValue(5);
            json.WriteNumberValue(11 + (n % 3));
            json.WriteEndArray();
            json.WriteStartArray("confirmedBy");
            json.WriteStringValue("某市民政局 — https://mzj.example.gov.cn/zwgk/bzml/" + number + ".html (2026-02-01)");
            json.WriteStringValue("某区人民政府 — https://www.example-qu.gov.cn/zwgk/mz/" + number + ".html (2026-02-03)");
            json.WriteEndArray();
            json.WriteString("note", "第" + number + "项：本事项按市级目录细化，公开内容与国家标准目录一致；涉及个人隐私的信息（身份证号码、家庭住址、联系电话）公示时作去标识化处理，公示期满后从公示栏撤下，网站保留汇总数据。");
            json.WriteEndObject();
        }
    }
}
