using System;
using System.Collections.Generic;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports.Published
{
    /// <summary>Turns what a reader noticed into the finding of its rule (GD-PUB-…), worded by the rule's message templates.</summary>
    internal static class ReadingNoteFindings
    {
        /// <summary>Whether a kind of note is reported as a finding of its own (an inferred agency kind is stated by the timeliness rule instead).</summary>
        public static bool IsReported(ReadingNote note) => note.Kind != ReadingNoteKind.AgencyKindInferred;

        /// <summary>The rule that reports a kind of note.</summary>
        public static CompanionRule RuleOf(ReadingNoteKind kind) => kind switch
        {
            ReadingNoteKind.ExtraRow => ExtraRowRule.Rule,
            ReadingNoteKind.RepeatedRow => ExtraRowRule.Rule,
            ReadingNoteKind.MissingRow => MissingRowRule.Rule,
            ReadingNoteKind.UnreadableCell => UnreadableCellRule.Rule,
            ReadingNoteKind.MissingColumn => MissingColumnRule.Rule,
            ReadingNoteKind.SectionNumberSkipped => SectionNumberingRule.Rule,
            ReadingNoteKind.SectionNumberRepeated => SectionNumberingRule.Rule,
            ReadingNoteKind.TableNotRead => TableNotReadRule.Rule,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No rule reports this kind of reading note."),
        };

        /// <summary>The note as its rule's finding, at the rule's own severity.</summary>
        public static Finding ToFinding(ReadingNote note)
        {
            RuleDescriptor rule = RuleOf(note.Kind).Descriptor;
            SourceLocation at = note.Location;
            if (note.Kind == ReadingNoteKind.SectionNumberSkipped || note.Kind == ReadingNoteKind.SectionNumberRepeated)
            {
                return RuleFindings.Create(rule, rule.Severity, at, note.Kind == ReadingNoteKind.SectionNumberSkipped ? "skipped" : "repeated", at.RowLabel, new[]
                {
                    new FindingArgument("heading", at.RowLabel ?? string.Empty),
                    new FindingArgument("expected", note.Expected ?? string.Empty),
                    new FindingArgument("sequence", note.Value ?? string.Empty),
                });
            }

            if (note.Kind == ReadingNoteKind.TableNotRead)
            {
                return RuleFindings.Create(rule, rule.Severity, at, "default", null, new[] { Table(at.Table) });
            }

            var arguments = new List<FindingArgument> { Table(at.Table) };
            if (at.RowLabel != null)
            {
                arguments.Add(new FindingArgument("row", at.RowLabel));
            }

            string messageId;
            switch (note.Kind)
            {
                case ReadingNoteKind.ExtraRow:
                case ReadingNoteKind.RepeatedRow:
                    messageId = note.Kind == ReadingNoteKind.RepeatedRow ? "repeated" : note.Expected != null ? "nearest" : "default";
                    arguments.Add(new FindingArgument("values", note.Value ?? string.Empty));
                    if (note.Expected != null)
                    {
                        arguments.Add(new FindingArgument("expected", note.Expected));
                    }

                    break;
                case ReadingNoteKind.MissingRow:
                    messageId = "default";
                    break;
                case ReadingNoteKind.UnreadableCell:
                    messageId = at.RowLabel is null ? "noRow" : "default";
                    arguments.Add(new FindingArgument("column", at.ColumnLabel ?? string.Empty));
                    arguments.Add(new FindingArgument("value", note.Value ?? string.Empty));
                    break;
                default:
                    messageId = at.RowLabel is null ? "default" : "inRow";
                    arguments.Add(new FindingArgument("column", at.ColumnLabel ?? string.Empty));
                    break;
            }

            return RuleFindings.Create(rule, rule.Severity, at, messageId, note.Value, arguments);
        }

        /// <summary>The table as named in a message: 表二 in Chinese, "table 二" in English.</summary>
        private static FindingArgument Table(string? table)
        {
            string name = table ?? "表";
            string english = name.StartsWith("表", StringComparison.Ordinal) && name.Length > 1 ? "table " + name.Substring(1) : "the table";
            return new FindingArgument("table", name, english);
        }
    }
}
