using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GovDisclosure.Standard.Tests.PublicApi
{
    /// <summary>
    /// Type names as PublicApiGenerator writes them: namespace-qualified, C# keywords for the built-in
    /// types, <c>T?</c> for nullable value types and for reference types annotated nullable.
    /// </summary>
    internal static class ApiTypeNames
    {
        /// <summary>The type as written in a member signature.</summary>
        /// <param name="type">The type.</param>
        /// <param name="withNullability">Whether a nullable annotation adds <c>?</c> (not in attributes or <c>typeof</c>).</param>
        public static string Format(ITypeSymbol type, bool withNullability = true)
        {
            string q = withNullability && type.NullableAnnotation == NullableAnnotation.Annotated && !type.IsValueType ? "?" : string.Empty;
            switch (type)
            {
                case IArrayTypeSymbol array:
                    return Format(array.ElementType, withNullability) + "[" + new string(',', array.Rank - 1) + "]" + q;
                case IPointerTypeSymbol pointer:
                    return Format(pointer.PointedAtType, withNullability) + "*";
                case ITypeParameterSymbol parameter:
                    return parameter.Name + q;
                case IDynamicTypeSymbol _:
                    return "dynamic" + q;
                case INamedTypeSymbol named:
                    return FormatNamed(named, withNullability) + q;
                default:
                    throw new InvalidOperationException($"Cannot list a type of kind {type.TypeKind}: {type}.");
            }
        }

        /// <summary>The name used to order types and to match attributes: <c>Namespace.Name`1</c>, nested types after a <c>+</c>.</summary>
        public static string MetadataFullName(INamedTypeSymbol type)
        {
            if (type.ContainingType != null)
            {
                return MetadataFullName(type.ContainingType) + "+" + type.MetadataName;
            }

            return type.ContainingNamespace is null || type.ContainingNamespace.IsGlobalNamespace
                ? type.MetadataName
                : type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;
        }

        /// <summary>A constructed type's full name with its arguments, e.g. <c>System.IEquatable`1&lt;X&gt;</c>, for ordering interfaces.</summary>
        public static string ConstructedFullName(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol named && named.IsGenericType)
            {
                return MetadataFullName(named) + "<" + string.Join(",", named.TypeArguments.Select(ConstructedFullName)) + ">";
            }

            return type is INamedTypeSymbol plain ? MetadataFullName(plain) : Format(type, withNullability: false);
        }

        /// <summary>A type's name without its generic arity, as declared.</summary>
        public static string DeclaredName(INamedTypeSymbol type) => type.Name;

        private static string FormatNamed(INamedTypeSymbol type, bool withNullability)
        {
            if (type.TypeKind == TypeKind.Error)
            {
                throw new InvalidOperationException($"The type '{type}' could not be resolved from the assembly's references; add the assembly that defines it.");
            }

            if (type.IsTupleType && type.TupleUnderlyingType != null && !SymbolEqualityComparer.Default.Equals(type.TupleUnderlyingType, type))
            {
                return FormatNamed(type.TupleUnderlyingType, withNullability);
            }

            if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                return Format(type.TypeArguments[0], withNullability) + "?";
            }

            string? keyword = Keyword(type.SpecialType);
            if (keyword != null)
            {
                return keyword;
            }

            string prefix = type.ContainingType != null
                ? FormatNamed(type.ContainingType, withNullability) + "."
                : type.ContainingNamespace is null || type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString() + ".";
            string arguments = type.TypeArguments.Length == 0
                ? string.Empty
                : "<" + string.Join(", ", type.TypeArguments.Select(a => Format(a, withNullability))) + ">";
            return prefix + type.Name + arguments;
        }

        private static string? Keyword(SpecialType special)
        {
            switch (special)
            {
                case SpecialType.System_Object: return "object";
                case SpecialType.System_Void: return "void";
                case SpecialType.System_Boolean: return "bool";
                case SpecialType.System_Char: return "char";
                case SpecialType.System_SByte: return "sbyte";
                case SpecialType.System_Byte: return "byte";
                case SpecialType.System_Int16: return "short";
                case SpecialType.System_UInt16: return "ushort";
                case SpecialType.System_Int32: return "int";
                case SpecialType.System_UInt32: return "uint";
                case SpecialType.System_Int64: return "long";
                case SpecialType.System_UInt64: return "ulong";
                case SpecialType.System_Single: return "float";
                case SpecialType.System_Double: return "double";
                case SpecialType.System_Decimal: return "decimal";
                case SpecialType.System_String: return "string";
                default: return null;
            }
        }
    }
}
