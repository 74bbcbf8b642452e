using System;
using System.Linq;
using System.Threading.Tasks;
using GovDisclosure.Standard.Samples.Tests.Infrastructure;

namespace GovDisclosure.Standard.Samples.Tests
{
    /// <summary>samples/ExportCheck, built against the packed package and run as a user runs it.</summary>
    [Collection(SamplesCollection.Name)]
    public sealed class ExportCheckTests
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
        private readonly BuiltSamples samples;

        public ExportCheckTests(BuiltSamples samples)
        {
            this.samples = samples;
        }

        [Fact]
        public async Task Bundled_export_is_checked_with_the_standard_rules_and_findings_printed_in_chinese()
        {
            (int exit, string output) = await DotnetCli.RunAsync(Repository.Root, Timeout, samples.ExportCheckDll);
            Assert.Equal(1, exit);
            string[] lines = Lines(output);
            Assert.Equal("service-guides.json: Json, serviceGuide, rules standard", lines[0]);
            Assert.Contains("GD-SG-003 warning service-guides.json:25:9 /materials/1/name  “材料名称”中的“其他相关材料”是模糊表述（第 1 个字起），请写明具体的材料、部门或规定。", lines);
            Assert.Contains("GD-SG-006 error service-guides.json:34:5 /promisedTimeLimit  承诺办结时限（15个工作日）长于法定办结时限（10个工作日）。", lines);
            Assert.Contains("GD-STR-005 information service-guides.json:43:5 /channel  字段“channel”不是规范定义的字段，已原样保留。", lines);
            Assert.Equal(6, lines.Count(l => l.StartsWith("GD-SG-001 error ", StringComparison.Ordinal)));
            Assert.DoesNotContain(lines, l => l.StartsWith("BW-", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.Contains("执行失败", StringComparison.Ordinal));
            Assert.StartsWith("records 3, valid 1, ", lines[^1]);
        }

        [Fact]
        public async Task County_strict_set_adds_its_own_rule_leaves_one_out_and_raises_another_in_english()
        {
            (int exit, string output) = await DotnetCli.RunAsync(Repository.Root, Timeout, samples.ExportCheckDll, "--rules", "county-strict", "--lang", "en");
            Assert.Equal(1, exit);
            string[] lines = Lines(output);
            Assert.Equal("service-guides.json: Json, serviceGuide, rules county-strict", lines[0]);
            Assert.Equal(3, lines.Count(l => l.StartsWith("BW-SG-001 error ", StringComparison.Ordinal)));
            Assert.Contains("BW-SG-001 error service-guides.json:19:3 /onlineServiceAddress  '临时救助申请' gives no online service address.", lines);
            Assert.Contains(lines, l => l.StartsWith("GD-SG-003 error service-guides.json:25:9 /materials/1/name  '其他相关材料' in the material name", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.StartsWith("GD-STR-005", StringComparison.Ordinal));
            Assert.Contains("GD-STR-008 warning service-guides.json:41:5 /isCharged  The schema has true or false here, found '否'; the value is used, but the file does not conform to the published JSON Schema.", lines);
            Assert.Contains("warnings 1, information 0", lines[^1]);
        }

        [Fact]
        public async Task Another_file_is_checked_when_its_path_is_given()
        {
            (int exit, string output) = await DotnetCli.RunAsync(Repository.Root, Timeout, samples.ExportCheckDll, Repository.Export("enforcement.jsonl"), "--rules", "strict");
            Assert.Equal(1, exit);
            string[] lines = Lines(output);
            Assert.Equal("enforcement.jsonl: JsonLines, enforcementDisclosure, rules strict", lines[0]);
            Assert.Equal("GD-ENF-002 error enforcement.jsonl:2:119 /publishedOn  公示日期 2024-10-08 早于决定日期 2024-10-15。", lines[1]);
            Assert.Equal("records 2, valid 1, errors 1, warnings 0, information 0", lines[2]);
        }

        [Theory]
        [InlineData("no-such-file.json", "standard", "no-such-file.json: 文件不存在。")]
        [InlineData(null, "lenient", "unknown rule set 'lenient' (standard, strict, county-strict)")]
        public async Task Unusable_file_or_rule_set_ends_with_exit_code_2_and_the_reason(string? file, string rules, string message)
        {
            string[] arguments = new[] { samples.ExportCheckDll, file, "--rules", rules }.Where(a => a != null).Select(a => a!).ToArray();
            (int exit, string output) = await DotnetCli.RunAsync(Repository.Root, Timeout, arguments);
            Assert.Equal(2, exit);
            Assert.Contains(message, output);
        }

        private static string[] Lines(string output) =>
            output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
    }
}
