using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// How the binder makes an object of one model type itself, member by member, with no JSON in between: the
    /// constructor the source-generated <see cref="JsonTypeInfo"/> metadata deserializes with (its parameters matched
    /// to members by name, <see cref="ModelLayout"/>) and each other member's own set or init accessor. Absent
    /// constructor parameters get their default, as the serializer gives them. A type this cannot serve (no such constructor, a member that can be
    /// neither passed nor set, deserialization callbacks, polymorphism, required members) has no factory and is
    /// read through its metadata instead.
    /// </summary>
    internal sealed class ObjectFactory
    {
        private static readonly object?[] NoArguments = Array.Empty<object?>();

#if NET8_0_OR_GREATER
        private readonly ConstructorInvoker constructor;
#else
        private readonly ConstructorInfo constructor;
#endif
        /// <summary>The creator of a type made by a parameterless constructor (a plain <c>new</c>, no reflection call), or <c>null</c>.</summary>
        private readonly Func<object>? create;

        /// <summary>
        /// How many objects a reflection call makes before the typed call is compiled (<see cref="ConstructorCall"/>): a short
        /// run, which makes a few objects of a type, does not pay for compiling an expression per type at start-up.
        /// </summary>
        private const int CompiledAfter = 64;

        /// <summary>The typed call of the constructor (<see cref="ConstructorCall"/>), or <c>null</c> where a reflection call or <see cref="create"/> makes the object (before it is compiled, or where there is none).</summary>
        private Func<BoundSlot[], int, object>? call;

        /// <summary>The constructor a typed call is compiled from (a parameterless one too: <see cref="create"/> makes the objects until then).</summary>
        private readonly ConstructorInfo compiledFrom;

        /// <summary>The members' declared types, which a typed call takes its arguments as.</summary>
        private readonly Type[] memberTypes;

        /// <summary>The type of the objects made, whose members a typed call of the setters sets.</summary>
        private readonly Type made;

        /// <summary>For each member set after the object is made, its set (or init) accessor; <c>null</c> for a constructor's argument.</summary>
        private readonly MethodInfo?[] accessors;

        /// <summary>
        /// The typed call of every member's setter (<see cref="SettersCall"/>), compiled with <see cref="call"/>; <c>null</c>
        /// until then, where there is none, or where the setters cannot take the objects unchecked (<see cref="setsOwned"/>).
        /// </summary>
        private Action<object, BoundSlot[], int>? setAll;

        /// <summary>Whether the typed call has been tried (<see cref="call"/> is then the call, or <c>null</c> where there is none).</summary>
        private bool tried;

        /// <summary>Objects made by a reflection call or <see cref="create"/> before the typed call is tried.</summary>
        private int reflectionCalls;
        private readonly object?[] defaults;
        private readonly int[] parameterOf;
        private readonly int[] memberOfParameter;
        private readonly MemberSetter?[] setters;
        private readonly BindingKind[] scalarKinds;
        private readonly MemberSetter? setExtension;

        /// <summary>
        /// Whether every setter takes the objects the factory makes without a check per member (<see cref="MemberSetter.SetOwned"/>):
        /// each way it makes one (<see cref="create"/>, the typed call, the constructor's invoker) makes an object of the
        /// constructor's own type, so this is known once, not asked of each object's type.
        /// </summary>
        private readonly bool setsOwned;

        private ObjectFactory(Type made, ConstructorInfo constructor, Func<object>? create, object?[] defaults, int[] parameterOf, Type[] memberTypes, MemberSetter?[] setters, MethodInfo?[] accessors, MemberSetter? setExtension, Type? extensionType)
        {
            this.made = made;
            this.accessors = accessors;
            this.create = defaults.Length == 0 ? create : null;
            setsOwned = constructor.DeclaringType == made && setters.All(setter => setter is null || setter.Owns(made));
            this.defaults = defaults;
            this.parameterOf = parameterOf;
            memberOfParameter = Enumerable.Repeat(-1, defaults.Length).ToArray();
            for (int i = 0; i < parameterOf.Length; i++)
            {
                if (parameterOf[i] >= 0)
                {
                    memberOfParameter[parameterOf[i]] = i;
                }
            }

            compiledFrom = constructor;
            this.memberTypes = memberTypes;
#if NET8_0_OR_GREATER
            // Made only for a constructor with parameters (until its typed call is compiled, or for good where it has none).
            this.constructor = this.create is null ? ConstructorInvoker.Create(constructor) : null!;
#else
            this.constructor = constructor;
#endif

            this.setters = setters;
            scalarKinds = new BindingKind[setters.Length];
            for (int i = 0; i < setters.Length; i++)
            {
                // Only a member set by its own typed setter after the object is made takes its value as bits.
                scalarKinds[i] = parameterOf[i] < 0 && setters[i] is MemberSetter setter ? setter.ScalarKind : BindingKind.Structured;
            }

            this.setExtension = setExtension;
            this.extensionType = extensionType;
        }

        /// <summary>The declared type of the member that keeps unknown members (extension data), or <c>null</c>.</summary>
        private readonly Type? extensionType;

        /// <summary>The metadata of the member that keeps unknown members (extension data), or <c>null</c>; asked for when first needed (a record with an unknown member).</summary>
        private JsonTypeInfo? extensionInfo;

        /// <summary>The metadata of the member that keeps unknown members (extension data), or <c>null</c>: worked out when a record first has an unknown member.</summary>
        public JsonTypeInfo? ExtensionInfo => extensionType is null ? null : extensionInfo ??= GovDisclosure.Standard.Json.CanonicalJson.Options.GetTypeInfo(extensionType);

        /// <summary>
        /// The kind of value the member at <paramref name="member"/> takes as bits in its slot (<see cref="BoundSlot.InBits"/>,
        /// set by <see cref="MemberSetter.SetScalar"/>), or <see cref="BindingKind.Structured"/> when it takes its value only
        /// as an object.
        /// </summary>
        /// <param name="member">The member's position.</param>
        public BindingKind ScalarKind(int member) => scalarKinds[member];

        /// <summary>The factory for an object type laid out as <paramref name="layout"/> says, or <c>null</c> when the binder cannot make it itself.</summary>
        /// <param name="layout">The type's members and constructor (<see cref="ModelLayout"/>).</param>
        public static ObjectFactory? For(ModelLayout layout)
        {
            ConstructorInfo? constructor = layout.Constructor;
            if (!layout.Makeable || constructor is null)
            {
                return null;
            }

            ParameterInfo[] parameters = layout.Parameters;
            object?[] defaults = parameters.Length == 0 ? NoArguments : parameters
                .Select(p => p.HasDefaultValue ? p.DefaultValue : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null)
                .ToArray();
            int count = layout.Members.Length;
            var setters = new MemberSetter?[count];
            var accessors = new MethodInfo?[count];
            for (int i = 0; i < count; i++)
            {
                setters[i] = Setter(layout.Members[i]);
                accessors[i] = layout.ParameterOf[i] < 0 ? layout.Members[i].GetSetMethod() : null;
                if (layout.ParameterOf[i] < 0 && setters[i] is null)
                {
                    return null;
                }
            }

            MemberSetter? setExtension = layout.Extension is null ? null : Setter(layout.Extension);
            if (layout.Extension != null && setExtension is null)
            {
                return null;
            }

            return new ObjectFactory(
                layout.Type,
                constructor,
                parameters.Length == 0 ? Creator(layout.Type) : null,
                defaults,
                (int[])layout.ParameterOf.Clone(),
                layout.MemberTypes,
                setters,
                accessors,
                setExtension,
                layout.Extension?.PropertyType);
        }

        /// <summary>How a member is set: through its property's own accessor (an <c>init</c> accessor included), or <c>null</c> when it has none.</summary>
        private static MemberSetter? Setter(PropertyInfo property) =>
            property.GetSetMethod() is MethodInfo accessor ? MemberSetter.For(accessor) : null;

        /// <summary>
        /// A plain <c>new</c> of a class with a public parameterless constructor, through a delegate to a typed factory
        /// (no reflection call, which emits and compiles a stub per constructor).
        /// </summary>
        private static Func<object> Creator(Type type) =>
            (Func<object>)typeof(ObjectFactory).GetMethod(nameof(New), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type).CreateDelegate(typeof(Func<object>));

        /// <summary>A new <typeparamref name="T"/>.</summary>
        private static object New<T>()
            where T : class, new() => new T();

        /// <summary>
        /// Makes the object from the values read for its members (<paramref name="slots"/>[<paramref name="first"/> + i] for
        /// member i, where given) and the extension data, if any.
        /// </summary>
        /// <param name="slots">The binder's value slots.</param>
        /// <param name="first">The slot of member 0.</param>
        /// <param name="extension">The unknown members kept, or <c>null</c>.</param>
        public object Create(BoundSlot[] slots, int first, object? extension)
        {
            object instance = Construct(slots, first);
            Action<object, BoundSlot[], int>? sets = setAll;
            if (sets != null)
            {
                sets(instance, slots, first);
            }
            else
            {
                SetOneByOne(instance, slots, first);
            }

            if (extension != null)
            {
                setExtension!.Set(instance, extension);
            }

            return instance;
        }

        /// <summary>Sets each given member not passed to the constructor through its own setter, in member order.</summary>
        private void SetOneByOne(object instance, BoundSlot[] slots, int first)
        {
            for (int i = 0; i < parameterOf.Length; i++)
            {
                ref BoundSlot slot = ref slots[first + i];
                if (parameterOf[i] < 0 && slot.Given)
                {
                    if (slot.InBits)
                    {
                        setters[i]!.SetScalar(instance, slot.Bits);
                    }
                    else if (setsOwned)
                    {
                        setters[i]!.SetOwned(instance, slot.Value);
                    }
                    else
                    {
                        setters[i]!.Set(instance, slot.Value);
                    }
                }
            }
        }

        private object Construct(BoundSlot[] slots, int first)
        {
            if (!tried && System.Threading.Interlocked.Increment(ref reflectionCalls) == CompiledAfter)
            {
                // One thread compiles it; the others make their objects by the reflection call (or the shared creator)
                // meanwhile, the same objects.
                call = ConstructorCall.For(compiledFrom, memberOfParameter, memberTypes, defaults);
                setAll = setsOwned ? SettersCall.For(made, accessors, scalarKinds) : null;
                tried = true;
            }

            if (create != null)
            {
                try
                {
                    // The typed call of a parameterless constructor is a plain new of the type; the shared creator's new of a
                    // type parameter asks the runtime for the type's allocator and constructor at every object.
                    return call != null ? call(slots, first) : create();
                }
                catch (Exception e)
                {
                    // As a reflection call throws it, so the binder says why a value could not be made as before.
                    throw new TargetInvocationException(e);
                }
            }

            if (call != null)
            {
#if NET8_0_OR_GREATER
                // What the constructor throws is thrown as it is, as the constructor's invoker throws it.
                return call(slots, first);
#else
                try
                {
                    return call(slots, first);
                }
                catch (Exception e)
                {
                    // As a reflection call throws it, so the binder says why a value could not be made as before.
                    throw new TargetInvocationException(e);
                }
#endif
            }

#if NET8_0_OR_GREATER
            switch (defaults.Length)
            {
                case 0:
                    return constructor.Invoke();
                case 1:
                    return constructor.Invoke(Argument(0, slots, first));
                case 2:
                    return constructor.Invoke(Argument(0, slots, first), Argument(1, slots, first));
                case 3:
                    return constructor.Invoke(Argument(0, slots, first), Argument(1, slots, first), Argument(2, slots, first));
                case 4:
                    return constructor.Invoke(Argument(0, slots, first), Argument(1, slots, first), Argument(2, slots, first), Argument(3, slots, first));
            }
#endif
            var arguments = new object?[defaults.Length];
            for (int p = 0; p < arguments.Length; p++)
            {
                arguments[p] = Argument(p, slots, first);
            }

#if NET8_0_OR_GREATER
            return constructor.Invoke(new Span<object?>(arguments));
#else
            return constructor.Invoke(arguments);
#endif
        }

        /// <summary>The constructor's argument at <paramref name="position"/>: the value read for its member, or the parameter's default.</summary>
        private object? Argument(int position, BoundSlot[] slots, int first)
        {
            int member = memberOfParameter[position];
            return member >= 0 && slots[first + member].Given ? slots[first + member].Value : defaults[position];
        }
    }
}
