using System;
using System.Reflection;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// Sets one property (its <c>set</c> or <c>init</c> accessor) of an object the binder makes, through a typed delegate
    /// made once per property, instead of a reflection call per record. A <c>null</c> for a property of a value type sets
    /// its default, and what the accessor throws is thrown inside a
    /// <see cref="TargetInvocationException"/>, as a reflection call does. The binder calls <see cref="Set"/> itself (one
    /// virtual call a member, no delegate in front of it).
    /// </summary>
    internal abstract class MemberSetter
    {
        /// <summary>A setter of <paramref name="accessor"/>, the set (or init) accessor of an instance property.</summary>
        /// <param name="accessor">The accessor.</param>
        public static MemberSetter For(MethodInfo accessor)
        {
            Type owner = accessor.DeclaringType!;
            Type value = accessor.GetParameters()[0].ParameterType;

            // Where code is compiled only ahead of time, a setter of a value type exists only where its maker is named.
            var named = default(ValueTypeSetters);
            MemberValueTypes.NameWhereCompiledAheadOfTime(ref named);

            // Through a delegate to a typed factory, not a reflection call of the constructor: a reflection call emits and
            // compiles a stub per constructor at start-up.
            var make = (Func<MethodInfo, MemberSetter>)typeof(MemberSetter).GetMethod(nameof(Make), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(owner, value).CreateDelegate(typeof(Func<MethodInfo, MemberSetter>));
            return make(accessor);
        }

        /// <summary>The setter of <paramref name="accessor"/>, a property of type <typeparamref name="TValue"/> declared by <typeparamref name="TOwner"/>.</summary>
        private static MemberSetter Make<TOwner, TValue>(MethodInfo accessor)
            where TOwner : class => new MemberSetter<TOwner, TValue>(accessor);

        /// <summary>Sets the property of <paramref name="instance"/> to <paramref name="value"/>.</summary>
        /// <param name="instance">The object.</param>
        /// <param name="value">The value, of the property's type or <c>null</c>.</param>
        public abstract void Set(object instance, object? value);

        /// <summary>
        /// Sets the property of <paramref name="instance"/>, an object known to be of the type that declares it or of a
        /// type derived from it (one its factory made, whose type it checked once), to <paramref name="value"/>: as
        /// <see cref="Set"/>, without looking the object's type up again per member.
        /// </summary>
        /// <param name="instance">The object, of the declaring type or one derived from it.</param>
        /// <param name="value">The value, of the property's type or <c>null</c>.</param>
        public abstract void SetOwned(object instance, object? value);

        /// <summary>Whether <see cref="SetOwned"/> may be given an object of <paramref name="type"/>.</summary>
        /// <param name="type">The object's exact type.</param>
        public abstract bool Owns(Type type);

        /// <summary>
        /// The kind of value <see cref="SetScalar"/> takes, read with no box (<see cref="ScalarBits"/>):
        /// <see cref="BindingKind.WholeNumber"/>, <see cref="BindingKind.LongNumber"/>, <see cref="BindingKind.Boolean"/> or
        /// <see cref="BindingKind.Date"/> for a property of that type (or its nullable type); <see cref="BindingKind.Structured"/>
        /// for a setter that takes values only as objects.
        /// </summary>
        public virtual BindingKind ScalarKind => BindingKind.Structured;

        /// <summary>
        /// Sets the property of <paramref name="instance"/> to the value <paramref name="bits"/> stands for (see
        /// <see cref="ScalarBits"/>), as <see cref="Set"/> sets that value boxed: with no box and no cast. Only for a setter
        /// whose <see cref="ScalarKind"/> is not <see cref="BindingKind.Structured"/>.
        /// </summary>
        /// <param name="instance">The object.</param>
        /// <param name="bits">The value's bits.</param>
        public virtual void SetScalar(object instance, long bits) => throw new NotSupportedException();

        /// <summary>
        /// Names the maker of the setter of a member of each value type (<see cref="MemberValueTypes"/>), declared by any
        /// class: the setters of one value type share their code whatever class declares the member.
        /// </summary>
        private struct ValueTypeSetters : IMemberValueTypeVisitor
        {
            public void Visit<T>() => GC.KeepAlive((Func<MethodInfo, MemberSetter>)Make<object, T>);
        }
    }

    /// <summary>A <see cref="MemberSetter"/> of a property of type <typeparamref name="TValue"/> declared by <typeparamref name="TOwner"/>.</summary>
    /// <typeparam name="TOwner">The type that declares the property.</typeparam>
    /// <typeparam name="TValue">The property's type.</typeparam>
    internal sealed class MemberSetter<TOwner, TValue> : MemberSetter
        where TOwner : class
    {
        private readonly Action<TOwner, TValue> set;
#if NET8_0_OR_GREATER
        private readonly Type ownerType = typeof(TOwner);
#endif

        /// <summary>The cast of a value, which takes a value of the type of the last one as it is.</summary>
        private RememberedCast<TValue> valueCast;

        /// <summary>Binds the accessor to a typed delegate.</summary>
        /// <param name="accessor">The set (or init) accessor.</param>
        public MemberSetter(MethodInfo accessor)
        {
            set = (Action<TOwner, TValue>)Delegate.CreateDelegate(typeof(Action<TOwner, TValue>), accessor);
        }

        /// <inheritdoc/>
        public override void Set(object instance, object? value)
        {
            try
            {
                set(Owner(instance), value is null ? default! : valueCast.Cast(value));
            }
            catch (Exception e)
            {
                // As a reflection call throws it, so the binder says why a value could not be made as before.
                throw new TargetInvocationException(e);
            }
        }

        /// <inheritdoc/>
        public override void SetOwned(object instance, object? value)
        {
            try
            {
#if NET8_0_OR_GREATER
                set(System.Runtime.CompilerServices.Unsafe.As<TOwner>(instance), value is null ? default! : valueCast.Cast(value));
#else
                set((TOwner)instance, value is null ? default! : valueCast.Cast(value));
#endif
            }
            catch (Exception e)
            {
                // As a reflection call throws it, so the binder says why a value could not be made as before.
                throw new TargetInvocationException(e);
            }
        }

        /// <inheritdoc/>
        public override bool Owns(Type type) => typeof(TOwner).IsAssignableFrom(type);

        /// <inheritdoc/>
        public override BindingKind ScalarKind => ScalarBits.KindOf(typeof(TValue));

        /// <inheritdoc/>
        public override void SetScalar(object instance, long bits)
        {
            try
            {
                set(Owner(instance), ScalarBits.As<TValue>(bits));
            }
            catch (Exception e)
            {
                // As a reflection call throws it, so the binder says why a value could not be made as before.
                throw new TargetInvocationException(e);
            }
        }

        /// <summary>
        /// The object as <typeparamref name="TOwner"/>: an object of exactly that type is taken as it is (a cast in shared
        /// generic code looks the type up at run time, per member of every record); any other is cast.
        /// </summary>
        private TOwner Owner(object instance) =>
#if NET8_0_OR_GREATER
            instance.GetType() == ownerType ? System.Runtime.CompilerServices.Unsafe.As<TOwner>(instance) : (TOwner)instance;
#else
            (TOwner)instance;
#endif
    }
}
