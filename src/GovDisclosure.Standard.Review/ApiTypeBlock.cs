using System.Collections.Generic;

namespace GovDisclosure.Standard.Review
{
    /// <summary>One type of an API listing: its declaration line (with attributes and constraints) and its member signatures.</summary>
    internal sealed class ApiTypeBlock
    {
        public ApiTypeBlock(string name, string declaration, int line)
        {
            Name = name;
            Declaration = declaration;
            Line = line;
        }

        /// <summary>Namespace-qualified name; nested types as <c>Outer.Inner</c>; generic arity as <c>`1</c>.</summary>
        public string Name { get; }

        /// <summary>The declaration, e.g. <c>public sealed class X : Base, System.IEquatable&lt;X&gt;</c>.</summary>
        public string Declaration { get; }

        /// <summary>The 1-based line of the declaration.</summary>
        public int Line { get; }

        /// <summary>The member signatures, in listing order, each with its attributes.</summary>
        public List<string> Members { get; } = new List<string>();
    }
}
