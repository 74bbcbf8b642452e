using System;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// The input guard (读取上限): how large a piece of an input may be before it is not read, so that memory stays
    /// bounded for every input, honest or hostile. The defaults are far above the largest of each in the published
    /// documents transcribed for the tests (a 4,090-character value, a 4,157-character line, 14 columns, nesting
    /// depth 6, a 16 KB record, a 14 KB workbook part): at least ten times, and for values, lines and records enough
    /// for a whole 办事指南 in one cell. A limit that is hit is reported where it is hit: the record is unreadable
    /// (GD-STR-001) and reading goes on where the format allows (a JSON Lines line, a CSV or XLSX row, a JSON record
    /// whose end can still be found); otherwise reading stops there with a located message.
    /// </summary>
    public sealed record InputLimits
    {
        /// <summary>The defaults.</summary>
        public static readonly InputLimits Default = new InputLimits();

        /// <summary>The longest text value (a JSON string, a CSV field, an XLSX cell), in characters; default 1 Mi (1,048,576).</summary>
        public int MaxStringLength { get; init; } = 1 << 20;

        /// <summary>The longest line of JSON Lines or row of CSV (its lines, when a quoted cell spans several), in characters; default 4 Mi (4,194,304).</summary>
        public int MaxLineLength { get; init; } = 1 << 22;

        /// <summary>The most columns a CSV or XLSX header row may have; default 1,024.</summary>
        public int MaxColumns { get; init; } = 1024;

        /// <summary>The most fields one CSV row may have (its delimiters outside quotes, plus one), counted before the row is held; default 16,384.</summary>
        public int MaxFieldsPerRow { get; init; } = 16384;

        /// <summary>The most cells one XLSX row may hold; default 16,384 (Excel's last column, XFD).</summary>
        public int MaxCellsPerRow { get; init; } = 16384;

        /// <summary>The largest XLSX part that is held whole (the shared-strings table, the styles), in bytes once unpacked; default 64 MiB.</summary>
        public long MaxPartSize { get; init; } = 64L << 20;

        /// <summary>The most merged ranges one XLSX sheet may have (each is held while the sheet is read); default 16,384.</summary>
        public int MaxMergedRanges { get; init; } = 16384;

        /// <summary>The longest XML tag (an element with its attributes, from &lt; to &gt;) in an XLSX part, in bytes; default 1 MiB. An XML reader holds a tag whole.</summary>
        public int MaxMarkupLength { get; init; } = 1 << 20;

        /// <summary>The largest Excel 97–2003 (<c>.xls</c>) file, in bytes; default 64 MiB (the reader holds the workbook's cells while it reads).</summary>
        public long MaxXlsSize { get; init; } = 64L << 20;

        /// <summary>The deepest nesting of JSON arrays and objects; default 64.</summary>
        public int MaxDepth { get; init; } = 64;

        /// <summary>The largest JSON record (one element of the record array), in bytes; default 16 MiB.</summary>
        public int MaxRecordSize { get; init; } = 16 << 20;

        /// <summary>The limits with one changed by its short name — <c>string</c>, <c>line</c>, <c>columns</c>, <c>fields</c>, <c>cells</c>, <c>part</c>, <c>merges</c>, <c>markup</c>, <c>xls</c>, <c>depth</c> or <c>record</c> — as the tool's <c>--limit NAME=VALUE</c> gives it.</summary>
        /// <param name="name">The short name.</param>
        /// <param name="value">The new limit, at least 1.</param>
        /// <exception cref="ArgumentException">The name is unknown or the value is not positive.</exception>
        public InputLimits With(string name, long value)
        {
            if (value < 1 || (value > int.MaxValue && name != "part" && name != "xls"))
            {
                throw new ArgumentException($"A limit must be between 1 and {int.MaxValue}.", nameof(value));
            }

            switch (name)
            {
                case "string":
                    return this with { MaxStringLength = (int)value };
                case "line":
                    return this with { MaxLineLength = (int)value };
                case "columns":
                    return this with { MaxColumns = (int)value };
                case "fields":
                    return this with { MaxFieldsPerRow = (int)value };
                case "cells":
                    return this with { MaxCellsPerRow = (int)value };
                case "part":
                    return this with { MaxPartSize = value };
                case "merges":
                    return this with { MaxMergedRanges = (int)value };
                case "markup":
                    return this with { MaxMarkupLength = (int)value };
                case "xls":
                    return this with { MaxXlsSize = value };
                case "depth":
                    return this with { MaxDepth = (int)value };
                case "record":
                    return this with { MaxRecordSize = (int)value };
                default:
                    throw new ArgumentException($"Unknown limit '{name}'. Use string, line, columns, fields, cells, part, merges, markup, xls, depth or record.", nameof(name));
            }
        }

        /// <summary>The message for a limit that was hit: what, how large it may be, and which limit to raise (by its short name, as <see cref="With"/> takes it).</summary>
        internal static BilingualText Exceeded(string chinese, string english, string name, long limit) => new BilingualText(
            $"{chinese}超过读取上限 {limit:N0}，不予读取（如确属正常，可调高读取上限“{name}”）。",
            $"{english} is over the reading limit of {limit:N0} and is not read (if it is genuine, raise the reading limit '{name}').");
    }
}
