using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace GovDisclosure.Standard.Tests.PublicApi
{
    /// <summary>
    /// Attributes as PublicApiGenerator writes them: <c>[Namespace.Name(positional, Named=value)]</c>,
    /// without the <c>Attribute</c> suffix, named fields before named properties, each by name,
    /// and the attributes of one symbol ordered by type name and then by text.
    /// </summary>
    internal static class ApiAttributeText
    {
        /// <summary>The shown attributes of a symbol, in listing order, each as <c>[…]</c> with an optional target prefix.</summary>
        public static IReadOnlyList<string> For(IEnumerable<AttributeData> attributes, string prefix = "")
        {
            return attributes
                .Where(ApiAttributeFilter.IsShown)
                .Select(a => (Name: ApiAttributeFilter.FullName(a), Text: "[" + prefix + Write(a) + "]"))
                .OrderBy(a => a.Name, StringComparer.Ordinal)
                .ThenBy(a => a.Text, StringComparer.Ordinal)
                .Select(a => a.Text)
                .ToList();
        }

        private static string Write(AttributeData attribute)
        {
            INamedTypeSymbol type = attribute.AttributeClass!;
            string name = ApiTypeNames.Format(type, withNullability: false);
            if (name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length)
            {
                name = name.Substring(0, name.Length - "Attribute".Length);
            }

            var arguments = new List<string>();
            arguments.AddRange(attribute.ConstructorArguments.Select(Constant));
            var named = attribute.NamedArguments
                .Select(n => (IsField: IsField(type, n.Key), n.Key, n.Value))
                .OrderBy(n => n.IsField ? 0 : 1)
                .ThenBy(n => n.Key, StringComparer.Ordinal);
            arguments.AddRange(named.Select(n => n.Key + "=" + Constant(n.Value)));
            return arguments.Count == 0 ? name : name + "(" + string.Join(", ", arguments) + ")";
        }

        private static bool IsField(INamedTypeSymbol type, string name)
        {
            for (INamedTypeSymbol? t = type; t != null; t = t.BaseType)
            {
                if (t.GetMembers(name).OfType<IFieldSymbol>().Any())
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An attribute argument as C#.</summary>
        public static string Constant(TypedConstant constant)
        {
            if (constant.IsNull)
            {
                return "null";
            }

            switch (constant.Kind)
            {
                case TypedConstantKind.Array:
                    return "new " + ApiTypeNames.Format(constant.Type!, withNullability: false) + " { " + string.Join(", ", constant.Values.Select(Constant)) + " }";
                case TypedConstantKind.Type:
                    return "typeof(" + ApiTypeNames.Format((ITypeSymbol)constant.Value!, withNullability: false) + ")";
                case TypedConstantKind.Enum:
                    return EnumValue((INamedTypeSymbol)constant.Type!, constant.Value!);
                default:
                    return Primitive(constant.Value);
            }
        }

        /// <summary>A constant value as a C# literal, as CodeDOM writes it.</summary>
        public static string Primitive(object? value)
        {
            switch (value)
            {
                case null: return "null";
                case string s: return Quote(s);
                case bool b: return b ? "true" : "false";
                case char c: return "'" + Escape(c.ToString(), '\'') + "'";
                case uint u: return u.ToString(CultureInfo.InvariantCulture) + "u";
                case ulong ul: return ul.ToString(CultureInfo.InvariantCulture) + "ul";
                case float f: return f.ToString("R", CultureInfo.InvariantCulture) + "F";
                case double d: return d.ToString("R", CultureInfo.InvariantCulture) + "D";
                case decimal m: return m.ToString(CultureInfo.InvariantCulture) + "m";
                case IFormattable formattable: return formattable.ToString(null, CultureInfo.InvariantCulture);
                default: return value.ToString() ?? string.Empty;
            }
        }

        private static string EnumValue(INamedTypeSymbol enumType, object value)
        {
            string typeName = ApiTypeNames.Format(enumType, withNullability: false);
            long raw = Convert.ToInt64(value, CultureInfo.InvariantCulture);
            var fields = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToList();
            IFieldSymbol? exact = fields.FirstOrDefault(f => Convert.ToInt64(f.ConstantValue, CultureInfo.InvariantCulture) == raw);
            if (exact != null)
            {
                return typeName + "." + exact.Name;
            }

            bool isFlags = enumType.GetAttributes().Any(a => a.AttributeClass?.Name == "FlagsAttribute");
            if (isFlags)
            {
                var parts = fields
                    .Where(f => { long v = Convert.ToInt64(f.ConstantValue, CultureInfo.InvariantCulture); return v != 0 && (raw & v) == v; })
                    .Select(f => typeName + "." + f.Name);
                return string.Join(" | ", parts);
            }

            return "(" + typeName + ")" + raw.ToString(CultureInfo.InvariantCulture);
        }

        private static string Quote(string s) => "\"" + Escape(s, '"') + "\"";

        private static string Escape(string s, char quote)
        {
            var b = new StringBuilder(s.Length + 2);
            foreach (char c in s)
            {
                switch (c)
                {
                    case '\r': b.Append("\\r"); break;
                    case '\t': b.Append("\\t"); break;
                    case '\n': b.Append("\\n"); break;
                    case '\0': b.Append("\\0"); break;
                    case '\\': b.Append("\\\\"); break;
                    case '\u2028': b.Append("\\u2028"); break;
                    case '\u2029': b.Append("\\u2029"); break;
                    default:
                        if (c == quote || c == '\'' || c == '"')
                        {
                            b.Append('\\');
                        }

                        b.Append(c);
                        break;
                }
            }

            return b.ToString();
        }
    }
}
