using System.Globalization;
using System.Text.Json;

namespace GovDisclosure.Standard.Throughput.Generation
{
    /// <summary>
    /// Realistic service guides (办事指南) with the fuller element set, and the usual mistakes at fixed
    /// rates: the catch-all material 其他材料, 办理机构 有关部门, no 联系电话, a promised time limit
    /// longer than the legal one, Chinese code names (必要, 否), a time limit written as text (尽快办结).
    /// </summary>
    internal static class ServiceGuides
    {
        private static readonly string[] Items = { "最低生活保障审核确认", "特困人员救助供养审核确认", "临时救助", "养老机构备案", "高龄津贴发放", "医疗救助", "残疾人两项补贴", "孤儿基本生活费发放" };

        private static readonly string[] Materials = { "申请书", "户口簿", "居民身份证", "家庭经济状况核对授权书", "收入证明", "医疗费用票据", "残疾证", "房屋产权证明" };

        /// <summary>Writes guide number <paramref name="i"/> (0-based) as one JSON object.</summary>
        public static void Write(Utf8JsonWriter json, long i)
        {
            int n = (int)(i % 1_000_003);
            string number = (i + 1).ToString(CultureInfo.InvariantCulture);
            json.WriteStartObject();
            json.WriteString("itemName", Items[n % Items.Length] + "（" + number + "）");
            json.WriteString("implementingBody", "青山县民政局");
            json.WriteString("itemType", n % 2 == 0 ? "行政确认" : "公共服务");
            json.WriteStartArray("legalBasis");
            json.WriteStringValue("《社会救助暂行办法》");
            json.WriteStringValue("《国务院关于进一步加强和改进最低生活保障工作的意见》");
            json.WriteEndArray();
            json.WriteString("conditions", "持有本县户籍，家庭人均收入低于当地最低生活保障标准，且家庭财产状况符合规定的家庭。");
            json.WriteStartArray("materials");
            int materials = 2 + (n % 4);
            for (int m = 0; m < materials; m++)
            {
                json.WriteStartObject();
                json.WriteString("name", m == materials - 1 && n % 10 == 4 ? "其他材料" : Materials[(n + m) % Materials.Length]);
                json.WriteString("necessity", n % 15 == 2 ? "必要" : "required");
                json.WriteString("form", m % 2 == 0 ? "原件" : "原件和复印件");
                json.WriteString("source", "申请人自备");
                json.WriteNumber("copies", 1);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("handlingPlace", "户籍所在地乡镇人民政府便民服务中心");
            json.WriteString("handlingBody", n % 12 == 5 ? "有关部门" : "青山县民政局");
            if (n % 15 == 2)
            {
                json.WriteString("isCharged", "否");
            }
            else
            {
                json.WriteBoolean("isCharged", false);
            }

            json.WriteString("officeHours", "工作日 8:30-12:00，14:30-17:30");
            if (n % 20 != 9)
            {
                json.WriteString("contactPhone", "0571-" + (12345000 + (n % 1000)).ToString(CultureInfo.InvariantCulture));
            }

            json.WriteString("procedure", "申请—受理—家庭经济状况调查—审核确认—公示—发放");
            json.WriteStartObject("legalTimeLimit");
            json.WriteNumber("count", 30);
            json.WriteString("unit", "workingDays");
            json.WriteEndObject();
            if (n % 45 == 17)
            {
                json.WriteString("promisedTimeLimit", "尽快办结");
            }
            else
            {
                json.WriteStartObject("promisedTimeLimit");
                json.WriteNumber("count", n % 30 == 8 ? 40 : 10 + (n % 20));
                json.WriteString("unit", "workingDays");
                json.WriteEndObject();
            }

            json.WriteNumber("onSiteVisits", n % 3);
            json.WriteEndObject();
        }
    }
}
