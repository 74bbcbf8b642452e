using System;
using System.Reflection;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// Whether an object of type <typeparamref name="TOwner"/> gives one field as the completeness rules count it, answered
    /// as <see cref="FieldPath.IsGivenIn"/> (or, for a part's field, as a list item's required field is judged) answers it.
    /// Made once for a field: where the field's declared type fixes how its value is judged (<see cref="GivenJudge{T}"/>), the
    /// value is read through a delegate of the owner's own type and judged with no boxing, type test or form look-up;
    /// any other field is asked through its path as before.
    /// </summary>
    /// <typeparam name="TOwner">The type of the object that has the field (a document type for a required field).</typeparam>
    internal abstract class GivenCheck<TOwner>
        where TOwner : class
    {
        /// <summary>Whether <paramref name="owner"/> gives the field.</summary>
        /// <param name="owner">An object of the field's kind; not <c>null</c>.</param>
        public abstract bool IsGivenIn(TOwner owner);

        /// <summary>
        /// The check of <paramref name="path"/> in a document of type <typeparamref name="TOwner"/>: a typed read and judge when the
        /// path is one field of the document itself, with no exemption (<see cref="FieldShape.ExemptWhenFalse"/>) and a judge for its
        /// declared type; else the path's own <see cref="FieldPath.IsGivenIn"/>.
        /// </summary>
        /// <param name="path">A path of the document type <typeparamref name="TOwner"/>.</param>
        public static GivenCheck<TOwner> For(FieldPath path)
        {
            if (path.Steps.Count == 1 && path.Field.ExemptWhenFalse is null && Typed(path.Field) is GivenCheck<TOwner> typed)
            {
                return typed;
            }

            return new ThroughPath(path);
        }

        /// <summary>
        /// A typed check of <paramref name="field"/> in an object of type <typeparamref name="TOwner"/>, judged as
        /// <see cref="FieldShape.IsGivenValue"/> judges the value (no exemption); <c>null</c> when the field's getter is not an
        /// instance getter of a class <typeparamref name="TOwner"/> is, or its declared type has no <see cref="GivenJudge{T}"/>.
        /// </summary>
        /// <param name="field">A field of the shape of <typeparamref name="TOwner"/>.</param>
        internal static GivenCheck<TOwner>? Typed(FieldShape field)
        {
            PropertyInfo property = field.Property;
            MethodInfo? accessor = property.GetGetMethod(nonPublic: true);
            Type? declaring = property.DeclaringType;
            Type valueType = property.PropertyType;
            if (accessor is null || accessor.IsStatic || declaring is null || !declaring.IsAssignableFrom(typeof(TOwner))
                || declaring.ContainsGenericParameters || property.GetIndexParameters().Length > 0 || valueType.IsValueType || valueType.IsByRef)
            {
                return null;
            }

            object? judge = GivenJudge.For(field);
            if (judge is null)
            {
                return null;
            }

            // Through a delegate to a typed factory, not a reflection call of a constructor (which emits and compiles a stub).
            var make = (Func<MethodInfo, object, GivenCheck<TOwner>>)typeof(GivenCheck<TOwner>).GetMethod(nameof(Make), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(valueType).CreateDelegate(typeof(Func<MethodInfo, object, GivenCheck<TOwner>>));
            return make(accessor, judge);
        }

        /// <summary>The typed check of the field <paramref name="accessor"/> reads, its value judged by <paramref name="judge"/> (a <see cref="GivenJudge{T}"/> of <typeparamref name="TValue"/>).</summary>
        private static GivenCheck<TOwner> Make<TValue>(MethodInfo accessor, object judge)
            where TValue : class =>
            new Read<TValue>((Func<TOwner, TValue?>)Delegate.CreateDelegate(typeof(Func<TOwner, TValue?>), accessor), (GivenJudge<TValue>)judge);

        /// <summary>The field read through its typed getter and its value judged by its declared type's judge.</summary>
        /// <typeparam name="TValue">The field's declared type.</typeparam>
        private sealed class Read<TValue> : GivenCheck<TOwner>
            where TValue : class
        {
            private readonly Func<TOwner, TValue?> get;
            private readonly GivenJudge<TValue> judge;

            public Read(Func<TOwner, TValue?> get, GivenJudge<TValue> judge)
            {
                this.get = get;
                this.judge = judge;
            }

            public override bool IsGivenIn(TOwner owner)
            {
                TValue? value;
                try
                {
                    value = get(owner);
                }
                catch (Exception e)
                {
                    // As the field's own getter reports it (PropertyGetter).
                    throw new TargetInvocationException(e);
                }

                return judge.IsGiven(value);
            }
        }

        /// <summary>A field asked through its path (<see cref="FieldPath.IsGivenIn"/>): a field below a part, an exempt field, or one with no typed judge.</summary>
        private sealed class ThroughPath : GivenCheck<TOwner>
        {
            private readonly FieldPath path;

            public ThroughPath(FieldPath path)
            {
                this.path = path;
            }

            public override bool IsGivenIn(TOwner owner) => path.IsGivenIn(owner);
        }
    }
}
