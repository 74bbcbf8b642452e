using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// An object model type's members as the binder reads them, found by plain reflection on the type: the members its
    /// source-generated System.Text.Json metadata declares (public instance properties, those marked <see cref="JsonIgnoreAttribute"/> too, named in camel case
    /// unless a <see cref="JsonPropertyNameAttribute"/> names them, in declared order), the member that keeps unknown
    /// members (<see cref="JsonExtensionDataAttribute"/>), and the constructor the metadata deserializes with and its
    /// parameters, each matched to its member by name. Worked out without asking the metadata, which configures the
    /// metadata of the whole type graph (and compiles code for each value-type member) when first asked for; the tests
    /// check it against the metadata for every type the binder meets.
    /// </summary>
    internal sealed class ModelLayout
    {
        private ModelLayout(Type type, PropertyInfo[] members, PropertyInfo? extension, ConstructorInfo? constructor, ParameterInfo[] parameters, int[] parameterOf, bool makeable)
        {
            Type = type;
            Members = members;
            MemberNames = members.Select(JsonName).ToArray();
            MemberTypes = members.Select(m => m.PropertyType).ToArray();
            Extension = extension;
            Constructor = constructor;
            Parameters = parameters;
            ParameterOf = parameterOf;
            Makeable = makeable;
        }

        /// <summary>The model type.</summary>
        public Type Type { get; }

        /// <summary>The members' properties, in declared order (without the extension data).</summary>
        public PropertyInfo[] Members { get; }

        /// <summary>The members' JSON names, in the order of <see cref="Members"/>.</summary>
        public string[] MemberNames { get; }

        /// <summary>The members' declared types, in the order of <see cref="Members"/>.</summary>
        public Type[] MemberTypes { get; }

        /// <summary>The property that keeps unknown members (extension data), or <c>null</c>.</summary>
        public PropertyInfo? Extension { get; }

        /// <summary>The constructor the metadata deserializes with, or <c>null</c> when the type has none it can use.</summary>
        public ConstructorInfo? Constructor { get; }

        /// <summary>The constructor's parameters (none without a constructor).</summary>
        public ParameterInfo[] Parameters { get; }

        /// <summary>For each of <see cref="Members"/>, the position of its constructor parameter, or -1.</summary>
        public int[] ParameterOf { get; }

        /// <summary>
        /// Whether the binder can make an object of the type itself (a class with a constructor whose every parameter has
        /// its member, no deserialization callbacks, no polymorphism, no required members), so that an
        /// <see cref="ObjectFactory"/> may serve it.
        /// </summary>
        public bool Makeable { get; }

        /// <summary>
        /// The layout of <paramref name="type"/>, or <c>null</c> for a type whose metadata reflection alone cannot tell
        /// (a member included or typed by an attribute the layout does not follow, a constructor parameter with no member):
        /// that one is read from the metadata.
        /// </summary>
        /// <param name="type">An object model type.</param>
        public static ModelLayout? For(Type type)
        {
            if (type.IsDefined(typeof(JsonConverterAttribute), true) || type.IsDefined(typeof(JsonObjectCreationHandlingAttribute), true)
                || type.IsDefined(typeof(JsonUnmappedMemberHandlingAttribute), true) || type.IsDefined(typeof(JsonNumberHandlingAttribute), true))
            {
                return null;
            }

            var members = new List<PropertyInfo>();
            PropertyInfo? extension = null;
            foreach (PropertyInfo property in Declared(type))
            {
                if (property.GetIndexParameters().Length > 0 || (property.GetGetMethod() is null && property.GetSetMethod() is null))
                {
                    continue;
                }

                if (property.IsDefined(typeof(JsonIncludeAttribute), true) || property.IsDefined(typeof(JsonConverterAttribute), true)
                    || property.IsDefined(typeof(JsonPropertyOrderAttribute), true) || property.IsDefined(typeof(JsonRequiredAttribute), true)
                    || property.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.RequiredMemberAttribute"))
                {
                    return null;
                }

                if (property.IsDefined(typeof(JsonExtensionDataAttribute), true))
                {
                    extension = property;
                }
                else
                {
                    members.Add(property);
                }
            }

            ConstructorInfo? constructor = ConstructorOf(type);
            ParameterInfo[] parameters = constructor?.GetParameters() ?? Array.Empty<ParameterInfo>();
            var parameterOf = Enumerable.Repeat(-1, members.Count).ToArray();
            foreach (ParameterInfo parameter in parameters)
            {
                int member = members.FindIndex(m => string.Equals(m.Name, parameter.Name, StringComparison.OrdinalIgnoreCase) && m.PropertyType == parameter.ParameterType);
                if (member < 0 || parameterOf[member] >= 0)
                {
                    return null;
                }

                parameterOf[member] = parameter.Position;
            }

            bool makeable = constructor != null && type.IsClass && !type.IsAbstract
                && !typeof(IJsonOnDeserializing).IsAssignableFrom(type) && !typeof(IJsonOnDeserialized).IsAssignableFrom(type)
                && !type.IsDefined(typeof(JsonPolymorphicAttribute), true) && !type.IsDefined(typeof(JsonDerivedTypeAttribute), true);
            return new ModelLayout(type, members.ToArray(), extension, constructor, parameters, parameterOf, makeable);
        }

        /// <summary>A member's JSON name: its <see cref="JsonPropertyNameAttribute"/>, else its name in camel case (the metadata's naming policy).</summary>
        private static string JsonName(PropertyInfo property) =>
            property.GetCustomAttribute<JsonPropertyNameAttribute>(true)?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

        /// <summary>The public instance properties of the type, its own first, then each base type's, each in declared order.</summary>
        private static IEnumerable<PropertyInfo> Declared(Type type)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (Type? t = type; t != null && t != typeof(object); t = t.BaseType)
            {
                foreach (PropertyInfo property in t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    if (seen.Add(property.Name))
                    {
                        yield return property;
                    }
                }
            }
        }

        /// <summary>
        /// The constructor the metadata deserializes with: the public one marked <see cref="JsonConstructorAttribute"/>,
        /// else the public parameterless one, else the only public one; <c>null</c> when there is none of these.
        /// </summary>
        private static ConstructorInfo? ConstructorOf(Type type)
        {
            ConstructorInfo[] constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
            ConstructorInfo? marked = constructors.FirstOrDefault(c => c.IsDefined(typeof(JsonConstructorAttribute), false));
            if (marked != null)
            {
                return marked;
            }

            ConstructorInfo? parameterless = constructors.FirstOrDefault(c => c.GetParameters().Length == 0);
            if (parameterless != null)
            {
                return parameterless;
            }

            return constructors.Length == 1 ? constructors[0] : null;
        }
    }
}
