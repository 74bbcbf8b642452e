using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>Small tests on text written by people: blank, or a placeholder that says nothing.</summary>
    internal static class TextChecks
    {
        private static readonly HashSet<string> Placeholders = new HashSet<string>(
            new[] { "无", "暂无", "略", "待定", "待补充", "空", "同上", "见附件", "详见附件", "详见附表", "见附表", "详见", "另行通知", "n/a", "na", "null", "none", "tbd", "xxx", "某某", "测试", "test" }
                .Select(p => new string(ChineseText.Fold(p).Where(char.IsLetterOrDigit).ToArray())));

        public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

        public static bool HasText(string? text) => !IsBlank(text);

        public static bool HasAny(IEnumerable<string>? texts) => texts != null && texts.Any(HasText);

        /// <summary>Whether a present text says nothing: only punctuation, or a placeholder such as 无, 暂无, 详见附件, /.</summary>
        public static bool IsPlaceholder(string? text)
        {
            if (IsBlank(text))
            {
                return false;
            }

            string folded = new string(ChineseText.Fold(text).Where(char.IsLetterOrDigit).ToArray());
            return folded.Length == 0 || Placeholders.Contains(folded);
        }

        public static string Shorten(string text, int length = 40) => text.Length > length ? text.Substring(0, length) + "…" : text;
    }
}
