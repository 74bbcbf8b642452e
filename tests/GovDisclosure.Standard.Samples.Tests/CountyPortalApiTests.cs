using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using GovDisclosure.Standard.Samples.Tests.Infrastructure;

namespace GovDisclosure.Standard.Samples.Tests
{
    /// <summary>The CountyPortal's HTTP API, called as a program would, on the sample built from the packed package.</summary>
    [Collection(SamplesCollection.Name)]
    public sealed class CountyPortalApiTests : IDisposable
    {
        private readonly BuiltSamples samples;
        private readonly HttpClient client;

        public CountyPortalApiTests(BuiltSamples samples)
        {
            this.samples = samples;
            client = new HttpClient { BaseAddress = samples.Portal!.Address, Timeout = TimeSpan.FromMinutes(1) };
        }

        public void Dispose() => client.Dispose();

        [Fact]
        public async Task Catalogue_lists_the_built_in_entries_and_the_county_entries_generated_from_its_catalog_folder()
        {
            using JsonDocument all = await GetJson("api/catalogue");
            JsonElement root = all.RootElement;
            Assert.True(root.GetProperty("county").GetProperty("fictional").GetBoolean());
            Assert.Equal(26, root.GetProperty("domains").GetArrayLength());
            string[] codes = root.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("domain").GetString() + "/" + e.GetProperty("code").GetString()).ToArray();
            Assert.Contains("socialAssistance/minimumLivingAllowanceServiceGuide", codes);
            Assert.Contains("socialAssistance/winterHeatingSubsidyRecipients", codes);
            Assert.Contains("elderlyCareServices/elderlyMealPoints", codes);
            string[] county = root.GetProperty("countyEntries").EnumerateArray().Select(e => e.GetString()!).ToArray();
            Assert.Equal(
                new[] { "socialAssistance/winterHeatingSubsidyRecipients", "socialAssistance/minimumLivingAllowanceMonthlyPayments", "socialAssistance/assistanceHotline", "elderlyCareServices/elderlyMealPoints" }.OrderBy(s => s),
                county.OrderBy(s => s));
        }

        [Fact]
        public async Task Catalogue_filtered_by_domain_returns_only_that_domain_in_canonical_json()
        {
            using JsonDocument filtered = await GetJson("api/catalogue?domain=社会救助");
            JsonElement root = filtered.RootElement;
            Assert.Equal("socialAssistance", root.GetProperty("domain").GetString());
            JsonElement[] entries = root.GetProperty("entries").EnumerateArray().ToArray();
            Assert.All(entries, e => Assert.Equal("socialAssistance", e.GetProperty("domain").GetString()));
            JsonElement winter = entries.Single(e => e.GetProperty("code").GetString() == "winterHeatingSubsidyRecipients");
            Assert.Equal("信息形成之日起5个工作日内", winter.GetProperty("timeLimit").GetString());
            Assert.Equal("other:白鹭湾民政微信公众号", winter.GetProperty("channels")[2].GetString());
            Assert.Equal("specificGroup", winter.GetProperty("audiences")[0].GetString());
            Assert.Equal(11, winter.GetProperty("categories")[0].GetInt32());
            Assert.Equal(15, entries.Length);
        }

        [Fact]
        public async Task Unknown_domain_is_a_400_in_chinese_and_english_with_a_suggestion()
        {
            (HttpStatusCode status, JsonElement problem) = await Problem(await client.GetAsync("api/catalogue?domain=socialAssistence"));
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("unknownDomain", problem.GetProperty("code").GetString());
            Assert.Contains("未知的试点领域", problem.GetProperty("messageZh").GetString());
            Assert.Contains("did you mean 'socialAssistance'", problem.GetProperty("messageEn").GetString());
        }

        [Fact]
        public async Task Json_body_is_validated_with_the_kind_detected_and_findings_located()
        {
            using var content = new ByteArrayContent(File.ReadAllBytes(Repository.Export("service-guides-with-mistakes.json")));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using JsonDocument report = await PostJson("api/validate?name=guides.json", content);
            JsonElement root = report.RootElement;
            Assert.Equal("serviceGuide", root.GetProperty("kind").GetString());
            Assert.True(root.GetProperty("kindDetected").GetBoolean());
            Assert.Equal(3, root.GetProperty("summary").GetProperty("records").GetInt64());
            JsonElement[] findings = root.GetProperty("findings").EnumerateArray().ToArray();
            JsonElement vague = findings.Single(f => f.GetProperty("ruleId").GetString() == "GD-SG-003");
            Assert.Equal("/materials/1/name", vague.GetProperty("jsonPointer").GetString());
            Assert.Equal("guides.json:25:9 /materials/1/name", vague.GetProperty("location").GetString());
            Assert.Contains("其他相关材料", vague.GetProperty("messageZh").GetString());
            JsonElement promised = findings.Single(f => f.GetProperty("ruleId").GetString() == "GD-SG-006");
            Assert.Equal(2, promised.GetProperty("record").GetInt64());
            Assert.Contains("15 working days", promised.GetProperty("messageEn").GetString());
            Assert.Equal(6, findings.Count(f => f.GetProperty("ruleId").GetString() == "GD-SG-001" && f.GetProperty("record").GetInt64() == 3));
        }

        [Fact]
        public async Task Gb18030_csv_upload_is_decoded_and_its_enforcement_mistakes_found()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            byte[] gb18030 = Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(Repository.Export("enforcement-with-mistakes.csv"), Encoding.UTF8));
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(gb18030);
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "file", "执法公示.csv");
            using JsonDocument report = await PostJson("api/validate", form);
            JsonElement root = report.RootElement;
            Assert.Equal("csv", root.GetProperty("format").GetString());
            Assert.Equal("gb18030", root.GetProperty("encoding").GetString());
            Assert.Equal("enforcementDisclosure", root.GetProperty("kind").GetString());
            string[] ids = root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString() + "@" + f.GetProperty("record").GetInt64()).ToArray();
            Assert.Equal(new[] { "GD-TIME-001@2", "GD-STR-003@3", "GD-ENF-002@3" }, ids);
            JsonElement unknown = root.GetProperty("findings")[1];
            Assert.Contains("行政罚款", unknown.GetProperty("messageZh").GetString());
            Assert.Equal(1, root.GetProperty("summary").GetProperty("valid").GetInt64());
        }

        [Fact]
        public async Task Coverage_of_the_county_catalogue_finds_every_article_21_area_of_a_county_government()
        {
            using JsonDocument coverage = await GetJson("api/coverage");
            JsonElement root = coverage.RootElement;

            Assert.Equal("countyGovernment", root.GetProperty("agencyKind").GetString());
            Assert.True(root.GetProperty("entries").GetInt64() > 0);
            Assert.DoesNotContain(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "GD-CAT-010");
            Assert.Contains("socialAssistance", root.GetProperty("coveredAreas").EnumerateArray().Select(a => a.GetString()));
        }

        [Fact]
        public async Task The_county_catalogue_compared_with_the_standard_misses_nothing_and_adds_its_own_items()
        {
            using JsonDocument comparison = await GetJson("api/comparison");
            JsonElement root = comparison.RootElement;

            Assert.Equal("catalogueWithStandard", root.GetProperty("kind").GetString());
            Assert.Equal(26, root.GetProperty("domains").GetArrayLength());
            Assert.All(root.GetProperty("domains").EnumerateArray(), d => Assert.Equal((0, 0), (d.GetProperty("missing").GetInt32(), d.GetProperty("weakened").GetInt32())));
            Assert.Equal(new[] { "GD-CMP-003", "GD-CMP-003", "GD-CMP-003", "GD-CMP-003" }, root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
        }

        [Fact]
        public async Task An_uploaded_catalogue_is_checked_for_coverage_when_the_agency_kind_is_given()
        {
            string catalogue = "[{\"domain\": \"elderlyCareServices\", \"firstLevelItem\": \"养老服务通用政策\", \"secondLevelItem\": \"政策文件\", \"categories\": [1]}]";
            using var content = new StringContent(catalogue, Encoding.UTF8);
            using JsonDocument report = await PostJson("api/validate?name=c.json&kind=catalogueEntry&agencyKind=townshipGovernment&rules=platform-column", content);
            JsonElement[] coverage = report.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("record").GetInt64() == 0).ToArray();

            Assert.Equal("townshipGovernment", report.RootElement.GetProperty("agencyKind").GetString());
            Assert.Contains(coverage, f => f.GetProperty("ruleId").GetString() == "GD-CAT-010" && f.GetProperty("value").GetString() == "homesteadReview");
            Assert.Contains(coverage, f => f.GetProperty("ruleId").GetString() == "GD-CAT-011" && f.GetProperty("value").GetString() == "2");
            Assert.Contains(coverage, f => f.GetProperty("ruleId").GetString() == "GD-CAT-008" && f.GetProperty("severity").GetString() == "information");
        }

        [Fact]
        public async Task Json_lines_with_the_kind_given_and_the_strict_rule_set()
        {
            using var content = new ByteArrayContent(File.ReadAllBytes(Repository.Export("enforcement.jsonl")));
            using JsonDocument report = await PostJson("api/validate?kind=enforcementDisclosure&rules=strict&name=e.jsonl", content);
            JsonElement root = report.RootElement;
            Assert.Equal("jsonLines", root.GetProperty("format").GetString());
            Assert.False(root.GetProperty("kindDetected").GetBoolean());
            Assert.Equal("strict", root.GetProperty("ruleSet").GetString());
            Assert.Equal("GD-ENF-002", root.GetProperty("findings").EnumerateArray().Single().GetProperty("ruleId").GetString());
        }

        [Fact]
        public async Task The_countys_rules_file_is_a_rule_set_a_request_can_name()
        {
            using var content = new ByteArrayContent(File.ReadAllBytes(Repository.Export("enforcement.jsonl")));
            using JsonDocument report = await PostJson("api/validate?kind=enforcementDisclosure&rules=bailuwan&name=e.jsonl", content);
            JsonElement root = report.RootElement;

            // rules/bailuwan.rules.json extends strict and lowers GD-ENF-002 to information.
            Assert.Equal("bailuwan", root.GetProperty("ruleSet").GetString());
            JsonElement finding = root.GetProperty("findings").EnumerateArray().Single();
            Assert.Equal("GD-ENF-002", finding.GetProperty("ruleId").GetString());
            Assert.Equal("information", finding.GetProperty("severity").GetString());
        }

        [Theory]
        [InlineData("empty", "", "api/validate", "上传的文件是空的", "empty")]
        [InlineData("noRecords", "[]", "api/validate?name=a.json", "没有任何记录", "no records")]
        [InlineData("unreadable", "{\"itemName\": ", "api/validate?name=a.json&kind=serviceGuide", "没有可读的记录", "No record of the file can be read")]
        [InlineData("unreadable", "甲,乙,丙\n1,2,3\n", "api/validate?name=a.csv", "无法读取导出文件", "cannot be read")]
        [InlineData("unreadable", "[{\"x\": 1, \"y\": 2}]", "api/validate?name=a.json", "无法从字段名判断文档类型", "Cannot tell the document kind")]
        [InlineData("unknownKind", "[]", "api/validate?kind=serviceGuid", "未知的文档类型", "did you mean 'serviceGuide'")]
        [InlineData("unknownRuleSet", "[]", "api/validate?rules=lenient", "未知的规则集", "Unknown rule set")]
        [InlineData("unknownAgencyKind", "[]", "api/validate?agencyKind=ministry", "未知的机关类型", "Unknown agency kind")]
        [InlineData("unsupportedFormat", "PK\u0003\u0004", "api/validate?name=report.xlsx", "不支持的文件类型", "Unsupported file type")]
        [InlineData("unsupportedFormat", "PK\u0003\u0004rest-of-a-zip", "api/validate", "不支持的文件类型", "Unsupported file type")]
        public async Task Bad_upload_is_a_400_with_the_reason_in_both_languages(string code, string body, string url, string chinese, string english)
        {
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            (HttpStatusCode status, JsonElement problem) = await Problem(await client.PostAsync(url, content));
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal(code, problem.GetProperty("code").GetString());
            Assert.Contains(chinese, problem.GetProperty("messageZh").GetString());
            Assert.Contains(english, problem.GetProperty("messageEn").GetString());
            Assert.False(samples.Portal!.HasExited);
        }

        [Fact]
        public async Task Upload_over_the_limit_is_a_400_whether_its_length_is_declared_or_streamed()
        {
            byte[] big = new byte[(5 * 1024 * 1024) + 1];
            Array.Fill(big, (byte)' ');
            using var declared = new ByteArrayContent(big);
            (HttpStatusCode status, JsonElement problem) = await Problem(await client.PostAsync("api/validate?name=big.json", declared));
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("tooLarge", problem.GetProperty("code").GetString());
            Assert.Contains("5 MB", problem.GetProperty("messageZh").GetString());

            using var streamed = new StreamContent(new NonSeekable(big));
            (HttpStatusCode streamedStatus, JsonElement streamedProblem) = await Problem(await client.PostAsync("api/validate?name=big.json", streamed));
            Assert.Equal(HttpStatusCode.BadRequest, streamedStatus);
            Assert.Equal("tooLarge", streamedProblem.GetProperty("code").GetString());

            using var form = new MultipartFormDataContent { { new ByteArrayContent(big), "file", "big.json" } };
            (HttpStatusCode formStatus, JsonElement formProblem) = await Problem(await client.PostAsync("api/validate", form));
            Assert.Equal(HttpStatusCode.BadRequest, formStatus);
            Assert.Equal("tooLarge", formProblem.GetProperty("code").GetString());
        }

        [Fact]
        public async Task Multipart_form_without_a_file_is_a_400()
        {
            using var form = new MultipartFormDataContent { { new StringContent("x"), "note" } };
            (HttpStatusCode status, JsonElement problem) = await Problem(await client.PostAsync("api/validate", form));
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("noFile", problem.GetProperty("code").GetString());
        }

        [Fact]
        public async Task Page_is_self_contained_html_with_a_content_security_policy()
        {
            using HttpResponseMessage response = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            string csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'none'", csp);
            string html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("src=\"http", html);
            Assert.DoesNotContain("href=\"http", html);
            Assert.DoesNotContain("innerHTML", html);
            Assert.Contains("虚构", html);
        }

        private async Task<JsonDocument> GetJson(string url)
        {
            using HttpResponseMessage response = await client.GetAsync(url);
            string text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}\n{text}");
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            return JsonDocument.Parse(text);
        }

        private async Task<JsonDocument> PostJson(string url, HttpContent content)
        {
            using HttpResponseMessage response = await client.PostAsync(url, content);
            string text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {url}: {(int)response.StatusCode}\n{text}");
            return JsonDocument.Parse(text);
        }

        private static async Task<(HttpStatusCode Status, JsonElement Problem)> Problem(HttpResponseMessage response)
        {
            using (response)
            {
                string text = await response.Content.ReadAsStringAsync();
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                using JsonDocument document = JsonDocument.Parse(text);
                return (response.StatusCode, document.RootElement.Clone());
            }
        }

        /// <summary>A stream without a length, so the request is sent chunked and the server cannot check its size up front.</summary>
        private sealed class NonSeekable : MemoryStream
        {
            public NonSeekable(byte[] bytes)
                : base(bytes)
            {
            }

            public override bool CanSeek => false;
        }
    }
}
