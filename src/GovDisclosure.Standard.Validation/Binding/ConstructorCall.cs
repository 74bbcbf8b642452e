using System;
using System.Linq.Expressions;
using System.Reflection;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// A typed call of a constructor with parameters (a record such as a content element), compiled once per type: it
    /// takes each argument from its member's slot (or the parameter's default when none was read) and passes it as the
    /// parameter's type, with no argument array, reflection call or check of each argument's type in between. Its
    /// arguments are exactly what a reflection call is given: a <c>null</c> for a parameter of a value type is its
    /// default. What the constructor throws is thrown as it is (as a constructor's invoker throws it; the caller wraps it where a
    /// reflection call would).
    /// </summary>
    internal static class ConstructorCall
    {
        /// <summary>
        /// The call of <paramref name="constructor"/>, or <c>null</c> when a parameter's type is not exactly its member's
        /// (a reflection call then checks and converts the argument as it always did) or when calls are not compiled
        /// (<see cref="CompiledCalls"/>).
        /// </summary>
        /// <param name="constructor">The constructor.</param>
        /// <param name="memberOfParameter">For each parameter, its member's position (its slot after the object's first), or -1.</param>
        /// <param name="memberTypes">The members' declared types.</param>
        /// <param name="defaults">Each parameter's default.</param>
        public static Func<BoundSlot[], int, object>? For(ConstructorInfo constructor, int[] memberOfParameter, Type[] memberTypes, object?[] defaults)
        {
            if (!CompiledCalls.AreCompiled)
            {
                return null;
            }

            ParameterInfo[] parameters = constructor.GetParameters();
            ParameterExpression slots = Expression.Parameter(typeof(BoundSlot[]), "slots");
            ParameterExpression first = Expression.Parameter(typeof(int), "first");
            var arguments = new Expression[parameters.Length];
            for (int p = 0; p < parameters.Length; p++)
            {
                Type type = parameters[p].ParameterType;
                int member = memberOfParameter[p];
                if (type.IsByRef || type.IsPointer || (member >= 0 && memberTypes[member] != type))
                {
                    return null;
                }

                if (defaults[p] != null && !type.IsInstanceOfType(defaults[p]) && Nullable.GetUnderlyingType(type)?.IsInstanceOfType(defaults[p]) != true)
                {
                    // A default a reflection call converts (an enum's number, say).
                    return null;
                }

                Expression fallback = Expression.Constant(defaults[p], type);
                if (member < 0)
                {
                    arguments[p] = fallback;
                    continue;
                }

                Expression slot = Expression.ArrayAccess(slots, Expression.Add(first, Expression.Constant(member)));
                Expression value = Expression.Field(slot, nameof(BoundSlot.Value));
                Expression read = type.IsValueType
                    ? Expression.Condition(Expression.Equal(value, Expression.Constant(null)), Expression.Default(type), Expression.Convert(value, type))
                    : Expression.Convert(value, type);
                arguments[p] = Expression.Condition(Expression.Field(slot, nameof(BoundSlot.Given)), read, fallback);
            }

            Expression made = Expression.Convert(Expression.New(constructor, arguments), typeof(object));
            return Expression.Lambda<Func<BoundSlot[], int, object>>(made, slots, first).Compile();
        }
    }
}
