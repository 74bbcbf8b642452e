using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>
    /// <c>--limit NAME=VALUE</c>: raises (or lowers) one limit of the input guard (<see cref="InputLimits"/>) for a
    /// genuine input that is larger than the defaults allow.
    /// </summary>
    internal static class LimitOption
    {
        public static Option<string[]> Create() => new Option<string[]>("--limit")
        {
            Description = ToolLanguage.Say(
                "修改一项读取限制，写作 NAME=VALUE；可重复。名称和默认值：" + Defaults + "（string 一个值的字符数，line JSON Lines 或 CSV 一行的字符数，columns 表头列数，fields CSV 一行的字段数，cells XLSX 一行的单元格数，part XLSX 解压后整体读入的部件的字节数，merges XLSX 一张工作表的合并区域数，markup XLSX 部件中一个 XML 标记的字节数，xls .xls 文件的字节数，depth JSON 嵌套层数，record 一条 JSON 记录的字节数）。",
                "Change a reading limit, as NAME=VALUE; repeatable. Names and defaults: " + Defaults + " (string: characters of a value; line: characters of a JSON Lines line or a CSV row; columns: of a header row; fields: of a CSV row; cells: of an XLSX row; part: bytes of an unpacked XLSX part held whole; merges: merged ranges of an XLSX sheet; markup: bytes of one XML tag in an XLSX part; xls: bytes of an .xls file; depth: JSON nesting; record: bytes of a JSON record)."),
            Arity = ArgumentArity.ZeroOrMore,
        };

        /// <summary>The names <see cref="InputLimits.With"/> takes, in the order <c>--help</c> lists them.</summary>
        private static readonly string[] Names = { "string", "line", "columns", "fields", "cells", "part", "merges", "markup", "xls", "depth", "record" };

        /// <summary>"string=1048576, line=4194304, …": every limit's name with its default, from <see cref="InputLimits.Default"/>.</summary>
        private static string Defaults
        {
            get
            {
                InputLimits d = InputLimits.Default;
                return FormattableString.Invariant($"string={d.MaxStringLength}, line={d.MaxLineLength}, columns={d.MaxColumns}, fields={d.MaxFieldsPerRow}, cells={d.MaxCellsPerRow}, part={d.MaxPartSize}, merges={d.MaxMergedRanges}, markup={d.MaxMarkupLength}, xls={d.MaxXlsSize}, depth={d.MaxDepth}, record={d.MaxRecordSize}");
            }
        }

        /// <summary>The default limits with the given changes; a bad one is a command failure naming it.</summary>
        public static InputLimits Load(IReadOnlyList<string>? values)
        {
            InputLimits limits = InputLimits.Default;
            foreach (string value in values ?? Array.Empty<string>())
            {
                int equals = value.IndexOf('=');
                if (equals <= 0)
                {
                    throw new CommandFailure($"--limit '{value}'：请写作 NAME=VALUE，如 --limit string=5000000。", $"--limit '{value}': write NAME=VALUE, e.g. --limit string=5000000.");
                }

                string name = value.Substring(0, equals).Trim().ToLowerInvariant();
                if (Array.IndexOf(Names, name) < 0)
                {
                    string names = string.Join(", ", Names);
                    throw new CommandFailure(
                        $"--limit '{value}'：没有名为“{name}”的读取限制；可用的名称：{names}（含义和默认值见 --help）。",
                        $"--limit '{value}': there is no reading limit named '{name}'; the names are {names} (meanings and defaults in --help).");
                }

                string given = value.Substring(equals + 1).Trim();
                if (!long.TryParse(given.Replace("_", string.Empty), NumberStyles.None, CultureInfo.InvariantCulture, out long number))
                {
                    throw new CommandFailure(
                        $"--limit '{value}'：“{given}”不是正整数；请写作 {name}=VALUE，如 {name}=5000000。",
                        $"--limit '{value}': '{given}' is not a whole number above zero; write {name}=VALUE, e.g. {name}=5000000.");
                }

                long most = name == "part" || name == "xls" ? long.MaxValue : int.MaxValue;
                if (number < 1 || number > most)
                {
                    throw new CommandFailure(
                        FormattableString.Invariant($"--limit '{value}'：读取限制“{name}”须在 1 到 {most} 之间。"),
                        FormattableString.Invariant($"--limit '{value}': the reading limit '{name}' must be between 1 and {most}."));
                }

                limits = limits.With(name, number);
            }

            return limits;
        }
    }
}
