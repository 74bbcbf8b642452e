using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace GovDisclosure.Standard.Reporting.Comparison
{
    /// <summary>
    /// Equality by identity: two equal records read from two rows are still two documents, each with its own location
    /// (netstandard2.0 has no <c>ReferenceEqualityComparer</c>).
    /// </summary>
    internal sealed class ObjectIdentity : IEqualityComparer<object>
    {
        public static readonly ObjectIdentity Instance = new ObjectIdentity();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
