using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using GovDisclosure.Standard.Shapes;
using Xunit;

namespace GovDisclosure.Standard.Tests.Shapes
{
    /// <summary>
    /// Every value type a member of a document (or of any part of one, down to list items) may have is one
    /// <see cref="MemberValueTypes"/> lists: the native tool has the typed getters and setters of those types only, so a
    /// member of another value type would not be read or bound there.
    /// </summary>
    public sealed class MemberValueTypesTests
    {
        [Fact]
        public void Every_value_type_of_a_documents_member_is_listed()
        {
            var listed = new HashSet<Type>(MemberValueTypes.All);
            var unlisted = new List<string>();
            foreach (Type type in TypesReachedFromDocuments())
            {
                foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    Type value = property.PropertyType;
                    if (value.IsValueType && !listed.Contains(value))
                    {
                        unlisted.Add($"{type.Name}.{property.Name}: {value}");
                    }
                }
            }

            Assert.True(unlisted.Count == 0, "members of value types MemberValueTypes does not list:\n" + string.Join("\n", unlisted));
        }

        [Fact]
        public void The_walk_reaches_the_parts_and_list_items_of_documents()
        {
            Type[] reached = TypesReachedFromDocuments().ToArray();

            // A part (an annual report's table), a list item (a catalogue entry's content element) and a part of a part.
            Assert.Contains(typeof(GovDisclosure.Standard.AnnualReports.ApplicationTable), reached);
            Assert.Contains(typeof(GovDisclosure.Standard.Catalogue.ContentElement), reached);
            Assert.Contains(typeof(GovDisclosure.Standard.AnnualReports.ApplicantCounts), reached);
            Assert.Contains(typeof(bool?), reached.SelectMany(t => t.GetProperties()).Select(p => p.PropertyType));
        }

        [Fact]
        public void Each_value_type_is_listed_once_with_its_nullable_form()
        {
            IReadOnlyList<Type> all = MemberValueTypes.All;
            Assert.Equal(all.Count, all.Distinct().Count());
            foreach (Type type in all.Where(t => Nullable.GetUnderlyingType(t) is null))
            {
                Assert.Contains(typeof(Nullable<>).MakeGenericType(type), all);
            }
        }

        /// <summary>Every class of ours a document's members lead to: the parts, their parts and the items of lists.</summary>
        private static IEnumerable<Type> TypesReachedFromDocuments()
        {
            Assembly ours = typeof(DocumentShapes).Assembly;
            var seen = new HashSet<Type>();
            var next = new Queue<Type>(DocumentShapes.All.Select(s => s.Type));
            while (next.Count > 0)
            {
                Type type = next.Dequeue();
                if (!seen.Add(type))
                {
                    continue;
                }

                yield return type;
                foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    foreach (Type part in Within(property.PropertyType).Where(t => t.Assembly == ours && t.IsClass && !t.IsAbstract))
                    {
                        next.Enqueue(part);
                    }
                }
            }
        }

        /// <summary>The type and, for an array or a generic type (a list), its item types.</summary>
        private static IEnumerable<Type> Within(Type type)
        {
            yield return type;
            if (type.IsArray)
            {
                foreach (Type item in Within(type.GetElementType()!))
                {
                    yield return item;
                }
            }

            foreach (Type argument in type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes)
            {
                foreach (Type item in Within(argument))
                {
                    yield return item;
                }
            }
        }
    }
}
