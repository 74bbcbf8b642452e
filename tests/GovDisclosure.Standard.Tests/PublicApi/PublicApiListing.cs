using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace GovDisclosure.Standard.Tests.PublicApi
{
    /// <summary>
    /// The public API of an assembly as text, in PublicApiGenerator's format (default options, types
    /// ordered by namespace then full name): assembly attributes, then one block per namespace in
    /// ordinal order, types by full name with their full declarations, and members grouped fields,
    /// constructors, properties, events, methods, nested types — instance before static, then by name,
    /// type-parameter count, parameter count and parameter types. Bodies are <c>{ }</c>. As in
    /// PublicApiGenerator, records are listed as classes, and members the compiler generates
    /// (record equality, <c>EqualityContract</c>, <c>&lt;Clone&gt;$</c>) are left out.
    /// </summary>
    internal static class PublicApiListing
    {
        private const string Indent = "    ";

        /// <summary>The listing of an assembly loaded into a compilation.</summary>
        public static string Generate(IAssemblySymbol assembly)
        {
            var lines = new List<string>();
            lines.AddRange(ApiAttributeText.For(assembly.GetAttributes(), "assembly: "));

            var types = AllTypes(assembly.GlobalNamespace)
                .Where(t => t.ContainingType is null && IsListedType(t))
                .Select(t => (Namespace: t.ContainingNamespace.IsGlobalNamespace ? string.Empty : t.ContainingNamespace.ToDisplayString(), Type: t))
                .OrderBy(t => t.Namespace, StringComparer.Ordinal)
                .ThenBy(t => ApiTypeNames.MetadataFullName(t.Type), StringComparer.Ordinal)
                .ToList();

            foreach (var group in types.GroupBy(t => t.Namespace))
            {
                if (group.Key.Length == 0)
                {
                    foreach (var t in group)
                    {
                        WriteType(lines, t.Type, 0);
                    }

                    continue;
                }

                lines.Add("namespace " + group.Key);
                lines.Add("{");
                foreach (var t in group)
                {
                    WriteType(lines, t.Type, 1);
                }

                lines.Add("}");
            }

            return string.Join("\n", lines);
        }

        private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
        {
            foreach (INamedTypeSymbol type in ns.GetTypeMembers())
            {
                yield return type;
            }

            foreach (INamespaceSymbol child in ns.GetNamespaceMembers())
            {
                foreach (INamedTypeSymbol type in AllTypes(child))
                {
                    yield return type;
                }
            }
        }

        private static bool IsListedType(INamedTypeSymbol type) =>
            ApiSymbols.IsVisibleOutside(type) && !ApiSymbols.IsCompilerGenerated(type) && !type.Name.StartsWith("<", StringComparison.Ordinal);

        private static string Pad(int level) => string.Concat(Enumerable.Repeat(Indent, level));

        private static void WriteType(List<string> lines, INamedTypeSymbol type, int level)
        {
            string pad = Pad(level);
            var attributes = new List<string>(ApiAttributeText.For(type.GetAttributes()));
            if (type.IsSerializable && !attributes.Any(a => a.StartsWith("[System.Serializable", StringComparison.Ordinal)))
            {
                attributes.Add("[System.Serializable]");
            }

            lines.AddRange(attributes.Select(a => pad + a));

            if (type.TypeKind == TypeKind.Delegate)
            {
                IMethodSymbol invoke = type.DelegateInvokeMethod!;
                lines.AddRange(ApiAttributeText.For(invoke.GetReturnTypeAttributes(), "return: ").Select(a => pad + a));
                lines.Add(pad + ApiSymbols.AccessModifier(type.DeclaredAccessibility) + "delegate " + ReturnType(invoke) + " " + type.Name
                    + TypeParameterList(type.TypeParameters) + "(" + Parameters(invoke) + ");");
                return;
            }

            var header = new StringBuilder(pad);
            header.Append(ApiSymbols.AccessModifier(type.DeclaredAccessibility));
            header.Append(TypeKeywords(type));
            header.Append(type.Name);
            header.Append(TypeParameterList(type.TypeParameters));
            IReadOnlyList<string> bases = BaseTypes(type);
            if (bases.Count > 0)
            {
                header.Append(" : ").Append(string.Join(", ", bases));
            }

            var declaration = new List<string> { header.ToString() };
            declaration.AddRange(Constraints(type.TypeParameters).Select(c => Pad(level + 1) + c));

            List<string> body = type.TypeKind == TypeKind.Enum ? EnumMembers(type, level + 1) : Members(type, level + 1);
            if (body.Count == 0)
            {
                declaration[declaration.Count - 1] += " { }";
                lines.AddRange(declaration);
                return;
            }

            lines.AddRange(declaration);
            lines.Add(pad + "{");
            lines.AddRange(body);
            lines.Add(pad + "}");
        }

        private static string TypeKeywords(INamedTypeSymbol type)
        {
            switch (type.TypeKind)
            {
                case TypeKind.Struct:
                    return (type.IsReadOnly ? "readonly " : string.Empty) + (type.IsRefLikeType ? "ref " : string.Empty) + "struct ";
                case TypeKind.Enum:
                    return "enum ";
                case TypeKind.Interface:
                    return "interface ";
                default:
                    if (type.IsStatic)
                    {
                        return "static class ";
                    }

                    return (type.IsSealed ? "sealed " : string.Empty) + (type.IsAbstract ? "abstract " : string.Empty) + "class ";
            }
        }

        private static IReadOnlyList<string> BaseTypes(INamedTypeSymbol type)
        {
            var bases = new List<string>();
            if (type.TypeKind == TypeKind.Enum)
            {
                if (type.EnumUnderlyingType != null && type.EnumUnderlyingType.SpecialType != SpecialType.System_Int32)
                {
                    bases.Add(ApiTypeNames.Format(type.EnumUnderlyingType));
                }

                return bases;
            }

            if (type.TypeKind == TypeKind.Class && type.BaseType != null && type.BaseType.SpecialType != SpecialType.System_Object)
            {
                bases.Add(ApiTypeNames.Format(type.BaseType));
            }

            bases.AddRange(type.Interfaces
                .Where(i => ApiSymbols.IsVisibleOutside(i.OriginalDefinition))
                .OrderBy(ApiTypeNames.ConstructedFullName, StringComparer.Ordinal)
                .Select(i => ApiTypeNames.Format(i)));
            return bases;
        }

        private static string TypeParameterList(IEnumerable<ITypeParameterSymbol> parameters)
        {
            var names = parameters.Select(p =>
            {
                string attributes = string.Concat(ApiAttributeText.For(p.GetAttributes()).Select(a => a + " "));
                string variance = p.Variance == VarianceKind.Out ? "out " : p.Variance == VarianceKind.In ? "in " : string.Empty;
                return attributes + variance + p.Name;
            }).ToList();
            return names.Count == 0 ? string.Empty : "<" + string.Join(", ", names) + ">";
        }

        private static IEnumerable<string> Constraints(IEnumerable<ITypeParameterSymbol> parameters)
        {
            foreach (ITypeParameterSymbol p in parameters)
            {
                var parts = new List<string>();
                if (p.HasUnmanagedTypeConstraint)
                {
                    parts.Add(" unmanaged");
                }
                else if (p.HasValueTypeConstraint)
                {
                    parts.Add(" struct");
                }

                if (p.HasReferenceTypeConstraint)
                {
                    parts.Add(p.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? " class?" : " class");
                }
                else if (p.HasNotNullConstraint)
                {
                    parts.Add(" notnull");
                }

                parts.AddRange(p.ConstraintTypes.Select(t => ApiTypeNames.Format(t)));
                bool constructor = p.HasConstructorConstraint && !p.HasValueTypeConstraint;
                if (parts.Count == 0 && !constructor)
                {
                    continue;
                }

                string text = parts.Count == 0
                    ? "where " + p.Name + " : new()"
                    : "where " + p.Name + " : " + string.Join(", ", parts) + (constructor ? ", new ()" : string.Empty);
                yield return text;
            }
        }

        private static List<string> EnumMembers(INamedTypeSymbol type, int level)
        {
            var lines = new List<string>();
            foreach (IFieldSymbol field in type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue && f.IsStatic))
            {
                lines.AddRange(ApiAttributeText.For(field.GetAttributes()).Select(a => Pad(level) + a));
                lines.Add(Pad(level) + field.Name + " = " + ApiAttributeText.Primitive(field.ConstantValue) + ",");
            }

            return lines;
        }

        private static List<string> Members(INamedTypeSymbol type, int level)
        {
            var entries = new List<MemberEntry>();
            foreach (ISymbol member in type.GetMembers())
            {
                if (member.IsImplicitlyDeclared || ApiSymbols.IsCompilerGenerated(member) || !IsListedMember(member))
                {
                    continue;
                }

                if (member.Name == "EqualityContract" && type.IsRecord)
                {
                    continue;
                }

                MemberEntry? entry = Describe(member, level);
                if (entry != null)
                {
                    entries.Add(entry);
                }
            }

            foreach (INamedTypeSymbol nested in type.GetTypeMembers().Where(IsListedType))
            {
                var lines = new List<string>();
                WriteType(lines, nested, level);
                entries.Add(new MemberEntry(MemberGroup.NestedType, false, ApiTypeNames.MetadataFullName(nested), 0, Array.Empty<IParameterSymbol>(), lines));
            }

            return entries
                .OrderBy(e => e.Group)
                .ThenBy(e => e.IsStatic)
                .ThenBy(e => e.SortName, StringComparer.Ordinal)
                .ThenBy(e => e.TypeParameterCount)
                .ThenBy(e => e.Parameters.Count)
                .ThenBy(e => e, ParameterListComparer.Instance)
                .SelectMany(e => e.Lines)
                .ToList();
        }

        private static bool IsListedMember(ISymbol member)
        {
            if (member is IPropertySymbol property)
            {
                return IsAccessorListed(property.GetMethod) || IsAccessorListed(property.SetMethod);
            }

            if (member is IEventSymbol @event)
            {
                return IsAccessorListed(@event.AddMethod) || IsAccessorListed(@event.RemoveMethod);
            }

            return ApiSymbols.IsPublicOrProtected(member.DeclaredAccessibility);
        }

        private static bool IsAccessorListed(IMethodSymbol? accessor) => accessor != null && ApiSymbols.IsPublicOrProtected(accessor.DeclaredAccessibility);

        private static MemberEntry? Describe(ISymbol member, int level)
        {
            string pad = Pad(level);
            var lines = new List<string>(ApiAttributeText.For(member.GetAttributes()).Select(a => pad + a));
            bool inInterface = member.ContainingType.TypeKind == TypeKind.Interface;
            switch (member)
            {
                case IFieldSymbol field:
                {
                    if (field.IsImplicitlyDeclared || field.AssociatedSymbol != null)
                    {
                        return null;
                    }

                    var text = new StringBuilder(pad);
                    text.Append(ApiSymbols.AccessModifier(field.DeclaredAccessibility));
                    text.Append(ApiSymbols.HidingModifier(field));
                    text.Append(field.IsConst ? "const " : field.IsStatic ? "static " : string.Empty);
                    text.Append(field.IsReadOnly ? "readonly " : string.Empty);
                    text.Append(field.IsVolatile ? "volatile " : string.Empty);
                    text.Append(ApiTypeNames.Format(field.Type)).Append(' ').Append(field.Name);
                    if (field.IsConst)
                    {
                        text.Append(" = ").Append(ApiAttributeText.Primitive(field.ConstantValue));
                    }

                    lines.Add(text.Append(';').ToString());
                    return new MemberEntry(MemberGroup.Field, field.IsStatic && !field.IsConst, field.Name, 0, Array.Empty<IParameterSymbol>(), lines);
                }

                case IMethodSymbol method when method.MethodKind == MethodKind.Constructor:
                    lines.Add(pad + ApiSymbols.AccessModifier(method.DeclaredAccessibility) + method.ContainingType.Name + "(" + Parameters(method) + ") { }");
                    return new MemberEntry(MemberGroup.Constructor, false, ".ctor", 0, method.Parameters, lines);

                case IMethodSymbol method when method.MethodKind == MethodKind.Ordinary
                    || method.MethodKind == MethodKind.UserDefinedOperator
                    || method.MethodKind == MethodKind.Conversion
                    || method.MethodKind == MethodKind.Destructor:
                {
                    string name = OperatorName(method.MetadataName);
                    lines.AddRange(ApiAttributeText.For(method.GetReturnTypeAttributes(), "return: ").Select(a => pad + a));
                    string modifiers = inInterface
                        ? string.Empty
                        : ApiSymbols.AccessModifier(method.DeclaredAccessibility) + ApiSymbols.HidingModifier(method) + ApiSymbols.ScopeModifier(method);
                    var constraints = Constraints(method.TypeParameters).Select(c => Pad(level + 1) + c).ToList();
                    string signature = pad + modifiers + ReturnType(method) + " " + name + TypeParameterList(method.TypeParameters) + "(" + Parameters(method) + ")";
                    string end = inInterface || method.IsAbstract ? ";" : " { }";
                    if (constraints.Count == 0)
                    {
                        lines.Add(signature + end);
                    }
                    else
                    {
                        lines.Add(signature);
                        constraints[constraints.Count - 1] += end;
                        lines.AddRange(constraints);
                    }

                    return new MemberEntry(MemberGroup.Method, method.IsStatic, name, method.TypeParameters.Length, method.Parameters, lines);
                }

                case IPropertySymbol property:
                {
                    string modifiers = inInterface
                        ? string.Empty
                        : ApiSymbols.AccessModifier(PropertyAccess(property)) + ApiSymbols.HidingModifier(property) + ApiSymbols.ScopeModifier(property);
                    string required = property.IsRequired ? "required " : string.Empty;
                    string name = property.IsIndexer
                        ? "this[" + string.Join(", ", property.Parameters.Select(p => ApiTypeNames.Format(p.Type) + " " + p.Name)) + "]"
                        : property.Name;
                    var accessors = new StringBuilder(" { ");
                    Accessibility access = PropertyAccess(property);
                    if (IsAccessorListed(property.GetMethod))
                    {
                        accessors.Append(AccessorModifier(property.GetMethod!, access)).Append("get; ");
                    }

                    if (IsAccessorListed(property.SetMethod))
                    {
                        accessors.Append(AccessorModifier(property.SetMethod!, access)).Append(property.SetMethod!.IsInitOnly ? "init; " : "set; ");
                    }

                    lines.Add(pad + modifiers + required + ApiTypeNames.Format(property.Type) + " " + name + accessors + "}");
                    return new MemberEntry(MemberGroup.Property, property.IsStatic, property.IsIndexer ? "Item" : property.Name, 0, Array.Empty<IParameterSymbol>(), lines);
                }

                case IEventSymbol @event:
                {
                    string modifiers = inInterface
                        ? string.Empty
                        : ApiSymbols.AccessModifier(@event.DeclaredAccessibility) + ApiSymbols.HidingModifier(@event) + ApiSymbols.ScopeModifier(@event);
                    lines.Add(pad + modifiers + "event " + ApiTypeNames.Format(@event.Type) + " " + @event.Name + ";");
                    return new MemberEntry(MemberGroup.Event, @event.IsStatic, @event.Name, 0, Array.Empty<IParameterSymbol>(), lines);
                }

                default:
                    return null;
            }
        }

        private static Accessibility PropertyAccess(IPropertySymbol property)
        {
            Accessibility get = property.GetMethod?.DeclaredAccessibility ?? Accessibility.NotApplicable;
            Accessibility set = property.SetMethod?.DeclaredAccessibility ?? Accessibility.NotApplicable;
            if (get == Accessibility.Public || set == Accessibility.Public)
            {
                return Accessibility.Public;
            }

            return ApiSymbols.IsPublicOrProtected(get) || ApiSymbols.IsPublicOrProtected(set) ? Accessibility.Protected : property.DeclaredAccessibility;
        }

        private static string AccessorModifier(IMethodSymbol accessor, Accessibility propertyAccess)
        {
            string own = ApiSymbols.AccessModifier(accessor.DeclaredAccessibility);
            return own == ApiSymbols.AccessModifier(propertyAccess) ? string.Empty : own;
        }

        private static string ReturnType(IMethodSymbol method)
        {
            string type = ApiTypeNames.Format(method.ReturnType);
            return method.ReturnsByRefReadonly ? "ref readonly " + type : method.ReturnsByRef ? "ref " + type : type;
        }

        private static string Parameters(IMethodSymbol method) =>
            string.Join(", ", method.Parameters.Select((p, i) => Parameter(p, i == 0 && method.IsExtensionMethod)));

        private static string Parameter(IParameterSymbol parameter, bool isThis)
        {
            var text = new StringBuilder();
            foreach (string attribute in ApiAttributeText.For(parameter.GetAttributes()))
            {
                text.Append(attribute).Append(' ');
            }

            if (parameter.IsParams)
            {
                text.Append("params ");
            }

            switch (parameter.RefKind)
            {
                case RefKind.Out: text.Append("out "); break;
                case RefKind.Ref: text.Append("ref "); break;
                default: break;
            }

            if (isThis)
            {
                text.Append("this ");
            }

            if (parameter.RefKind == RefKind.In)
            {
                text.Append("in ");
            }

            text.Append(ApiTypeNames.Format(parameter.Type)).Append(' ').Append(parameter.Name);
            if (parameter.HasExplicitDefaultValue)
            {
                text.Append(" = ").Append(DefaultValue(parameter));
            }

            return text.ToString();
        }

        private static string DefaultValue(IParameterSymbol parameter)
        {
            object? value = parameter.ExplicitDefaultValue;
            if (value is string s)
            {
                return "\"" + s + "\"";
            }

            if (value is bool b)
            {
                return b ? "true" : "false";
            }

            if (value != null)
            {
                return value is IFormattable f ? f.ToString(null, System.Globalization.CultureInfo.InvariantCulture) : value.ToString() ?? string.Empty;
            }

            if (parameter.Type is ITypeParameterSymbol tp)
            {
                return tp.HasReferenceTypeConstraint ? "null" : "default";
            }

            return parameter.Type.IsValueType && parameter.Type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T ? "default" : "null";
        }

        private static string OperatorName(string metadataName)
        {
            switch (metadataName)
            {
                case "op_False": return "operator false";
                case "op_True": return "operator true";
                case "op_Addition": return "operator +";
                case "op_UnaryPlus": return "operator +";
                case "op_Subtraction": return "operator -";
                case "op_UnaryNegation": return "operator -";
                case "op_Multiply": return "operator *";
                case "op_Division": return "operator /";
                case "op_Modulus": return "operator %";
                case "op_Increment": return "operator ++";
                case "op_Decrement": return "operator --";
                case "op_OnesComplement": return "operator ~";
                case "op_LogicalNot": return "operator !";
                case "op_BitwiseAnd": return "operator &";
                case "op_BitwiseOr": return "operator |";
                case "op_ExclusiveOr": return "operator ^";
                case "op_LeftShift": return "operator <<";
                case "op_RightShift": return "operator >>";
                case "op_Equality": return "operator ==";
                case "op_Inequality": return "operator !=";
                case "op_GreaterThan": return "operator >";
                case "op_GreaterThanOrEqual": return "operator >=";
                case "op_LessThan": return "operator <";
                case "op_LessThanOrEqual": return "operator <=";
                default: return metadataName;
            }
        }

        private enum MemberGroup
        {
            Field,
            Constructor,
            Property,
            Event,
            Method,
            NestedType,
        }

        private sealed class MemberEntry
        {
            public MemberEntry(MemberGroup group, bool isStatic, string sortName, int typeParameterCount, IReadOnlyList<IParameterSymbol> parameters, List<string> lines)
            {
                Group = group;
                IsStatic = isStatic;
                SortName = sortName;
                TypeParameterCount = typeParameterCount;
                Parameters = parameters;
                Lines = lines;
            }

            public MemberGroup Group { get; }

            public bool IsStatic { get; }

            public string SortName { get; }

            public int TypeParameterCount { get; }

            public IReadOnlyList<IParameterSymbol> Parameters { get; }

            public List<string> Lines { get; }
        }

        /// <summary>Overloads in PublicApiGenerator's order: by each parameter's type name, then its name.</summary>
        private sealed class ParameterListComparer : IComparer<MemberEntry>
        {
            public static readonly ParameterListComparer Instance = new ParameterListComparer();

            public int Compare(MemberEntry? x, MemberEntry? y)
            {
                if (x is null || y is null)
                {
                    return x is null ? (y is null ? 0 : -1) : 1;
                }

                for (int i = 0; i < Math.Min(x.Parameters.Count, y.Parameters.Count); i++)
                {
                    int byType = string.CompareOrdinal(ApiTypeNames.Format(x.Parameters[i].Type, withNullability: false), ApiTypeNames.Format(y.Parameters[i].Type, withNullability: false));
                    if (byType != 0)
                    {
                        return byType;
                    }

                    int byName = string.CompareOrdinal(x.Parameters[i].Name, y.Parameters[i].Name);
                    if (byName != 0)
                    {
                        return byName;
                    }
                }

                return x.Parameters.Count.CompareTo(y.Parameters.Count);
            }
        }
    }
}
