using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.ServiceGuides
{
    /// <summary>GD-SG-006: the promised time limit is not longer than the legal one.</summary>
    internal sealed class PromisedTimeLimitRule : DocumentRule<ServiceGuide>
    {
        private static readonly string PromisedTimeLimitPointer = FieldPaths.Of<ServiceGuide>(nameof(ServiceGuide.PromisedTimeLimit)).Pointer;

        public static readonly PromisedTimeLimitRule Instance = new PromisedTimeLimitRule();

        private const int MaxCachedPairs = 4096;

        private static readonly ConditionalWeakTable<WorkingDayCalendar, ConcurrentDictionary<string, CalendarDate?>> FirstLaterStart =
            new ConditionalWeakTable<WorkingDayCalendar, ConcurrentDictionary<string, CalendarDate?>>();

        private PromisedTimeLimitRule()
            : base(RuleDescriptors.PromisedTimeLimit)
        {
        }

        public override IEnumerable<Finding> Check(ServiceGuide document, RuleContext context)
        {
            // Most guides promise no longer than the law in the same unit: told without an iterator.
            TimePeriod? legal = document.LegalTimeLimit;
            TimePeriod? promised = document.PromisedTimeLimit;
            return legal is null || promised is null || (legal.Unit == promised.Unit && promised.Count <= legal.Count)
                ? Array.Empty<Finding>()
                : Compared(legal, promised, context);
        }

        private IEnumerable<Finding> Compared(TimePeriod legal, TimePeriod promised, RuleContext context)
        {

            if (legal.Unit == promised.Unit)
            {
                if (promised.Count > legal.Count)
                {
                    yield return Report(context, PromisedTimeLimitPointer, "longer", promised.ToString(), Argument("promised", promised), Argument("legal", legal));
                }

                yield break;
            }

            CalendarDate? start = FirstStartEndingLater(context.Calendar, promised, legal);
            if (start is CalendarDate date)
            {
                CalendarDate promisedEnd = context.Calendar.DeadlineFor(promised, date).Date!.Value;
                CalendarDate legalEnd = context.Calendar.DeadlineFor(legal, date).Date!.Value;
                yield return Report(context, PromisedTimeLimitPointer, "canBeLonger", promised.ToString(),
                    Argument("promised", promised),
                    Argument("legal", legal),
                    new FindingArgument("accepted", date.ToString()),
                    new FindingArgument("promisedEnd", promisedEnd.ToString()),
                    new FindingArgument("legalEnd", legalEnd.ToString()));
            }
        }

        private static FindingArgument Argument(string name, TimePeriod period) =>
            new FindingArgument(name, period.ToString(), period.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + (period.Unit == TimeUnit.WorkingDays ? " working days" : " calendar days"));

        private static CalendarDate? FirstStartEndingLater(WorkingDayCalendar calendar, TimePeriod promised, TimePeriod legal)
        {
            ConcurrentDictionary<string, CalendarDate?> cache = FirstLaterStart.GetValue(calendar, _ => new ConcurrentDictionary<string, CalendarDate?>());
            string key = promised + "|" + legal;
            if (cache.TryGetValue(key, out CalendarDate? known))
            {
                return known;
            }

            // Real data repeats a few pairs; keep memory bounded whatever the input holds.
            CalendarDate? found = Search(calendar, promised, legal);
            if (cache.Count < MaxCachedPairs)
            {
                cache.TryAdd(key, found);
            }

            return found;
        }

        /// <summary>How many (promised, legal) pairs are remembered for <paramref name="calendar"/>; for tests.</summary>
        internal static int CachedPairs(WorkingDayCalendar calendar) =>
            FirstLaterStart.TryGetValue(calendar, out ConcurrentDictionary<string, CalendarDate?>? cache) ? cache.Count : 0;

        private static CalendarDate? Search(WorkingDayCalendar calendar, TimePeriod promised, TimePeriod legal)
        {
            IReadOnlyList<int> years = calendar.CoveredYears;
            if (years.Count == 0)
            {
                return null;
            }

            CalendarDate last = new CalendarDate(years[years.Count - 1], 12, 31);
            for (CalendarDate day = new CalendarDate(years[0], 1, 1); day <= last; day = day.AddDays(1))
            {
                DisclosureDeadline p = calendar.DeadlineFor(promised, day);
                DisclosureDeadline l = calendar.DeadlineFor(legal, day);
                if (p.Status != DeadlineStatus.Computed || l.Status != DeadlineStatus.Computed)
                {
                    continue;
                }

                if (p.Date!.Value > l.Date!.Value)
                {
                    return day;
                }
            }

            return null;
        }
    }
}
