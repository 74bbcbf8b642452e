using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Reflection;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// A typed call that sets every member of an object its factory made (each member not passed to the constructor) from
    /// the member's slot, compiled once per type: each given member's own accessor called directly, its value cast to the
    /// accessor's type (or made from its bits, <see cref="ScalarBits"/>), in member order — with no virtual call, delegate
    /// or remembered type per member. It sets exactly what the setters one by one set (<see cref="MemberSetter.SetOwned"/>,
    /// <see cref="MemberSetter.SetScalar"/>): a <c>null</c> for a value type is its default, a value of another type
    /// fails its cast, and what an accessor or a cast throws is thrown inside a <see cref="TargetInvocationException"/>,
    /// the members before it set, the ones after it not.
    /// </summary>
    internal static class SettersCall
    {
        private static readonly ConstructorInfo Wrapped = typeof(TargetInvocationException).GetConstructor(new[] { typeof(Exception) })!;

        private static readonly MethodInfo FromBits = typeof(ScalarBits).GetMethod(nameof(ScalarBits.As))!;

        /// <summary>
        /// The call setting the members of an object of <paramref name="owner"/>, or <c>null</c> when one cannot be compiled
        /// to call them directly (a type or accessor not public, or a member's type not its accessor's) or when calls are not
        /// compiled (<see cref="CompiledCalls"/>).
        /// </summary>
        /// <param name="owner">The type of the objects the factory makes.</param>
        /// <param name="accessors">For each member, its set (or init) accessor, or <c>null</c> for one passed to the constructor.</param>
        /// <param name="scalarKinds">For each member, the kind of value it takes as bits (<see cref="ObjectFactory.ScalarKind"/>).</param>
        public static Action<object, BoundSlot[], int>? For(Type owner, MethodInfo?[] accessors, BindingKind[] scalarKinds)
        {
            if (!owner.IsVisible || !CompiledCalls.AreCompiled)
            {
                return null;
            }

            ParameterExpression instance = Expression.Parameter(typeof(object), "instance");
            ParameterExpression slots = Expression.Parameter(typeof(BoundSlot[]), "slots");
            ParameterExpression first = Expression.Parameter(typeof(int), "first");
            ParameterExpression made = Expression.Variable(owner, "made");
            var sets = new List<Expression>();
            for (int i = 0; i < accessors.Length; i++)
            {
                MethodInfo? accessor = accessors[i];
                if (accessor is null)
                {
                    continue;
                }

                ParameterInfo[] parameters = accessor.GetParameters();
                if (!accessor.IsPublic || accessor.IsStatic || parameters.Length != 1 || !accessor.DeclaringType!.IsAssignableFrom(owner))
                {
                    return null;
                }

                Type type = parameters[0].ParameterType;
                if (type.IsByRef || type.IsPointer)
                {
                    return null;
                }

                Expression slot = Expression.ArrayAccess(slots, Expression.Add(first, Expression.Constant(i)));
                Expression value = Expression.Field(slot, nameof(BoundSlot.Value));
                Expression cast = type.IsValueType
                    ? Expression.Condition(Expression.Equal(value, Expression.Constant(null)), Expression.Default(type), Expression.Convert(value, type))
                    : Expression.Convert(value, type);
                Expression target = Expression.Convert(made, accessor.DeclaringType);
                Expression set = Expression.Call(target, accessor, cast);
                if (scalarKinds[i] != BindingKind.Structured)
                {
                    Expression bits = Expression.Call(FromBits.MakeGenericMethod(type), Expression.Field(slot, nameof(BoundSlot.Bits)));
                    set = Expression.IfThenElse(
                        Expression.Field(slot, nameof(BoundSlot.InBits)),
                        Expression.Call(target, accessor, bits),
                        set);
                }

                sets.Add(Expression.IfThen(Expression.Field(slot, nameof(BoundSlot.Given)), set));
            }

            if (sets.Count == 0)
            {
                return null;
            }

            ParameterExpression thrown = Expression.Variable(typeof(Exception), "thrown");
            Expression body = Expression.Block(
                new[] { made },
                Expression.Assign(made, Expression.Convert(instance, owner)),
                Expression.TryCatch(
                    Expression.Block(typeof(void), sets),
                    Expression.Catch(thrown, Expression.Throw(Expression.New(Wrapped, thrown), typeof(void)))));
            return Expression.Lambda<Action<object, BoundSlot[], int>>(body, instance, slots, first).Compile();
        }
    }
}
