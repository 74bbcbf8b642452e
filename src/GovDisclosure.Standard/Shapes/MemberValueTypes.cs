using System;
using System.Collections.Generic;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// The value types a member of a document or of one of its parts may have: counts (<see cref="int"/>,
    /// <see cref="long"/>), amounts (<see cref="decimal"/>), yes/no (<see cref="bool"/>) and dates
    /// (<see cref="CalendarDate"/>), each also nullable. A member's typed getter and setter are made for its type at run
    /// time (<see cref="PropertyGetter"/>); where code is compiled only ahead of time (a native build, such as the tool's
    /// on linux-x64), the code of such a getter or setter for a value type exists only when something names it, and each
    /// maker names these types through <see cref="Visit{TVisitor}"/>. A test checks every document's members against the list.
    /// </summary>
    internal static class MemberValueTypes
    {
        /// <summary>Runs <paramref name="visitor"/> for each of the value types.</summary>
        /// <typeparam name="TVisitor">The visitor's type: a structure, so that each visit is compiled for its value type.</typeparam>
        /// <param name="visitor">The visitor.</param>
        public static void Visit<TVisitor>(ref TVisitor visitor)
            where TVisitor : struct, IMemberValueTypeVisitor
        {
            visitor.Visit<int>();
            visitor.Visit<int?>();
            visitor.Visit<long>();
            visitor.Visit<long?>();
            visitor.Visit<decimal>();
            visitor.Visit<decimal?>();
            visitor.Visit<bool>();
            visitor.Visit<bool?>();
            visitor.Visit<CalendarDate>();
            visitor.Visit<CalendarDate?>();
        }

        /// <summary>
        /// Runs <paramref name="visitor"/> for each of the value types where code is compiled only ahead of time (no code is
        /// compiled at run time), so that the code the visitor names is compiled into the program; elsewhere does nothing.
        /// </summary>
        /// <typeparam name="TVisitor">The visitor's type: a structure, so that each visit is compiled for its value type.</typeparam>
        /// <param name="visitor">The visitor, which names a maker of a typed getter or setter for each type.</param>
        public static void NameWhereCompiledAheadOfTime<TVisitor>(ref TVisitor visitor)
            where TVisitor : struct, IMemberValueTypeVisitor
        {
#if NET
            if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
            {
                Visit(ref visitor);
            }
#endif
        }

        /// <summary>The value types, in the order <see cref="Visit{TVisitor}"/> visits them.</summary>
        public static IReadOnlyList<Type> All
        {
            get
            {
                var listed = new Listed { Types = new List<Type>() };
                Visit(ref listed);
                return listed.Types;
            }
        }

        private struct Listed : IMemberValueTypeVisitor
        {
            public List<Type> Types;

            public void Visit<T>() => Types.Add(typeof(T));
        }
    }
}
