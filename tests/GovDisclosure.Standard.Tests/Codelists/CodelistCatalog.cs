using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Tests.Codelists
{
    /// <summary>Every code list the library declares, found by reflection, with untyped access for table-driven tests.</summary>
    internal static class CodelistCatalog
    {
        public static IReadOnlyList<Type> Types { get; } = typeof(CodelistValue<>).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(CodelistValue<>))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();

        public static IReadOnlyList<object> Declared(Type codelist) =>
            ((IEnumerable)Base(codelist).GetProperty("Declared", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).Cast<object>().ToArray();

        public static object? TryParse(Type codelist, string text)
        {
            object?[] arguments = { text, null };
            bool found = (bool)Base(codelist).GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments)!;
            return found ? arguments[1] : null;
        }

        public static string Code(object value) => (string)value.GetType().GetProperty("Code")!.GetValue(value)!;

        public static string ChineseName(object value) => (string)value.GetType().GetProperty("ChineseName")!.GetValue(value)!;

        public static IReadOnlyList<string> Synonyms(object value) => (IReadOnlyList<string>)value.GetType().GetProperty("Synonyms")!.GetValue(value)!;

        public static int Order(object value) => (int)value.GetType().GetProperty("Value")!.GetValue(value)!;

        private static Type Base(Type codelist) => typeof(CodelistValue<>).MakeGenericType(codelist);
    }
}
