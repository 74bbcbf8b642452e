using System;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// A cast to <typeparamref name="T"/> that remembers the type of the last value it took: a value of that exact type is
    /// taken as it is, since a cast in shared generic code looks the target type up at run time (per member or item of every
    /// record). Any other value is cast as before, and throws as before. Kept in a field of its user (a mutable struct).
    /// </summary>
    /// <typeparam name="T">The type cast to.</typeparam>
    internal struct RememberedCast<T>
    {
#if NET8_0_OR_GREATER
        private Type? castType;
#endif

        /// <summary><paramref name="value"/> as <typeparamref name="T"/>.</summary>
        /// <param name="value">A value that is not <c>null</c>.</param>
        public T Cast(object value)
        {
#if NET8_0_OR_GREATER
            if (!typeof(T).IsValueType && value.GetType() == castType)
            {
                return System.Runtime.CompilerServices.Unsafe.As<object, T>(ref value);
            }

            T cast = (T)value;
            castType = value.GetType();
            return cast;
#else
            return (T)value;
#endif
        }
    }
}
