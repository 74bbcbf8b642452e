using System;
using System.Globalization;

namespace GovDisclosure.Standard.Calendar
{
    /// <summary>A period such as 20个工作日 or 20日: a non-negative count and a <see cref="TimeUnit"/>.</summary>
    public sealed record TimePeriod
    {
        /// <summary>Creates a period.</summary>
        /// <param name="count">How many units; not negative.</param>
        /// <param name="unit">Working days or calendar days.</param>
        public TimePeriod(int count, TimeUnit unit)
        {
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(count), count, "A period cannot be negative.");
            }

            Count = count;
            Unit = unit ?? throw new ArgumentNullException(nameof(unit));
        }

        /// <summary>How many units.</summary>
        public int Count { get; }

        /// <summary>The unit.</summary>
        public TimeUnit Unit { get; }

        /// <summary>A period of working days.</summary>
        /// <param name="count">How many working days.</param>
        public static TimePeriod WorkingDays(int count) => new TimePeriod(count, TimeUnit.WorkingDays);

        /// <summary>A period of calendar days.</summary>
        /// <param name="count">How many calendar days.</param>
        public static TimePeriod CalendarDays(int count) => new TimePeriod(count, TimeUnit.CalendarDays);

        /// <summary>The Chinese wording, e.g. <c>20个工作日</c> or <c>20日</c>.</summary>
        public override string ToString() =>
            Count.ToString(CultureInfo.InvariantCulture) + (Unit == TimeUnit.WorkingDays ? "个工作日" : "日");
    }
}
