using System.Text;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>
    /// Whether the runtime normalises Unicode (NFKC), as reading what people write needs — full-width digits, letters and
    /// brackets (<c>１０个工作日</c>, <c>（电子屏）</c>) read as their half-width forms. In globalization-invariant mode
    /// (<c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT</c>, set in some container images, or a system without ICU)
    /// <see cref="string.Normalize(NormalizationForm)"/> gives text back unchanged and every such reading would fail
    /// silently, so the tool refuses to run there and says why.
    /// </summary>
    internal static class UnicodeNormalization
    {
        /// <summary>Whether NFKC works: a full-width digit becomes its ASCII digit.</summary>
        public static bool Works => "\uFF11".Normalize(NormalizationForm.FormKC) == "1";

        /// <summary>What the tool says when it does not, in the run's language.</summary>
        public static string Missing => ToolLanguage.Say(
            "运行环境处于全球化固定模式（设置了 DOTNET_SYSTEM_GLOBALIZATION_INVARIANT，或系统未安装 ICU），不能做 Unicode 规范化（NFKC）：全角数字、字母和括号将无法识别，校验结论会出错。请安装 ICU（Debian/Ubuntu 的 libicu 包）并取消该设置后再运行。",
            "the runtime is in globalization-invariant mode (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT is set, or the system has no ICU), so it cannot normalise Unicode (NFKC): full-width digits, letters and brackets would not be read and verdicts would be wrong. Install ICU (the libicu package on Debian/Ubuntu) and unset the variable, then run again.");
    }
}
