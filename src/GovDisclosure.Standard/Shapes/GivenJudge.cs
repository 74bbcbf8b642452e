using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using GovDisclosure.Standard.Collections;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// Whether a value of declared type <typeparamref name="T"/> is given, as <see cref="FieldShape.IsGivenIn"/> judges it
    /// (<see cref="GivenForm"/>), with the form worked out once from the declared type: text not blank; a value list with an
    /// item given (an item of a part type gives the part's required fields); an object of the field catalogue that is
    /// there; any other object whose text is not blank.
    /// </summary>
    /// <typeparam name="T">The value's declared type.</typeparam>
    internal abstract class GivenJudge<T>
        where T : class
    {
        /// <summary>Whether <paramref name="value"/> is given; <c>false</c> for <c>null</c>.</summary>
        /// <param name="value">The value.</param>
        public abstract bool IsGiven(T? value);
    }

    /// <summary>Makes the <see cref="GivenJudge{T}"/> of a field's or a list item's declared type, when that type fixes how every value of it is judged.</summary>
    internal static class GivenJudge
    {
        /// <summary>
        /// The judge of the values of <paramref name="field"/> (not a list item): for text; for an <see cref="IReadOnlyList{T}"/>
        /// whose items have a judge (<see cref="ForItem"/>) — a value of any type but <see cref="ValueList{T}"/> is judged by the
        /// field itself (<see cref="FieldShape.IsGivenValue"/>); for a sealed class that is no sequence. <c>null</c> for any other
        /// type (a value type, an open class, another sequence): the field is then asked as before.
        /// </summary>
        /// <param name="field">A field attached to its shape.</param>
        public static object? For(FieldShape field)
        {
            Type declared = field.Property.PropertyType;
            if (declared.IsGenericType && declared.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                Type item = declared.GetGenericArguments()[0];
                object? items = ForItem(item);
                if (items is null)
                {
                    return null;
                }

                var make = (Func<FieldShape, object, object>)typeof(GivenJudge).GetMethod(nameof(MakeList), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(item).CreateDelegate(typeof(Func<FieldShape, object, object>));
                return make(field, items);
            }

            return ForExact(declared, item: false);
        }

        /// <summary>The judge of a list item of declared type <paramref name="item"/>, when the type fixes every item's form (text, or a sealed class that is no sequence); else <c>null</c>.</summary>
        /// <param name="item">The item type.</param>
        public static object? ForItem(Type item) => ForExact(item, item: true);

        /// <summary>
        /// The judge of <paramref name="declared"/> when every value of it has the declared type's form: text, or a sealed class
        /// that is no array, no sequence and no value type — a part of the field catalogue (given when there; as a list item, when
        /// its required fields are), or any other object (given when its text is not blank).
        /// </summary>
        private static object? ForExact(Type declared, bool item)
        {
            if (declared == typeof(string))
            {
                return Text.Instance;
            }

            if (declared.IsValueType || !declared.IsSealed || declared.IsArray || declared.ContainsGenericParameters || typeof(IEnumerable).IsAssignableFrom(declared))
            {
                return null;
            }

            ObjectShape? shape = DocumentShapes.Of(declared);
            if (shape is null)
            {
                return Make(nameof(MakeOther), declared, null);
            }

            if (!item)
            {
                return Make(nameof(MakePresent), declared, null);
            }

            // A part as a list item: given when each of its required fields is, judged as a value (no exemption).
            var checks = new List<object>();
            foreach (FieldShape part in shape.Fields)
            {
                if (!part.IsRequired)
                {
                    continue;
                }

                var typed = (Func<FieldShape, object?>)typeof(GivenJudge).GetMethod(nameof(TypedPartField), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(declared).CreateDelegate(typeof(Func<FieldShape, object?>));
                object? check = typed(part);
                if (check is null)
                {
                    return null;
                }

                checks.Add(check);
            }

            return Make(nameof(MakePart), declared, checks);
        }

        private static object Make(string factory, Type type, List<object>? checks)
        {
            var make = (Func<List<object>?, object>)typeof(GivenJudge).GetMethod(factory, BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type).CreateDelegate(typeof(Func<List<object>?, object>));
            return make(checks);
        }

        private static object? TypedPartField<TPart>(FieldShape field)
            where TPart : class => GivenCheck<TPart>.Typed(field);

        private static object MakeOther<T>(List<object>? checks)
            where T : class => new Other<T>();

        private static object MakePresent<T>(List<object>? checks)
            where T : class => new Present<T>();

        private static object MakePart<T>(List<object>? checks)
            where T : class => new Part<T>(checks!.ConvertAll(c => (GivenCheck<T>)c).ToArray());

        private static object MakeList<TItem>(FieldShape field, object items)
            where TItem : class => new ListOf<TItem>(field, (GivenJudge<TItem>)items);

        /// <summary>Text: given when not blank.</summary>
        private sealed class Text : GivenJudge<string>
        {
            public static readonly Text Instance = new Text();

            public override bool IsGiven(string? value) => !string.IsNullOrWhiteSpace(value);
        }

        /// <summary>An object outside the field catalogue (a code, a time limit): given when its text is not blank.</summary>
        private sealed class Other<T> : GivenJudge<T>
            where T : class
        {
            public override bool IsGiven(T? value) => value != null && !string.IsNullOrWhiteSpace(value.ToString());
        }

        /// <summary>A part of the field catalogue as a field's value: given when there.</summary>
        private sealed class Present<T> : GivenJudge<T>
            where T : class
        {
            public override bool IsGiven(T? value) => value != null;
        }

        /// <summary>A part of the field catalogue as a list item: given when each of its required fields is.</summary>
        private sealed class Part<T> : GivenJudge<T>
            where T : class
        {
            private readonly GivenCheck<T>[] required;

            public Part(GivenCheck<T>[] required)
            {
                this.required = required;
            }

            public override bool IsGiven(T? value)
            {
                if (value is null)
                {
                    return false;
                }

                foreach (GivenCheck<T> field in required)
                {
                    if (!field.IsGivenIn(value))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>
        /// A list declared as <see cref="IReadOnlyList{T}"/>: a <see cref="ValueList{T}"/> (every list of a document) is given when
        /// an item is, read by index in order; a list of any other type is judged by the field as before.
        /// </summary>
        private sealed class ListOf<TItem> : GivenJudge<IReadOnlyList<TItem>>
            where TItem : class
        {
            private readonly FieldShape field;
            private readonly GivenJudge<TItem> items;

            public ListOf(FieldShape field, GivenJudge<TItem> items)
            {
                this.field = field;
                this.items = items;
            }

            public override bool IsGiven(IReadOnlyList<TItem>? value)
            {
                if (value is null)
                {
                    return false;
                }

                // The value list is sealed: a value that is one has its form (an indexed list of items of the declared item type).
                if (!(value is ValueList<TItem> list))
                {
                    return field.IsGivenValue(value);
                }

                for (int i = 0; i < list.Count; i++)
                {
                    if (items.IsGiven(list[i]))
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
