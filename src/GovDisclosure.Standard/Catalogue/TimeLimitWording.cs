using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>
    /// The reader behind <see cref="DisclosureTimeLimit.Parse"/>: the <see cref="TimeLimitLexer"/>'s
    /// clauses as the library's types (triggers from the <see cref="TimeLimitTrigger"/> code list,
    /// periods as <see cref="TimePeriod"/>).
    /// </summary>
    internal static class TimeLimitWording
    {
        public static (IReadOnlyList<TimeLimitClause> Clauses, TimePeriod? Notice, bool DefersToOtherLaws) Read(string text)
        {
            TimeLimitLexedWording lexed = TimeLimitLexer.Read(text);
            TimeLimitClause[] clauses = lexed.Clauses
                .Select(c => new TimeLimitClause(c.Text, c.Subject, c.TriggerCode is null ? null : TimeLimitTrigger.Parse(c.TriggerCode), Period(c.Period), c.NamedEvent))
                .ToArray();
            return (clauses, Period(lexed.Notice), lexed.DefersToOtherLaws);
        }

        internal static int? ParseCount(string text) => TimeLimitLexer.ParseCount(text);

        private static TimePeriod? Period(TimeLimitLexedPeriod? period) =>
            period is null ? null : new TimePeriod(period.Count, period.WorkingDays ? TimeUnit.WorkingDays : TimeUnit.CalendarDays);
    }
}
