namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>One clause as the lexer reads it.</summary>
    internal sealed class TimeLimitLexedClause
    {
        public TimeLimitLexedClause(string text, string? subject, string? triggerCode, bool triggerIsEvent, string? namedEvent, TimeLimitLexedPeriod? period)
        {
            Text = text;
            Subject = subject;
            TriggerCode = triggerCode;
            TriggerIsEvent = triggerIsEvent;
            NamedEvent = namedEvent;
            Period = period;
        }

        public string Text { get; }

        public string? Subject { get; }

        /// <summary>The trigger's code (a <c>TimeLimitTrigger</c> code), or <c>null</c> when none was found.</summary>
        public string? TriggerCode { get; }

        public bool TriggerIsEvent { get; }

        /// <summary>The event as written, for a period that runs from an event the clause names (审批, 备案).</summary>
        public string? NamedEvent { get; }

        public TimeLimitLexedPeriod? Period { get; }

        /// <summary>A trigger, and a period wherever the trigger is an event.</summary>
        public bool IsUnderstood => TriggerCode != null && (!TriggerIsEvent || Period != null);

        /// <summary>A period with no event named ("20个工作日"): a count and a unit, the trigger unknown.</summary>
        public bool IsBarePeriod => TriggerCode is null && Period != null;
    }
}
