using System;

namespace GovDisclosure.Standard.Validation.PublishedReports
{
    /// <summary>Turns what a reader noticed into the finding of its rule (GD-PUB-001..004).</summary>
    internal static class ReadingNoteFindings
    {
        /// <summary>The rule that reports a kind of note.</summary>
        public static BindingRule RuleOf(ReadingNoteKind kind) => kind switch
        {
            ReadingNoteKind.ExtraRow => ExtraRowRule.Rule,
            ReadingNoteKind.MissingRow => MissingRowRule.Rule,
            ReadingNoteKind.UnreadableCell => UnreadableCellRule.Rule,
            ReadingNoteKind.MissingColumn => MissingColumnRule.Rule,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No rule reports this kind of reading note."),
        };

        /// <summary>The note as its rule's finding, at the rule's own severity.</summary>
        public static Finding ToFinding(ReadingNote note)
        {
            BindingRule rule = RuleOf(note.Kind);
            return new Finding(rule.Id, rule.Descriptor.Severity, rule.Descriptor.Category, note.Location, note.Message) { Value = note.Value };
        }
    }
}
