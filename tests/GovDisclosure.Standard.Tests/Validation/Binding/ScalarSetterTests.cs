using System;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Validation.Binding;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// A whole number, a yes or no or a date set from its bits by a member's typed setter is the value a reflection call
    /// sets from the box the binder made before, for a property of the type and of its nullable type; and what the
    /// accessor throws is thrown as a reflection call throws it.
    /// </summary>
    public sealed class ScalarSetterTests
    {
        private static readonly Gen<long> Wholes = Gen.OneOf(
            Gen.Choose(-1000, 1000).Select(i => (long)i),
            Gen.Elements<long>(int.MinValue, int.MaxValue, 0, -1));

        private static readonly Gen<long> Longs = Gen.OneOf(
            Wholes,
            Gen.Elements(long.MinValue, long.MaxValue, (long)int.MaxValue + 1, (long)int.MinValue - 1));

        private static readonly Gen<long> Dates = Gen.OneOf(
            Gen.Choose(0, 3_652_058).Select(d => (long)d),
            Gen.Elements<long>(0, 3_652_058, new CalendarDate(2024, 2, 29).DayNumber));

        private static readonly Gen<(PropertyInfo Property, long Bits)> Cases =
            from property in Gen.Elements(typeof(Scalars).GetProperties())
            from bits in BitsFor(ScalarBits.KindOf(property.PropertyType))
            select (property, bits);

        private static Gen<long> BitsFor(BindingKind kind) => kind switch
        {
            BindingKind.WholeNumber => Wholes,
            BindingKind.LongNumber => Longs,
            BindingKind.Boolean => Gen.Elements<long>(0, 1),
            _ => Dates,
        };

        /// <summary>The value boxed as the binder boxed it before: an int, a long, a bool or a date.</summary>
        private static object Boxed(BindingKind kind, long bits) => kind switch
        {
            BindingKind.WholeNumber => (int)bits,
            BindingKind.LongNumber => bits,
            BindingKind.Boolean => bits != 0,
            _ => CalendarDate.FromDayNumber((int)bits),
        };

        [Fact]
        public void Every_member_of_a_scalar_type_takes_bits_and_no_other_does()
        {
            foreach (PropertyInfo property in typeof(Scalars).GetProperties())
            {
                Assert.NotEqual(BindingKind.Structured, MemberSetter.For(property.GetSetMethod()!).ScalarKind);
            }

            Assert.Equal(BindingKind.Structured, MemberSetter.For(typeof(Others).GetProperty(nameof(Others.Text))!.GetSetMethod()!).ScalarKind);
            Assert.Equal(BindingKind.Structured, MemberSetter.For(typeof(Others).GetProperty(nameof(Others.Amount))!.GetSetMethod()!).ScalarKind);
        }

        [Property(MaxTest = 500)]
        public Property A_value_set_from_its_bits_is_the_value_a_reflection_call_sets_from_its_box()
        {
            return Prop.ForAll(Cases.ToArbitrary(), c =>
            {
                BindingKind kind = ScalarBits.KindOf(c.Property.PropertyType);
                MemberSetter setter = MemberSetter.For(c.Property.GetSetMethod()!);
                var typed = new Scalars();
                var reflected = new Scalars();
                setter.SetScalar(typed, c.Bits);
                c.Property.SetValue(reflected, Boxed(kind, c.Bits));
                object? made = c.Property.GetValue(typed);
                return (setter.ScalarKind == kind && Equals(made, c.Property.GetValue(reflected))
                    && Equals(ScalarBits.Box(kind, c.Bits), Boxed(kind, c.Bits))).Label(c.Property.Name + " " + c.Bits);
            });
        }

        [Property(MaxTest = 200)]
        public Property A_value_set_from_its_bits_on_a_derived_object_is_set_as_a_reflection_call_sets_it(int whole)
        {
            MemberSetter setter = MemberSetter.For(typeof(Scalars).GetProperty(nameof(Scalars.Whole))!.GetSetMethod()!);
            var typed = new DerivedScalars();
            setter.SetScalar(typed, whole);
            return (typed.Whole == whole).ToProperty();
        }

        [Property(MaxTest = 200)]
        public Property What_the_accessor_throws_is_thrown_as_a_reflection_call_throws_it(int whole)
        {
            PropertyInfo property = typeof(Guarded).GetProperty(nameof(Guarded.Count))!;
            MemberSetter setter = MemberSetter.For(property.GetSetMethod()!);
            Exception? typed = Record.Exception(() => setter.SetScalar(new Guarded(), whole));
            Exception? reflected = Record.Exception(() => property.SetValue(new Guarded(), whole));
            Exception? boxed = Record.Exception(() => setter.Set(new Guarded(), whole));
            return (typed?.GetType() == reflected?.GetType()
                && typed?.InnerException?.GetType() == reflected?.InnerException?.GetType()
                && typed?.InnerException?.Message == reflected?.InnerException?.Message
                && boxed?.InnerException?.Message == typed?.InnerException?.Message
                && (whole < 0) == (typed is TargetInvocationException)).Label(whole.ToString());
        }

        /// <summary>A property of each type the binder sets from bits.</summary>
        public class Scalars
        {
            public int Whole { get; set; }

            public int? MaybeWhole { get; init; }

            public long Long { get; set; }

            public long? MaybeLong { get; init; }

            public bool Yes { get; set; }

            public bool? MaybeYes { get; init; }

            public CalendarDate Date { get; set; }

            public CalendarDate? MaybeDate { get; init; }
        }

        /// <summary>An object of a type derived from the one that declares the property.</summary>
        public sealed class DerivedScalars : Scalars
        {
        }

        /// <summary>Properties of types the binder sets only from objects.</summary>
        public sealed class Others
        {
            public string? Text { get; set; }

            public decimal? Amount { get; set; }
        }

        /// <summary>A setter that throws for a negative count.</summary>
        public sealed class Guarded
        {
            private int count;

            public int Count
            {
                get => count;
                set => count = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "no negative count");
            }
        }
    }
}
