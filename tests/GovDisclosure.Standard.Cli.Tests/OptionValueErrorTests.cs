using Xunit;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>A wrong <c>--limit</c> or <c>--report-due</c> value is refused (exit 2) with what exactly is wrong, in the language asked for.</summary>
    public sealed class OptionValueErrorTests
    {
        [Theory]
        [InlineData("--limit", "width=5", "没有名为“width”的读取限制", "there is no reading limit named 'width'")]
        [InlineData("--limit", "string=abc", "“abc”不是正整数", "'abc' is not a whole number above zero")]
        [InlineData("--limit", "string=-5", "“-5”不是正整数", "'-5' is not a whole number above zero")]
        [InlineData("--limit", "string=0", "读取限制“string”须在 1 到 2147483647 之间", "the reading limit 'string' must be between 1 and 2147483647")]
        [InlineData("--limit", "depth=3000000000", "读取限制“depth”须在 1 到 2147483647 之间", "the reading limit 'depth' must be between 1 and 2147483647")]
        [InlineData("--limit", "string", "请写作 NAME=VALUE", "write NAME=VALUE")]
        [InlineData("--report-due", "township", "不是 KIND=MM-DD 的写法", "is not KIND=MM-DD")]
        [InlineData("--report-due", "=03-31", "不是 KIND=MM-DD 的写法", "is not KIND=MM-DD")]
        [InlineData("--report-due", "township=March", "期限“March”不是 MM-DD 的写法", "the due date 'March' is not MM-DD")]
        [InlineData("--report-due", "township=13-01", "月份 13 不在 1 到 12 之间", "month 13 is not between 1 and 12")]
        [InlineData("--report-due", "township=04-31", "4 月没有 31 日（1 到 30 日）", "month 4 has no day 31 (days 1 to 30)")]
        [InlineData("--report-due", "township=02-29", "2 月 29 日不是每年都有的日子", "29 February is not a day of every year")]
        [InlineData("--report-due", "hamlet=03-31", "未知的 --report-due 的机关类别 'hamlet'", "unknown --report-due agency kind 'hamlet'")]
        public void A_wrong_value_is_explained_in_each_language(string option, string value, string chinese, string english)
        {
            string sample = Tool.Sample("county-catalogue.json");

            Tool.Result zh = Tool.Run("validate", sample, option, value, "--lang", "zh");
            Tool.Result en = Tool.Run("validate", sample, option, value, "--lang", "en");

            Assert.True(zh.ExitCode == 2, zh.ToString());
            Assert.Contains(chinese, zh.Stderr, System.StringComparison.Ordinal);
            Assert.True(en.ExitCode == 2, en.ToString());
            Assert.Contains(english, en.Stderr, System.StringComparison.Ordinal);
        }
    }
}
