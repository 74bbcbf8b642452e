using System;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// A whole number, a yes or no, or a date (日期) held in a <see cref="long"/>, so that the binder keeps it in a member's
    /// slot (<see cref="BoundSlot.Bits"/>) and its setter (<see cref="MemberSetter.SetScalar"/>) takes it with no box: an
    /// <see cref="int"/> or <see cref="long"/> as itself, yes as 1 and no as 0, a <see cref="CalendarDate"/> as its
    /// <see cref="CalendarDate.DayNumber"/>. A value made from its bits is the value that was boxed before, for a property
    /// of the type or of its nullable type.
    /// </summary>
    internal static class ScalarBits
    {
        /// <summary>The kind of value a property of <paramref name="type"/> takes as bits, or <see cref="BindingKind.Structured"/> for none.</summary>
        /// <param name="type">The property's type.</param>
        public static BindingKind KindOf(Type type)
        {
            Type value = Nullable.GetUnderlyingType(type) ?? type;
            return value == typeof(int) ? BindingKind.WholeNumber
                : value == typeof(long) ? BindingKind.LongNumber
                : value == typeof(bool) ? BindingKind.Boolean
                : value == typeof(CalendarDate) ? BindingKind.Date
                : BindingKind.Structured;
        }

        /// <summary>The bits of a yes or no.</summary>
        /// <param name="value">Yes or no.</param>
        public static long Of(bool value) => value ? 1 : 0;

        /// <summary>The bits of a date.</summary>
        /// <param name="value">The date.</param>
        public static long Of(CalendarDate value) => value.DayNumber;

        /// <summary>
        /// The value of type <typeparamref name="T"/> (one <see cref="KindOf"/> gives a kind for) that <paramref name="bits"/>
        /// stand for. For a value type the tests below are decided when the method is compiled, so each type's copy is one
        /// conversion.
        /// </summary>
        /// <typeparam name="T">The property's type.</typeparam>
        /// <param name="bits">The value's bits.</param>
        public static T As<T>(long bits)
        {
#if NET8_0_OR_GREATER
            if (typeof(T) == typeof(int))
            {
                int value = (int)bits;
                return System.Runtime.CompilerServices.Unsafe.As<int, T>(ref value);
            }

            if (typeof(T) == typeof(int?))
            {
                int? value = (int)bits;
                return System.Runtime.CompilerServices.Unsafe.As<int?, T>(ref value);
            }

            if (typeof(T) == typeof(long))
            {
                return System.Runtime.CompilerServices.Unsafe.As<long, T>(ref bits);
            }

            if (typeof(T) == typeof(long?))
            {
                long? value = bits;
                return System.Runtime.CompilerServices.Unsafe.As<long?, T>(ref value);
            }

            if (typeof(T) == typeof(bool))
            {
                bool value = bits != 0;
                return System.Runtime.CompilerServices.Unsafe.As<bool, T>(ref value);
            }

            if (typeof(T) == typeof(bool?))
            {
                bool? value = bits != 0;
                return System.Runtime.CompilerServices.Unsafe.As<bool?, T>(ref value);
            }

            if (typeof(T) == typeof(CalendarDate))
            {
                CalendarDate value = CalendarDate.FromDayNumber((int)bits);
                return System.Runtime.CompilerServices.Unsafe.As<CalendarDate, T>(ref value);
            }

            if (typeof(T) == typeof(CalendarDate?))
            {
                CalendarDate? value = CalendarDate.FromDayNumber((int)bits);
                return System.Runtime.CompilerServices.Unsafe.As<CalendarDate?, T>(ref value);
            }
#endif
            return (T)Box(KindOf(typeof(T)), bits);
        }

        /// <summary>The value <paramref name="bits"/> of <paramref name="kind"/> stand for, boxed as the binder boxes it.</summary>
        /// <param name="kind">The value's kind.</param>
        /// <param name="bits">The value's bits.</param>
        public static object Box(BindingKind kind, long bits)
        {
            switch (kind)
            {
                case BindingKind.WholeNumber:
                    return (int)bits;
                case BindingKind.LongNumber:
                    return bits;
                case BindingKind.Boolean:
                    return bits != 0;
                case BindingKind.Date:
                    return CalendarDate.FromDayNumber((int)bits);
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a value held as bits.");
            }
        }
    }
}
