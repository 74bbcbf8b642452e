using System.Linq;
using Microsoft.CodeAnalysis;

namespace GovDisclosure.Standard.Tests.PublicApi
{
    /// <summary>What makes a symbol part of the public API, and the C# modifiers it is listed with.</summary>
    internal static class ApiSymbols
    {
        /// <summary>Public or protected (including protected internal), inside types that are themselves visible.</summary>
        public static bool IsVisibleOutside(ISymbol symbol)
        {
            for (ISymbol? s = symbol; s != null && s.Kind != SymbolKind.Namespace; s = s.ContainingSymbol)
            {
                if (!IsPublicOrProtected(s.DeclaredAccessibility))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Accessibilities a user of the package can reach (protected through a subclass).</summary>
        public static bool IsPublicOrProtected(Accessibility accessibility) =>
            accessibility == Accessibility.Public
            || accessibility == Accessibility.Protected
            || accessibility == Accessibility.ProtectedOrInternal;

        /// <summary>Marked [CompilerGenerated]: record plumbing, lambdas' closures, iterators.</summary>
        public static bool IsCompilerGenerated(ISymbol symbol) =>
            symbol.GetAttributes().Any(a => a.AttributeClass != null
                && a.AttributeClass.Name == "CompilerGeneratedAttribute"
                && a.AttributeClass.ContainingNamespace.ToDisplayString() == "System.Runtime.CompilerServices");

        /// <summary><c>public </c> or <c>protected </c>, as PublicApiGenerator writes them (internal does not matter to users).</summary>
        public static string AccessModifier(Accessibility accessibility) =>
            accessibility == Accessibility.Public ? "public " : IsPublicOrProtected(accessibility) || accessibility == Accessibility.ProtectedAndInternal ? "protected " : string.Empty;

        /// <summary>
        /// The scope modifier of a method, property or event: <c>static</c>, <c>abstract</c>,
        /// <c>abstract override</c>, <c>override sealed</c>, <c>override</c>, <c>virtual</c> or nothing.
        /// </summary>
        public static string ScopeModifier(ISymbol member)
        {
            if (member.IsStatic)
            {
                return member.IsAbstract ? "static abstract " : "static ";
            }

            if (member.IsAbstract)
            {
                return member.IsOverride ? "abstract override " : "abstract ";
            }

            if (member.IsOverride)
            {
                return member.IsSealed ? "override sealed " : "override ";
            }

            return member.IsVirtual ? "virtual " : string.Empty;
        }

        /// <summary>
        /// <c>new </c> when a member that does not override hides a member of the same name (and, for
        /// methods, the same parameter types) inherited from a base class.
        /// </summary>
        public static string HidingModifier(ISymbol member)
        {
            if (member.IsOverride || member.ContainingType is null || member.ContainingType.TypeKind == TypeKind.Interface)
            {
                return string.Empty;
            }

            for (INamedTypeSymbol? b = member.ContainingType.BaseType; b != null; b = b.BaseType)
            {
                foreach (ISymbol inherited in b.GetMembers(member.Name))
                {
                    if (!IsPublicOrProtected(inherited.DeclaredAccessibility) || inherited.Kind != member.Kind)
                    {
                        continue;
                    }

                    if (member is IMethodSymbol m && inherited is IMethodSymbol i)
                    {
                        if (m.Parameters.Length == i.Parameters.Length
                            && m.Parameters.Zip(i.Parameters, (x, y) => SymbolEqualityComparer.Default.Equals(x.Type, y.Type) && x.RefKind == y.RefKind).All(same => same))
                        {
                            return "new ";
                        }
                    }
                    else if (!(member is IMethodSymbol))
                    {
                        return "new ";
                    }
                }
            }

            return string.Empty;
        }
    }
}
