using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Calendar
{
    /// <summary>The unit of a period in law and guidelines: working days (工作日) or calendar days (日).</summary>
    public sealed class TimeUnit : CodelistValue<TimeUnit>
    {
        /// <summary>工作日 — working days on the statutory calendar, with holidays and make-up workdays.</summary>
        public static readonly TimeUnit WorkingDays = new TimeUnit("workingDays", 1, "工作日", "Working days", "个工作日", "working-days");

        /// <summary>日 — calendar days (自然日).</summary>
        public static readonly TimeUnit CalendarDays = new TimeUnit("calendarDays", 2, "日", "Calendar days", "天", "自然日", "calendar-days", "个自然日");

        private TimeUnit(string code, int order, string chineseName, string englishName, params string[] synonyms)
            : base(code, order, chineseName, englishName, synonyms)
        {
        }
    }
}
