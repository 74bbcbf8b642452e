using System;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Validation.Binding;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>A constructor called through its typed call makes what a reflection call makes, and throws as it throws.</summary>
    public sealed class ConstructorCallTests
    {
        private static readonly ConstructorInfo ElementConstructor = typeof(ContentElement).GetConstructor(new[] { typeof(string), typeof(ElementRequirement) })!;

        private static readonly Gen<string?> Names = Gen.Elements<string?>(null, string.Empty, "办理事项", "name", " ");

        private static readonly Gen<ElementRequirement?> Requirements = Gen.Elements<ElementRequirement?>(null, ElementRequirement.Required, ElementRequirement.Optional, ElementRequirement.Unspecified);

        /// <summary>Binding's slots for the two members (name at 0, requirement at 1) from the first slot on, each given or not.</summary>
        private static BoundSlot[] Slots(int first, bool nameGiven, string? name, bool requirementGiven, ElementRequirement? requirement)
        {
            var slots = new BoundSlot[first + 2];
            slots[first] = new BoundSlot { Value = name, Given = nameGiven };
            slots[first + 1] = new BoundSlot { Value = requirement, Given = requirementGiven };
            return slots;
        }

        [Property(MaxTest = 200)]
        public Property A_content_element_made_by_its_typed_call_is_the_one_a_reflection_call_makes()
        {
            Func<BoundSlot[], int, object> call = ConstructorCall.For(ElementConstructor, new[] { 0, 1 }, new[] { typeof(string), typeof(ElementRequirement) }, new object?[] { null, null })!;
            Gen<(int First, bool NameGiven, string? Name, bool RequirementGiven, ElementRequirement? Requirement)> cases =
                from first in Gen.Choose(0, 5)
                from nameGiven in Gen.Elements(true, false)
                from name in Names
                from requirementGiven in Gen.Elements(true, false)
                from requirement in Requirements
                select (first, nameGiven, name, requirementGiven, requirement);
            return Prop.ForAll(cases.ToArbitrary(), c =>
            {
                var made = (ContentElement)call(Slots(c.First, c.NameGiven, c.Name, c.RequirementGiven, c.Requirement), c.First);
                var reflected = (ContentElement)ElementConstructor.Invoke(new object?[] { c.NameGiven ? c.Name : null, c.RequirementGiven ? c.Requirement : null });
                return made.Name == reflected.Name && ReferenceEquals(made.Requirement, reflected.Requirement) && made.AdditionalProperties is null;
            });
        }

        [Property(MaxTest = 30)]
        public Property A_factory_makes_the_same_content_elements_by_reflection_calls_and_after_its_typed_call_is_compiled()
        {
            // A fresh factory: its first objects are made by a reflection call, the later ones by the typed call compiled on the way.
            Gen<(bool NameGiven, string? Name, bool RequirementGiven, ElementRequirement? Requirement)[]> runs =
                (from nameGiven in Gen.Elements(true, false)
                 from name in Names
                 from requirementGiven in Gen.Elements(true, false)
                 from requirement in Requirements
                 select (nameGiven, name, requirementGiven, requirement)).ArrayOf(100);
            return Prop.ForAll(runs.ToArbitrary(), run =>
            {
                ModelLayout layout = ModelLayout.For(typeof(ContentElement))!;
                string[] names = layout.MemberNames;
                ObjectFactory factory = ObjectFactory.For(layout)!;
                int nameAt = Array.IndexOf(names, "name");
                int requirementAt = Array.IndexOf(names, "requirement");
                return run.All(c =>
                {
                    var slots = new BoundSlot[names.Length];
                    slots[nameAt] = new BoundSlot { Value = c.Name, Given = c.NameGiven };
                    slots[requirementAt] = new BoundSlot { Value = c.Requirement, Given = c.RequirementGiven };
                    var made = (ContentElement)factory.Create(slots, 0, null);
                    var reflected = (ContentElement)ElementConstructor.Invoke(new object?[] { c.NameGiven ? c.Name : null, c.RequirementGiven ? c.Requirement : null });
                    return made.Name == reflected.Name && ReferenceEquals(made.Requirement, reflected.Requirement);
                });
            });
        }

        [Fact]
        public void Every_factory_makes_objects_of_its_constructors_own_type_before_and_after_its_typed_call_is_compiled()
        {
            // What lets a factory give its objects to the setters unchecked: every way it makes one gives the constructor's type.
            int factories = 0;
            foreach (Type type in GovDisclosure.Standard.Shapes.DocumentShapes.Objects.Select(shape => shape.Type).Distinct())
            {
                ModelLayout? layout = ModelLayout.For(type);
                ObjectFactory? factory = layout is null ? null : ObjectFactory.For(layout);
                if (factory is null)
                {
                    continue;
                }

                Assert.Equal(type, layout!.Constructor!.DeclaringType);
                try
                {
                    factory.Create(new BoundSlot[layout.MemberNames.Length], 0, null);
                }
                catch (Exception)
                {
                    // A constructor that wants a member (a time period's unit): not made with none given.
                    continue;
                }

                factories++;
                for (int i = 0; i < 100; i++)
                {
                    Assert.Equal(type, factory.Create(new BoundSlot[layout.MemberNames.Length], 0, null).GetType());
                }
            }

            Assert.True(factories >= 10, $"{factories} factories");
        }

        [Property(MaxTest = 100)]
        public Property A_value_type_parameter_gets_its_default_for_null_and_its_declared_default_when_not_given(NonNegativeInt count)
        {
            int given = count.Get;
            ConstructorInfo constructor = typeof(Counted).GetConstructors().Single();
            Func<BoundSlot[], int, object> call = ConstructorCall.For(constructor, new[] { 0, -1 }, new[] { typeof(int), typeof(int) }, new object?[] { 0, 7 })!;
            var boxed = (Counted)call(new[] { new BoundSlot { Value = given, Given = true } }, 0);
            var none = (Counted)call(new[] { new BoundSlot { Value = null, Given = true } }, 0);
            var absent = (Counted)call(new[] { default(BoundSlot) }, 0);
            return (boxed.Count == given && boxed.Step == 7 && none.Count == 0 && none.Step == 7 && absent.Count == 0).ToProperty();
        }

        [Fact]
        public void A_parameter_whose_type_is_not_its_members_has_no_typed_call()
        {
            ConstructorInfo constructor = typeof(Counted).GetConstructors().Single();
            Assert.Null(ConstructorCall.For(constructor, new[] { 0, -1 }, new[] { typeof(long), typeof(int) }, new object?[] { 0, 7 }));
        }

#if NET8_0_OR_GREATER
        [Fact]
        public void What_the_constructor_throws_is_thrown_as_the_constructors_invoker_throws_it()
        {
            ConstructorInfo constructor = typeof(Counted).GetConstructors().Single();
            Func<BoundSlot[], int, object> call = ConstructorCall.For(constructor, new[] { 0, -1 }, new[] { typeof(int), typeof(int) }, new object?[] { 0, 7 })!;
            var slots = new[] { new BoundSlot { Value = -1, Given = true } };
            Exception reflected = Assert.ThrowsAny<Exception>(() => ConstructorInvoker.Create(constructor).Invoke(-1, 7));
            Exception typed = Assert.ThrowsAny<Exception>(() => call(slots, 0));

            // Neither wraps it: the binder reports the same reason for the record as before.
            Assert.IsType<ArgumentOutOfRangeException>(reflected);
            Assert.IsType<ArgumentOutOfRangeException>(typed);
            Assert.Equal(reflected.Message, typed.Message);
        }
#endif

        /// <summary>A type whose constructor takes a value type, with a default, and throws for a negative count.</summary>
        public sealed class Counted
        {
            public Counted(int count, int step = 7)
            {
                Count = count >= 0 ? count : throw new ArgumentOutOfRangeException(nameof(count), "no negative count");
                Step = step;
            }

            public int Count { get; }

            public int Step { get; }
        }
    }
}
