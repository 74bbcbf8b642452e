using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>
    /// The one language of everything the tool says (usage, <c>--help</c>, errors, hints, reports): <c>--lang zh|en</c>,
    /// else the environment — <c>LC_ALL</c>, then <c>LC_MESSAGES</c>, then <c>LANG</c>, as POSIX orders them; a value
    /// starting with <c>zh</c> gives Chinese, anything else (or nothing) English. System.CommandLine's own strings follow
    /// the same choice (its Chinese resources are used for <c>zh</c>).
    /// </summary>
    internal sealed class ToolLanguage
    {
        /// <summary>The option's name.</summary>
        public const string OptionName = "--lang";

        private ToolLanguage(string tag)
        {
            Tag = tag;
        }

        /// <summary>Chinese.</summary>
        public static ToolLanguage Chinese { get; } = new ToolLanguage("zh");

        /// <summary>English.</summary>
        public static ToolLanguage English { get; } = new ToolLanguage("en");

        /// <summary>The language of this run, chosen once by <see cref="Choose"/> before the commands are built.</summary>
        public static ToolLanguage Current { get; private set; } = English;

        /// <summary><c>zh</c> or <c>en</c>, as <c>--lang</c> and the report writers take it.</summary>
        public string Tag { get; }

        /// <summary><c>true</c> for Chinese.</summary>
        public bool IsChinese => ReferenceEquals(this, Chinese);

        /// <summary>The text in this language.</summary>
        public string Text(string chinese, string english) => IsChinese ? chinese : english;

        /// <summary>The text in this language.</summary>
        public string Text(BilingualText text) => text.In(Tag);

        /// <summary>Shorthand for <c>Current.Text(chinese, english)</c>: every string the tool shows is written once, in both languages, through this.</summary>
        public static string Say(string chinese, string english) => Current.Text(chinese, english);

        /// <summary>The language of <paramref name="arguments"/>' <c>--lang</c> (<c>--lang zh</c>, <c>--lang=zh</c>, <c>--lang:zh</c>), else of the environment.</summary>
        public static ToolLanguage From(IReadOnlyList<string> arguments, Func<string, string?> environment)
        {
            for (int i = 0; i < arguments.Count; i++)
            {
                string argument = arguments[i];
                if (argument == "--")
                {
                    break;
                }

                string? value = argument == OptionName && i + 1 < arguments.Count ? arguments[i + 1]
                    : argument.StartsWith(OptionName + "=", StringComparison.Ordinal) || argument.StartsWith(OptionName + ":", StringComparison.Ordinal) ? argument.Substring(OptionName.Length + 1)
                    : null;
                if (value == "zh" || value == "en")
                {
                    return value == "zh" ? Chinese : English;
                }
            }

            return FromEnvironment(environment);
        }

        /// <summary>The language of the locale variables: the first of <c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c> that is set.</summary>
        public static ToolLanguage FromEnvironment(Func<string, string?> environment)
        {
            foreach (string name in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
            {
                string? value = environment(name);
                if (!string.IsNullOrEmpty(value))
                {
                    return value!.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;
                }
            }

            return English;
        }

        /// <summary>
        /// Makes <paramref name="language"/> the run's language, System.CommandLine's included — its strings stay English
        /// where the runtime has no cultures (globalization-invariant mode, which <see cref="UnicodeNormalization"/> refuses).
        /// </summary>
        public static void Choose(ToolLanguage language)
        {
            Current = language;
            CultureInfo culture;
            try
            {
                culture = CultureInfo.GetCultureInfo(language.IsChinese ? "zh-Hans" : "en");
            }
            catch (CultureNotFoundException)
            {
                return;
            }

            CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentUICulture = culture;
        }

        /// <summary>The <c>--lang</c> option, recursive so that every command takes it; its default is the run's language.</summary>
        public static Option<string> CreateOption()
        {
            var option = new Option<string>(OptionName)
            {
                Description = Say(
                    "输出语言（用法、帮助、错误提示和报告）：zh 中文，en 英文；不给时按环境变量 LC_ALL、LC_MESSAGES、LANG（zh 开头为中文，否则英文）。",
                    "Language of everything the tool writes (usage, help, errors, reports): zh Chinese, en English; by default from LC_ALL, LC_MESSAGES or LANG (zh… gives Chinese, anything else English)."),
                DefaultValueFactory = _ => Current.Tag,
                Recursive = true,
            };
            option.AcceptOnlyFromAmong("zh", "en");
            return option;
        }

        /// <inheritdoc/>
        public override string ToString() => Tag;
    }
}
