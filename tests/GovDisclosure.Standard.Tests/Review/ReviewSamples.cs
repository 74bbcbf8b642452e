using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Review;

namespace GovDisclosure.Standard.Tests.Review
{
    /// <summary>Small files to compare, and a way to make a changed copy.</summary>
    internal static class ReviewSamples
    {
        public const string CatalogueText = @"{
  ""$schema"": ""../schema/catalog.schema.json"",
  ""domain"": ""socialAssistance"",
  ""version"": ""0.1.0"",
  ""coverage"": ""partial"",
  ""coverageNote"": ""Two rows."",
  ""provenance"": { ""title"": ""社会救助领域基层政务公开标准指引"", ""documentNumber"": ""民办函〔2019〕52号"", ""issuedOn"": null, ""verified"": true, ""note"": ""copies"" },
  ""entries"": [
    {
      ""code"": ""generalPolicyDocuments"",
      ""firstLevelItem"": ""综合业务"",
      ""secondLevelItem"": ""政策法规文件"",
      ""thirdLevelItem"": null,
      ""contentElements"": [ { ""name"": ""各地配套政策法规文件"", ""requirement"": ""required"" }, { ""name"": ""解读"", ""requirement"": ""optional"" } ],
      ""legalBasis"": [ ""《中华人民共和国政府信息公开条例》"" ],
      ""timeLimit"": ""制定或获取信息之日起10个工作日内"",
      ""responsibleBody"": ""县级人民政府民政部门"",
      ""channels"": [ ""governmentWebsite"", ""publicReadingPoint"" ],
      ""audiences"": [ ""public"" ],
      ""modes"": [ ""proactive"" ],
      ""levels"": [ ""county"", ""township"" ],
      ""categories"": [ 1 ],
      ""note"": ""checked""
    },
    {
      ""code"": ""minimumLivingAllowanceServiceGuide"",
      ""firstLevelItem"": ""最低生活保障"",
      ""secondLevelItem"": ""办事指南"",
      ""contentElements"": [ { ""name"": ""办理事项"", ""requirement"": ""required"" } ],
      ""legalBasis"": [ ""《社会救助暂行办法》"" ],
      ""timeLimit"": ""信息形成或者变更之日起20个工作日内"",
      ""responsibleBody"": ""县级人民政府民政部门"",
      ""channels"": [ ""governmentWebsite"" ],
      ""audiences"": [ ""public"" ],
      ""modes"": [ ""proactive"" ],
      ""levels"": [ ""county"" ],
      ""categories"": [ 5 ]
    }
  ]
}";

        public const string DomainsText = @"{
  ""$schema"": ""./schema/domains.schema.json"",
  ""version"": ""0.1.0"",
  ""domains"": [
    { ""code"": ""majorConstructionProjects"", ""number"": 1, ""name"": ""重大建设项目"", ""englishName"": ""Major Construction Projects"", ""aliases"": [], ""ministries"": [ ""国家发展改革委"" ],
      ""guideline"": { ""title"": ""重大建设项目领域基层政务公开标准指引"", ""documentNumber"": null, ""issuedOn"": null, ""verified"": false } },
    { ""code"": ""ecologyAndEnvironment"", ""number"": 9, ""name"": ""生态环境"", ""englishName"": ""Ecology and Environment"", ""aliases"": [ ""环境保护"" ], ""ministries"": [ ""生态环境部"" ],
      ""guideline"": { ""title"": null, ""documentNumber"": null, ""issuedOn"": null, ""verified"": false } }
  ]
}";

        public const string SchemaText = @"{
  ""$schema"": ""https://json-schema.org/draft/2020-12/schema"",
  ""title"": ""Example"",
  ""type"": ""object"",
  ""required"": [ ""code"" ],
  ""additionalProperties"": true,
  ""properties"": {
    ""code"": { ""$ref"": ""#/$defs/code"" },
    ""name"": { ""type"": [ ""string"", ""null"" ], ""minLength"": 1, ""description"": ""名称"" },
    ""count"": { ""type"": ""integer"", ""minimum"": 0, ""maximum"": 100 },
    ""levels"": { ""type"": ""array"", ""uniqueItems"": false, ""items"": { ""enum"": [ ""county"", ""township"" ] } },
    ""date"": { ""type"": ""string"" },
    ""channel"": { ""anyOf"": [ { ""enum"": [ ""governmentWebsite"" ] }, { ""type"": ""string"", ""pattern"": ""^other:"" } ] }
  },
  ""$defs"": {
    ""code"": { ""type"": ""string"", ""pattern"": ""^[a-z][A-Za-z0-9]*$"" },
    ""spare"": { ""type"": ""string"" }
  }
}";

        public const string ListingText = @"[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(""Tests"")]
namespace Example
{
    public readonly struct Money : System.IEquatable<Example.Money>
    {
        public Money(decimal amount) { }
        public decimal Amount { get; }
        public bool Equals(Example.Money other) { }
        public static Example.Money Parse(string text) { }
        public static bool TryParse(string? text, out Example.Money money) { }
    }
    public enum Level
    {
        County = 0,
        Township = 1,
    }
    public class Registry<T>
        where T :  class
    {
        public Registry() { }
        [System.Obsolete(""Use Find"")]
        public T? Get(string code) { }
    }
    public delegate void Changed(Example.Money money);
}
namespace Example.Nested
{
    public static class Empty { }
}";

        /// <summary>A copy of a JSON text with an edit applied.</summary>
        public static string Edit(string json, Action<JsonObject> edit)
        {
            JsonObject root = JsonNode.Parse(json)!.AsObject();
            edit(root);
            return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }

        public static JsonObject Entry(JsonObject catalogue, string code) =>
            catalogue["entries"]!.AsArray().Single(e => (string?)e!["code"] == code)!.AsObject();

        public static JsonObject Domain(JsonObject domains, string code) =>
            domains["domains"]!.AsArray().Single(e => (string?)e!["code"] == code)!.AsObject();

        /// <summary>The only change of a diff, which must exist.</summary>
        public static ReviewChange Single(DiffResult report)
        {
            Assert.True(report.Changes.Count == 1, "Expected one change, got:\n" + string.Join("\n", report.Changes));
            return report.Changes[0];
        }
    }
}
