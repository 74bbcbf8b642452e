using System;
using System.Collections.Generic;
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
    /// The members of an object set by one compiled call (<see cref="SettersCall"/>) are what each member's own setter
    /// sets (<see cref="MemberSetter.SetOwned"/> from a value, <see cref="MemberSetter.SetScalar"/> from bits), and what
    /// an accessor or a cast throws is thrown as those setters throw it, the members before it set.
    /// </summary>
    public sealed class SettersCallTests
    {
        private static readonly PropertyInfo[] MembersOf = typeof(Members).GetProperties();

        /// <summary>Per member, the values a slot may hold for it (a value of another type among them, which fails its cast).</summary>
        private static readonly Dictionary<Type, object?[]> ValuesOf = new Dictionary<Type, object?[]>
        {
            [typeof(string)] = new object?[] { null, string.Empty, "办理事项", 7 },
            [typeof(IReadOnlyList<string>)] = new object?[] { null, new[] { "a", "b" }, Array.Empty<string>(), "not a list" },
            [typeof(int)] = new object?[] { null, 0, -5, 12, "twelve" },
            [typeof(int?)] = new object?[] { null, 3, int.MinValue },
            [typeof(bool?)] = new object?[] { null, true, false },
            [typeof(long)] = new object?[] { null, long.MaxValue, 1L, 1 },
            [typeof(CalendarDate?)] = new object?[] { null, new CalendarDate(2024, 2, 29) },
            [typeof(decimal?)] = new object?[] { null, 1.5m },
            [typeof(object)] = new object?[] { null, "text", 4 },
        };

        /// <summary>One slot a member: not given, given a value (or <c>null</c>), or given bits where the member takes them.</summary>
        private static readonly Gen<BoundSlot[]> Slots = MembersOf.Aggregate(
            Gen.Constant(Array.Empty<BoundSlot>()),
            (before, member) => from slots in before from slot in SlotOf(member) select slots.Append(slot).ToArray());

        private static Gen<BoundSlot> SlotOf(PropertyInfo member)
        {
            BindingKind kind = MemberSetter.For(member.GetSetMethod()!).ScalarKind;
            Gen<BoundSlot> values = Gen.Elements(ValuesOf[member.PropertyType]).Select(v => new BoundSlot { Value = v, Given = true });
            Gen<BoundSlot> bits = Gen.Choose(-3, 3).Select(b => new BoundSlot { Bits = kind == BindingKind.Date ? 700_000 + b : kind == BindingKind.Boolean ? Math.Abs(b) % 2 : b, InBits = true, Given = true });
            return kind == BindingKind.Structured
                ? Gen.Frequency((1, Gen.Constant(default(BoundSlot))), (3, values))
                : Gen.Frequency((1, Gen.Constant(default(BoundSlot))), (2, values), (2, bits));
        }

        private static Action<object, BoundSlot[], int> Compiled(Type type) =>
            SettersCall.For(type, type.GetProperties().Select(p => p.GetSetMethod()).ToArray(), type.GetProperties().Select(p => MemberSetter.For(p.GetSetMethod()!).ScalarKind).ToArray())!;

        /// <summary>The members set one by one by their own setters, as the factory set them before; what the first to throw threw, or <c>null</c>.</summary>
        private static Exception? SetOneByOne(object instance, BoundSlot[] slots, int first)
        {
            PropertyInfo[] members = instance.GetType().GetProperties();
            for (int i = 0; i < members.Length; i++)
            {
                BoundSlot slot = slots[first + i];
                if (!slot.Given)
                {
                    continue;
                }

                MemberSetter setter = MemberSetter.For(members[i].GetSetMethod()!);
                Exception? thrown = Record.Exception(() =>
                {
                    if (slot.InBits)
                    {
                        setter.SetScalar(instance, slot.Bits);
                    }
                    else
                    {
                        setter.SetOwned(instance, slot.Value);
                    }
                });
                if (thrown != null)
                {
                    return thrown;
                }
            }

            return null;
        }

        private static bool SameMembers(object a, object b) =>
            a.GetType().GetProperties().All(p => Equals(p.GetValue(a), p.GetValue(b)));

        private static bool ThrownAlike(Exception? a, Exception? b) =>
            a?.GetType() == b?.GetType() && a?.InnerException?.GetType() == b?.InnerException?.GetType() && a?.InnerException?.Message == b?.InnerException?.Message;

        [Property(MaxTest = 400)]
        public Property The_members_set_by_one_call_are_those_each_members_setter_sets()
        {
            Action<object, BoundSlot[], int> call = Compiled(typeof(Members));
            Gen<(int First, BoundSlot[] Slots)> cases = from first in Gen.Choose(0, 4) from slots in Slots select (first, slots);
            return Prop.ForAll(cases.ToArbitrary(), c =>
            {
                BoundSlot[] slots = new BoundSlot[c.First].Concat(c.Slots).ToArray();
                var one = new Members();
                var each = new Members();
                Exception? byCall = Record.Exception(() => call(one, slots, c.First));
                Exception? byEach = SetOneByOne(each, slots, c.First);
                return (ThrownAlike(byCall, byEach) && SameMembers(one, each)).Label(string.Join(", ", c.Slots.Select(s => s.Given ? (s.InBits ? "bits " + s.Bits : s.Value ?? "null") : "-")));
            });
        }

        [Property(MaxTest = 200)]
        public Property What_an_accessor_throws_is_thrown_as_its_setter_throws_it_with_the_members_before_it_set(int count)
        {
            Action<object, BoundSlot[], int> call = Compiled(typeof(Guarded));
            var slots = new[]
            {
                new BoundSlot { Value = "before", Given = true },
                new BoundSlot { Bits = count, InBits = true, Given = true },
                new BoundSlot { Value = "after", Given = true },
            };
            var one = new Guarded();
            var each = new Guarded();
            Exception? byCall = Record.Exception(() => call(one, slots, 0));
            Exception? byEach = SetOneByOne(each, slots, 0);
            return (ThrownAlike(byCall, byEach) && SameMembers(one, each) && (count < 0) == (byCall is TargetInvocationException)
                && one.Before == "before" && (one.After == "after") == (count >= 0)).Label(count.ToString());
        }

        [Fact]
        public void A_type_that_is_not_public_has_no_call()
        {
            Type hidden = typeof(Hidden);
            Assert.Null(SettersCall.For(hidden, hidden.GetProperties().Select(p => p.GetSetMethod()).ToArray(), new BindingKind[hidden.GetProperties().Length]));
        }

        [Fact]
        public void Every_factory_of_the_field_catalogue_that_sets_members_has_a_call()
        {
            // So the binder's objects are set by the compiled call once it is compiled, not by the setters one by one.
            int compiled = 0;
            foreach (Type type in GovDisclosure.Standard.Shapes.DocumentShapes.Objects.Select(shape => shape.Type).Distinct())
            {
                ModelLayout? layout = ModelLayout.For(type);
                if (layout is null || ObjectFactory.For(layout) is null)
                {
                    continue;
                }

                MethodInfo?[] accessors = layout.Members.Select((m, i) => layout.ParameterOf[i] < 0 ? m.GetSetMethod() : null).ToArray();
                if (accessors.All(a => a is null))
                {
                    continue;
                }

                Assert.NotNull(SettersCall.For(type, accessors, accessors.Select(a => a is null ? BindingKind.Structured : MemberSetter.For(a).ScalarKind).ToArray()));
                compiled++;
            }

            Assert.True(compiled >= 10, $"{compiled} types");
        }

        /// <summary>Members of the kinds the binder sets: texts, lists, scalars from a value or bits, amounts, anything.</summary>
        public sealed class Members
        {
            public string? Text { get; init; }

            public IReadOnlyList<string>? Texts { get; init; }

            public int Whole { get; set; }

            public int? MaybeWhole { get; init; }

            public bool? MaybeYes { get; init; }

            public long Long { get; set; }

            public CalendarDate? MaybeDate { get; init; }

            public decimal? Amount { get; init; }

            public object? Anything { get; set; }
        }

        /// <summary>A member between two others whose setter throws for a negative count.</summary>
        public sealed class Guarded
        {
            private int count;

            public string? Before { get; set; }

            public int Count
            {
                get => count;
                set => count = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "no negative count");
            }

            public string? After { get; set; }
        }

        /// <summary>A type the compiled call cannot see.</summary>
        internal sealed class Hidden
        {
            public string? Text { get; set; }
        }
    }
}
