namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// Whether the binder compiles its typed calls (<see cref="ConstructorCall"/>, <see cref="SettersCall"/>) from
    /// expressions at run time. Not where code is compiled only ahead of time (a native build, such as the tool's on
    /// linux-x64): there an expression is interpreted, far slower than the typed setters one by one, which the binder
    /// then keeps.
    /// </summary>
    internal static class CompiledCalls
    {
        /// <summary>Whether an expression compiled at run time runs as compiled code.</summary>
        public static bool AreCompiled =>
#if NET
            System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled;
#else
            true;
#endif
    }
}
