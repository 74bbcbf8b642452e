using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Benchmarks
{
    /// <summary>One realistic catalogue entry and one service guide, as raw text and as records read the way the tool reads them.</summary>
    internal static class SampleRecords
    {
        /// <summary>A 社会救助 catalogue entry with one vague 公开主体 (有关部门), so that rules report something.</summary>
        public const string CatalogueEntryJson =
            "{\"sequenceNumber\":\"4\",\"code\":\"minimumLivingAllowanceServiceGuide\",\"domain\":\"socialAssistance\",\"firstLevelItem\":\"最低生活保障\",\"secondLevelItem\":\"办事指南\"," +
            "\"contentElements\":[{\"name\":\"办理事项\",\"requirement\":\"required\"},{\"name\":\"办理条件\",\"requirement\":\"required\"},{\"name\":\"最低生活保障标准\",\"requirement\":\"required\"}," +
            "{\"name\":\"申请材料\",\"requirement\":\"required\"},{\"name\":\"办理流程\",\"requirement\":\"required\"},{\"name\":\"办理时间、地点\",\"requirement\":\"required\"},{\"name\":\"联系方式\",\"requirement\":\"optional\"}]," +
            "\"legalBasis\":[\"《中华人民共和国政府信息公开条例》\",\"《国务院关于进一步加强和改进最低生活保障工作的意见》\"],\"timeLimit\":\"制定或获取信息之日起10个工作日内\"," +
            "\"responsibleBody\":\"有关部门\",\"channels\":[\"governmentWebsite\",\"publicReadingPoint\",\"governmentServiceCentre\",\"other:村广播\"],\"audiences\":[\"public\"]," +
            "\"modes\":[\"proactive\"],\"levels\":[\"county\",\"township\"],\"categories\":[5,11]}";

        /// <summary>A complete 最低生活保障 service guide (the first one of samples/data/service-guides-mistakes.json).</summary>
        public const string ServiceGuideJson =
            "{\"itemName\":\"最低生活保障审核确认\",\"implementingBody\":\"青山县民政局\",\"itemType\":\"行政确认\",\"legalBasis\":[\"《社会救助暂行办法》\",\"《国务院关于进一步加强和改进最低生活保障工作的意见》\"]," +
            "\"conditions\":\"持有本县户籍，家庭人均收入低于当地最低生活保障标准，且家庭财产状况符合规定的家庭。\"," +
            "\"materials\":[{\"name\":\"最低生活保障申请书\",\"necessity\":\"required\",\"form\":\"原件\",\"source\":\"申请人自备\",\"copies\":1}," +
            "{\"name\":\"户口簿\",\"necessity\":\"required\",\"form\":\"原件和复印件\",\"source\":\"公安机关\",\"copies\":1}," +
            "{\"name\":\"家庭经济状况核对授权书\",\"necessity\":\"required\",\"form\":\"原件\",\"source\":\"申请人自备\",\"copies\":1}]," +
            "\"handlingPlace\":\"户籍所在地乡镇人民政府便民服务中心\",\"handlingBody\":\"青山县民政局\",\"isCharged\":false,\"officeHours\":\"工作日 8:30-12:00，14:30-17:30\"," +
            "\"contactPhone\":\"0571-12345678\",\"procedure\":\"申请—受理—家庭经济状况调查—审核确认—公示—发放\",\"legalTimeLimit\":{\"count\":30,\"unit\":\"workingDays\"}," +
            "\"promisedTimeLimit\":{\"count\":20,\"unit\":\"workingDays\"},\"onSiteVisits\":1}";

        /// <summary>The record of one JSON Lines line, with its field locations, as the tool reads it.</summary>
        public static SourceRecord Read(string json) =>
            new JsonLinesRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(json + "\n")), new InputOptions { DisplayName = "bench.jsonl" }).Read().Single();
    }
}
