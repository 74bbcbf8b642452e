using System;
using System.Reflection;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// Reads one property of a document or part through a typed delegate made once per property, instead of a reflection
    /// call per record (the completeness rules read every required field of every record). What the getter throws is
    /// thrown inside a <see cref="TargetInvocationException"/>, as <see cref="PropertyInfo.GetValue(object)"/> throws it.
    /// </summary>
    internal abstract class PropertyGetter
    {
        /// <summary>A getter of <paramref name="property"/>: typed for an instance property of a class, else the reflection call.</summary>
        /// <param name="property">The property.</param>
        public static Func<object, object?> For(PropertyInfo property)
        {
            MethodInfo? accessor = property.GetGetMethod(nonPublic: true);
            Type? owner = property.DeclaringType;
            if (accessor is null || accessor.IsStatic || owner is null || owner.IsValueType || owner.ContainsGenericParameters
                || property.GetIndexParameters().Length > 0 || property.PropertyType.IsByRef)
            {
                return property.GetValue;
            }

            // Where code is compiled only ahead of time, a getter of a value type exists only where its maker is named.
            var named = default(ValueTypeGetters);
            MemberValueTypes.NameWhereCompiledAheadOfTime(ref named);

            // Through a delegate to a typed factory, not a reflection call of the constructor (which emits and compiles a stub).
            var make = (Func<MethodInfo, PropertyGetter>)typeof(PropertyGetter).GetMethod(nameof(Make), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(owner, property.PropertyType).CreateDelegate(typeof(Func<MethodInfo, PropertyGetter>));
            return make(accessor).Get;
        }

        /// <summary>The getter of <paramref name="accessor"/>, a property of type <typeparamref name="TValue"/> declared by <typeparamref name="TOwner"/>.</summary>
        private static PropertyGetter Make<TOwner, TValue>(MethodInfo accessor)
            where TOwner : class => new PropertyGetter<TOwner, TValue>(accessor);

        /// <summary>The property's value in <paramref name="owner"/>, boxed as a reflection call boxes it.</summary>
        /// <param name="owner">An object of the property's type.</param>
        public abstract object? Get(object owner);

        /// <summary>
        /// Names the maker of the getter of a member of each value type (<see cref="MemberValueTypes"/>), declared by any
        /// class: the getters of one value type share their code whatever class declares the member.
        /// </summary>
        private struct ValueTypeGetters : IMemberValueTypeVisitor
        {
            public void Visit<T>() => GC.KeepAlive((Func<MethodInfo, PropertyGetter>)Make<object, T>);
        }
    }

    /// <summary>A <see cref="PropertyGetter"/> of a property of type <typeparamref name="TValue"/> declared by <typeparamref name="TOwner"/>.</summary>
    /// <typeparam name="TOwner">The class that declares the property.</typeparam>
    /// <typeparam name="TValue">The property's type.</typeparam>
    internal sealed class PropertyGetter<TOwner, TValue> : PropertyGetter
        where TOwner : class
    {
        private readonly Func<TOwner, TValue> get;
#if NET8_0_OR_GREATER
        private readonly Type ownerType = typeof(TOwner);
#endif

        /// <summary>Binds the get accessor to a typed delegate.</summary>
        /// <param name="accessor">The get accessor.</param>
        public PropertyGetter(MethodInfo accessor)
        {
            get = (Func<TOwner, TValue>)Delegate.CreateDelegate(typeof(Func<TOwner, TValue>), accessor);
        }

        /// <inheritdoc/>
        public override object? Get(object owner)
        {
            // An object of exactly the declaring type is taken as it is (a cast in shared generic code looks the type up
            // at run time, per field of every record); any other is cast.
#if NET8_0_OR_GREATER
            TOwner typed = owner?.GetType() == ownerType ? System.Runtime.CompilerServices.Unsafe.As<TOwner>(owner)
                : owner as TOwner ?? throw new TargetException("The object is not of the type that declares the property.");
#else
            TOwner typed = owner as TOwner ?? throw new TargetException("The object is not of the type that declares the property.");
#endif
            try
            {
                return get(typed);
            }
            catch (Exception e)
            {
                throw new TargetInvocationException(e);
            }
        }
    }
}
