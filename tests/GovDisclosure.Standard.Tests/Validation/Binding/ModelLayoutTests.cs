using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Binding;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// The binder's plans, worked out from the field catalogue and reflection on the model types, are what the
    /// source-generated JSON metadata (the oracle here) declares, for every type the binder meets in every document kind:
    /// the same members in the same order with the same types, the same extension data, the same constructor and
    /// parameters (with their defaults) matched to the same members, the same setters, the same lists and items.
    /// </summary>
    public sealed class ModelLayoutTests
    {
        /// <summary>Every plan the binder reaches from the document kinds' model types, through members and list items.</summary>
        private static IReadOnlyList<BindingPlan> MetPlans()
        {
            var met = new List<BindingPlan>();
            var seen = new HashSet<Type>();
            var pending = new Stack<BindingPlan>(DocumentShapes.All.Select(d => BindingPlan.For(d.Type)));
            while (pending.Count > 0)
            {
                BindingPlan plan = pending.Pop();
                if (!seen.Add(plan.Type))
                {
                    continue;
                }

                met.Add(plan);
                if (plan.Structure == BindingKind.Object)
                {
                    for (int i = 0; i < plan.MemberNames.Length; i++)
                    {
                        pending.Push(plan.MemberPlan(i));
                    }
                }
                else if (plan.Structure == BindingKind.List)
                {
                    pending.Push(plan.ItemPlan);
                }
            }

            return met;
        }

        public static TheoryData<string> MetObjectTypes()
        {
            var data = new TheoryData<string>();
            foreach (BindingPlan plan in MetPlans().Where(p => p.Structure == BindingKind.Object))
            {
                data.Add(plan.Type.AssemblyQualifiedName!);
            }

            return data;
        }

        [Fact]
        public void The_binder_meets_objects_and_lists_of_every_document_kind()
        {
            IReadOnlyList<BindingPlan> met = MetPlans();
            Assert.All(DocumentShapes.All, d => Assert.Contains(met, p => p.Type == d.Type && p.Structure == BindingKind.Object));
            Assert.True(met.Count(p => p.Structure == BindingKind.Object) > DocumentShapes.All.Count);
            Assert.Contains(met, p => p.Structure == BindingKind.List);
        }

        [Fact]
        public void Every_structured_value_the_binder_meets_is_a_catalogued_object_or_a_list_as_its_metadata_says()
        {
            foreach (BindingPlan plan in MetPlans().Where(p => p.Structure != BindingKind.Structured))
            {
                JsonTypeInfo info = CanonicalJson.Options.GetTypeInfo(plan.Type);
                BindingKind expected = info.Kind switch
                {
                    JsonTypeInfoKind.Object => BindingKind.Object,
                    JsonTypeInfoKind.Enumerable => BindingKind.List,
                    _ => BindingKind.AsWritten,
                };
                Assert.Equal(expected, plan.Structure);
                Assert.True(DocumentShapes.Of(plan.Type) != null || plan.Structure == BindingKind.List, $"{plan.Type} is neither catalogued nor a list");
                if (plan.Structure == BindingKind.List)
                {
                    Assert.Equal(info.ElementType, plan.ItemType);
                }
            }
        }

        [Theory]
        [MemberData(nameof(MetObjectTypes))]
        public void An_objects_plan_has_the_members_extension_data_and_constructor_its_metadata_declares(string typeName)
        {
            Type type = Type.GetType(typeName, throwOnError: true)!;
            JsonTypeInfo info = CanonicalJson.Options.GetTypeInfo(type);
            BindingPlan plan = BindingPlan.For(type);
            ModelLayout layout = ModelLayout.For(type)!;
            Assert.NotNull(layout);

            JsonPropertyInfo[] properties = info.Properties.Where(p => !p.IsExtensionData).ToArray();
            Assert.Equal(properties.Select(p => p.Name), plan.MemberNames);
            Assert.Equal(properties.Select(p => p.Name), layout.MemberNames);
            Assert.Equal(properties.Select(p => p.PropertyType), plan.MemberTypes);
            Assert.Equal(properties.Select(p => p.Name), plan.Members.Keys);

            JsonPropertyInfo? extension = info.Properties.SingleOrDefault(p => p.IsExtensionData);
            Assert.Equal(extension != null, plan.KeepsUnknown);
            Assert.Equal(extension?.PropertyType, layout.Extension?.PropertyType);

            // The constructor's parameters as the metadata matches them to members (member initializers are set by their accessors).
            JsonParameterInfo[] parameters = info.Properties
                .Select(p => p.AssociatedParameter)
                .Where(p => p != null && !p.IsMemberInitializer)
                .Select(p => p!)
                .OrderBy(p => p.Position)
                .ToArray();
            ConstructorInfo? constructor = type.GetConstructor(parameters.Select(p => p.ParameterType).ToArray());
            Assert.Equal(constructor, layout.Constructor);
            Assert.Equal(parameters.Select(p => (p.Position, p.ParameterType, p.HasDefaultValue, p.DefaultValue)), layout.Parameters.Select(p => (p.Position, p.ParameterType, p.HasDefaultValue, p.HasDefaultValue ? p.DefaultValue : null)));
            Assert.Equal(
                properties.Select(p => p.AssociatedParameter is JsonParameterInfo a && !a.IsMemberInitializer ? a.Position : -1),
                layout.ParameterOf);

            // Each member is set by its own accessor where it has one, as before; none was set by the metadata's setter delegate.
            foreach ((JsonPropertyInfo property, PropertyInfo member) in properties.Zip(layout.Members))
            {
                MethodInfo? accessor = (property.AttributeProvider as PropertyInfo)?.GetSetMethod();
                Assert.Equal(accessor, member.GetSetMethod());
                Assert.False(accessor is null && property.Set != null, $"{type.Name}.{property.Name} is set only by its metadata");
            }

            bool factoryBefore = info.OnDeserializing is null && info.OnDeserialized is null && info.PolymorphismOptions is null
                && !type.IsAbstract && !type.IsValueType && info.Properties.All(p => !p.IsRequired) && constructor != null
                && parameters.Select((p, i) => p.Position == i).All(same => same)
                && properties.All(p => (p.AssociatedParameter is JsonParameterInfo a && !a.IsMemberInitializer) || (p.AttributeProvider as PropertyInfo)?.GetSetMethod() != null)
                && (extension is null || (extension.AttributeProvider as PropertyInfo)?.GetSetMethod() != null);
            Assert.Equal(factoryBefore, plan.Factory != null);
            if (plan.Factory != null && extension != null)
            {
                Assert.Same(CanonicalJson.Options.GetTypeInfo(extension.PropertyType), plan.Factory.ExtensionInfo);
            }
        }
    }
}
