using System.Collections.Generic;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.Cli.Commands;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>The tool speaks one language: <c>--lang zh|en</c>, else the locale; usage, help, errors and System.CommandLine's own strings all follow it.</summary>
    public class ToolLanguageTests
    {
        private static readonly Regex Han = new Regex(@"\p{IsCJKUnifiedIdeographs}");

        [Fact]
        public void Help_with_lang_zh_is_wholly_chinese_on_an_english_machine()
        {
            Tool.Result root = Tool.RunWithLang("C.UTF-8", "--help", "--lang", "zh");
            Tool.Result validate = Tool.RunWithLang("C.UTF-8", "validate", "--help", "--lang", "zh");

            foreach (Tool.Result result in new[] { root, validate })
            {
                Assert.True(result.ExitCode == 0, result.ToString());
                Assert.Contains("说明：", result.Stdout);
                Assert.Contains("用法", result.Stdout);
                Assert.Contains("示例：", result.Stdout);
                Assert.Contains("显示帮助和用法信息", result.Stdout);
                foreach (string english in new[] { "Description:", "Usage:", "Options:", "Examples:", "Show help", "[default:", "Exit codes" })
                {
                    Assert.DoesNotContain(english, result.Stdout);
                }
            }

            Assert.Contains("校验政务公开数据文件", root.Stdout);
            Assert.Contains("退出码：0 没有问题", validate.Stdout);
        }

        [Fact]
        public void Help_with_lang_en_has_no_chinese_on_a_chinese_machine()
        {
            Tool.Result result = Tool.RunWithLang("zh_CN.UTF-8", "--help", "--lang", "en");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Usage:", result.Stdout);
            Assert.Contains("Examples:", result.Stdout);
            Assert.Contains("Validate disclosure data files", result.Stdout);
            Assert.DoesNotMatch(Han, result.Stdout);
        }

        [Fact]
        public void Without_lang_help_follows_the_locale()
        {
            Tool.Result chinese = Tool.RunWithLang("zh_CN.UTF-8", "--help");
            Tool.Result english = Tool.RunWithLang("en_US.UTF-8", "--help");

            Assert.Contains("示例：", chinese.Stdout);
            Assert.Contains("[默认：zh]", chinese.Stdout);
            Assert.Contains("Examples:", english.Stdout);
            Assert.Contains("[default: en]", english.Stdout);
        }

        [Fact]
        public void A_command_error_is_said_in_the_chosen_language_only()
        {
            Tool.Result chinese = Tool.RunWithLang("C.UTF-8", "deadline", "2031-03-02", "5", "--lang", "zh");
            Tool.Result english = Tool.RunWithLang("zh_CN.UTF-8", "deadline", "2031-03-02", "5", "--lang", "en");

            Assert.Equal(2, chinese.ExitCode);
            Assert.Contains("在工作日日历（覆盖 2020–2026）之外", chinese.Stderr);
            Assert.DoesNotContain("outside", chinese.Stderr);
            Assert.Equal(2, english.ExitCode);
            Assert.Contains("is outside the working-day calendar", english.Stderr);
            Assert.DoesNotMatch(Han, english.Stderr);
        }

        [Fact]
        public void A_usage_error_is_said_in_the_chosen_language_only()
        {
            Tool.Result chinese = Tool.RunWithLang("C.UTF-8", "validate", "x.json", "--formt", "html", "--lang", "zh");
            Tool.Result english = Tool.RunWithLang("zh_CN.UTF-8", "validate", "x.json", "--formt", "html", "--lang", "en");

            Assert.Equal(2, chinese.ExitCode);
            Assert.Contains("未知选项 --formt；是否想用 --format？", chinese.Stderr);
            Assert.Contains("用法见 'govdisclosure validate --help'。", chinese.Stderr);
            Assert.DoesNotMatch(new Regex("unknown|Run '"), chinese.Stderr);
            Assert.Equal(2, english.ExitCode);
            Assert.Contains("unknown option --formt; did you mean --format?", english.Stderr);
            Assert.DoesNotMatch(Han, english.Stderr);
        }

        [Theory]
        [InlineData(null, null, "zh_CN.UTF-8", "zh")]
        [InlineData(null, null, "C.UTF-8", "en")]
        [InlineData(null, null, null, "en")]
        [InlineData("en_US.UTF-8", null, "zh_CN.UTF-8", "en")]
        [InlineData(null, "zh_TW.UTF-8", "en_US.UTF-8", "zh")]
        [InlineData("zh_CN.GB18030", "en_US.UTF-8", "en_US.UTF-8", "zh")]
        public void The_locale_is_read_as_posix_orders_it(string? lcAll, string? lcMessages, string? lang, string expected)
        {
            var environment = new Dictionary<string, string?> { ["LC_ALL"] = lcAll, ["LC_MESSAGES"] = lcMessages, ["LANG"] = lang };

            Assert.Equal(expected, ToolLanguage.FromEnvironment(name => environment[name]).Tag);
        }

        [Theory]
        [InlineData(new[] { "validate", "--lang", "zh", "x.json" }, "zh")]
        [InlineData(new[] { "validate", "--lang=zh" }, "zh")]
        [InlineData(new[] { "--lang:en", "validate" }, "en")]
        [InlineData(new[] { "validate", "--", "--lang", "en" }, "zh")]
        [InlineData(new[] { "validate", "--lang", "fr" }, "zh")]
        public void Lang_on_the_command_line_wins_over_the_locale(string[] arguments, string expected)
        {
            Assert.Equal(expected, ToolLanguage.From(arguments, name => name == "LANG" ? "zh_CN.UTF-8" : null).Tag);
        }
    }
}
