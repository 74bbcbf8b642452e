using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Collections;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Tests.Json;

namespace GovDisclosure.Standard.Tests.Shapes
{
    /// <summary>
    /// <see cref="FieldShape.IsGivenIn"/> remembers what a value's type counts as (<see cref="GivenForm"/>) instead of
    /// putting every value through a type switch: for documents of every kind, one after another (so that each field sees
    /// values of several types, lists held as arrays, <c>List</c>s, value lists and lists that are no <see cref="IList"/>),
    /// every field of every part answers as the type switch answered.
    /// </summary>
    public class GivenFormTests
    {
        /// <summary>1–8 documents of any kinds, one after another, and a seed for how their lists are held (<see cref="Rewrapped"/>).</summary>
        private static readonly Gen<(object[] Documents, int Seed)> Runs =
            from count in Gen.Choose(1, 8)
            from made in Gen.ArrayOf(Gen.OneOf(DocumentShapes.All.Select(shape => DocumentGenerators.For(shape.Kind)).ToArray()), count)
            from seed in Gen.Choose(0, int.MaxValue)
            select (made, seed);

        /// <summary>The run's documents, each with its lists held at random as <see cref="Held{T}"/> holds them.</summary>
        private static IEnumerable<object> Rewrapped((object[] Documents, int Seed) run)
        {
            var random = new Random(run.Seed);
            foreach (object made in run.Documents)
            {
                Rewrap(made, random, depth: 0);
                yield return made;
            }
        }

        [Property(MaxTest = 300)]
        public Property Every_field_of_every_part_is_given_as_the_type_switch_tells_it()
        {
            return Prop.ForAll(Runs.ToArbitrary(), run =>
            {
                foreach (object made in Rewrapped(run))
                {
                    foreach (object part in Parts(made, depth: 0))
                    {
                        ObjectShape shape = DocumentShapes.Of(part.GetType())!;
                        foreach (FieldShape field in shape.Fields)
                        {
                            if (SwitchedIsGivenIn(field, part) != field.IsGivenIn(part))
                            {
                                return false;
                            }
                        }
                    }
                }

                return true;
            });
        }

        [Property(MaxTest = 200)]
        public Property Every_path_of_every_kind_finds_its_owner_and_is_given_as_its_steps_tell_it()
        {
            return Prop.ForAll(Runs.ToArbitrary(), run =>
            {
                foreach (object made in Rewrapped(run))
                {
                    DocumentShape shape = DocumentShapes.All.First(s => s.Type == made.GetType());
                    foreach (FieldPath path in shape.Columns.Concat(shape.RequiredFields()))
                    {
                        object? owner = SteppedOwnerIn(path, made);
                        if (!ReferenceEquals(owner, path.OwnerIn(made))
                            || (owner != null && SwitchedIsGivenIn(path.Steps[path.Steps.Count - 1], owner)) != path.IsGivenIn(made))
                        {
                            return false;
                        }
                    }
                }

                return true;
            });
        }

        /// <summary>The owner of <paramref name="path"/>'s field, walked through <see cref="FieldPath.Steps"/> as the path walked it before.</summary>
        private static object? SteppedOwnerIn(FieldPath path, object document)
        {
            object? owner = document;
            for (int i = 0; i < path.Steps.Count - 1 && owner != null; i++)
            {
                owner = path.Steps[i].ValueOf(owner);
                owner = owner is IEnumerable && !(owner is string) ? null : owner;
            }

            return owner;
        }

        /// <summary>Whether <paramref name="owner"/> gives <paramref name="field"/>, by the type switch the field used before, written out here.</summary>
        private static bool SwitchedIsGivenIn(FieldShape field, object owner)
        {
            if (field.ExemptWhenFalse != null && DocumentShapes.Of(owner.GetType())?.Field(field.ExemptWhenFalse)?.ValueOf(owner) is false)
            {
                return true;
            }

            return SwitchedIsGiven(field.ValueOf(owner), item: false);
        }

        private static bool SwitchedIsGiven(object? value, bool item)
        {
            switch (value)
            {
                case null:
                    return false;
                case string text:
                    return !string.IsNullOrWhiteSpace(text);
                case IList indexed:
                    for (int i = 0; i < indexed.Count; i++)
                    {
                        if (SwitchedIsGiven(indexed[i], item: true))
                        {
                            return true;
                        }
                    }

                    return false;
                case IEnumerable list:
                    foreach (object? element in list)
                    {
                        if (SwitchedIsGiven(element, item: true))
                        {
                            return true;
                        }
                    }

                    return false;
                case ValueType:
                    return true;
            }

            ObjectShape? shape = DocumentShapes.Of(value.GetType());
            if (shape is null)
            {
                return !string.IsNullOrWhiteSpace(value.ToString());
            }

            if (!item)
            {
                return true;
            }

            foreach (FieldShape field in shape.Fields)
            {
                if (field.IsRequired && !SwitchedIsGiven(field.ValueOf(value), item: false))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The document and every part in it that the field catalogue has a shape of.</summary>
        private static IEnumerable<object> Parts(object value, int depth)
        {
            if (depth > 12 || DocumentShapes.Of(value.GetType()) is null)
            {
                yield break;
            }

            yield return value;
            foreach (PropertyInfo property in Properties(value.GetType()))
            {
                object? member = property.GetValue(value);
                IEnumerable<object?> inner = member is IEnumerable list && !(member is string) ? list.Cast<object?>() : new[] { member };
                foreach (object? item in inner)
                {
                    if (item != null)
                    {
                        foreach (object part in Parts(item, depth + 1))
                        {
                            yield return part;
                        }
                    }
                }
            }
        }

        /// <summary>Holds each list of the document (made as an array) as an array, a <c>List</c>, a value list or a list that is no <see cref="IList"/>, at random.</summary>
        private static void Rewrap(object value, Random random, int depth)
        {
            if (depth > 12 || DocumentShapes.Of(value.GetType()) is null)
            {
                return;
            }

            foreach (PropertyInfo property in Properties(value.GetType()))
            {
                object? member = property.GetValue(value);
                if (member is Array array && property.CanWrite && property.PropertyType.IsGenericType
                    && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
                {
                    Type item = property.PropertyType.GetGenericArguments()[0];
                    object held = (object)typeof(GivenFormTests).GetMethod(nameof(Held), BindingFlags.NonPublic | BindingFlags.Static)!
                        .MakeGenericMethod(item).Invoke(null, new object[] { array, random.Next(4) })!;
                    property.SetValue(value, held);
                    member = held;
                }

                IEnumerable<object?> inner = member is IEnumerable list && !(member is string) ? list.Cast<object?>() : new[] { member };
                foreach (object? element in inner)
                {
                    if (element != null)
                    {
                        Rewrap(element, random, depth + 1);
                    }
                }
            }
        }

        private static IReadOnlyList<T> Held<T>(T[] items, int how) => how switch
        {
            0 => items,
            1 => new List<T>(items),
            2 => ValueList<T>.Adopt(items),
            _ => new OnlyReadOnlyList<T>(items),
        };

        private static IEnumerable<PropertyInfo> Properties(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanRead);

        /// <summary>A read-only list that is no <see cref="IList"/>: read by its enumerator.</summary>
        private sealed class OnlyReadOnlyList<T> : IReadOnlyList<T>
        {
            private readonly T[] items;

            public OnlyReadOnlyList(T[] items)
            {
                this.items = items;
            }

            public int Count => items.Length;

            public T this[int index] => items[index];

            public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}
