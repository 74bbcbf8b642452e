using BenchmarkDotNet.Attributes;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Json;

namespace GovDisclosure.Standard.Benchmarks
{
    /// <summary>Reading and writing canonical JSON, and reading time-limit wording: the per-record cost of binding.</summary>
    [MemoryDiagnoser]
    public class DocumentBenchmarks
    {
        private const string EntryJson = "{\"code\":\"minimumLivingAllowanceServiceGuide\",\"domain\":\"socialAssistance\",\"firstLevelItem\":\"最低生活保障\",\"secondLevelItem\":\"办事指南\",\"contentElements\":[{\"name\":\"办理事项\",\"requirement\":\"required\"},{\"name\":\"办理条件\",\"requirement\":\"required\"}],\"legalBasis\":[\"《社会救助暂行办法》\"],\"timeLimit\":\"制定或获取信息之日起10个工作日内\",\"responsibleBody\":\"县级人民政府民政部门\",\"channels\":[\"governmentWebsite\",\"twoMicroOneEnd\",\"other:公共资源交易平台\"],\"audiences\":[\"public\"],\"modes\":[\"proactive\"],\"levels\":[\"county\",\"township\"],\"categories\":[5,11]}";

        private readonly CatalogueEntry entry = CanonicalJson.Deserialize<CatalogueEntry>(EntryJson);

        [Benchmark]
        public CatalogueEntry ReadCatalogueEntry() => CanonicalJson.Deserialize<CatalogueEntry>(EntryJson);

        [Benchmark]
        public string WriteCatalogueEntry() => CanonicalJson.Serialize(entry);

        [Benchmark]
        public DisclosureTimeLimit ParseTimeLimit() => DisclosureTimeLimit.Parse("执法决定信息在决定作出之日起7个工作日内公开，其他相关信息形成或变更之日起20个工作日内公开");
    }
}
