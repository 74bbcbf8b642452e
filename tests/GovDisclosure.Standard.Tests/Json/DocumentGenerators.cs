using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Codelists;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Schema;

namespace GovDisclosure.Standard.Tests.Json
{
    /// <summary>
    /// FsCheck generators of arbitrary documents of every kind, built from the model by reflection,
    /// so that a new field is covered by the round-trip properties without touching the tests.
    /// </summary>
    internal static class DocumentGenerators
    {
        private static readonly string[] Words = { "最低生活保障", "办事指南", "政府网站", "县级人民政府民政部门", "《社会救助暂行办法》", "a \"quoted\" value", "<b>&amp;</b>", "", " 空格 ", "line\nbreak", "其他对外管理服务事项", "😀" };

        public static Gen<object> For(DocumentKind kind) => ObjectOf(GovDisclosure.Standard.Shapes.DocumentShapes.For(kind).Type, depth: 0);

        private static Gen<object> ObjectOf(Type type, int depth)
        {
            if (type == typeof(ContentElement))
            {
                return from name in Text()
                       from requirement in Gen.Elements(ElementRequirement.Declared.ToArray())
                       select (object)new ContentElement(name, requirement);
            }

            if (type == typeof(TimePeriod))
            {
                return from count in Gen.Choose(0, 400)
                       from unit in Gen.Elements(TimeUnit.Declared.ToArray())
                       select (object)new TimePeriod(count, unit);
            }

            PropertyInfo[] properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.GetCustomAttribute<JsonExtensionDataAttribute>() == null)
                .ToArray();
            Gen<object?[]> values = Gen.CollectToArray(properties.Select(p => ValueOf(p.PropertyType, depth + 1)));
            Gen<Dictionary<string, JsonElement>?> extra = Extras();
            return from v in values
                   from e in extra
                   select Build(type, properties, v, e);
        }

        private static object Build(Type type, PropertyInfo[] properties, object?[] values, Dictionary<string, JsonElement>? extra)
        {
            object instance = Activator.CreateInstance(type)!;
            for (int i = 0; i < properties.Length; i++)
            {
                properties[i].SetValue(instance, values[i]);
            }

            PropertyInfo? extension = type.GetProperties().FirstOrDefault(p => p.GetCustomAttribute<JsonExtensionDataAttribute>() != null);
            extension?.SetValue(instance, extra);
            return instance;
        }

        private static Gen<Dictionary<string, JsonElement>?> Extras() =>
            Gen.Frequency(
                (3, Gen.Constant<Dictionary<string, JsonElement>?>(null)),
                (1, from key in Gen.Elements("vendorField", "x-地区扩展", "legacyId")
                    from value in Gen.Elements("1", "\"文本\"", "[1,2]", "{\"nested\":true}", "null")
                    select (Dictionary<string, JsonElement>?)new Dictionary<string, JsonElement> { [key] = JsonDocument.Parse(value).RootElement.Clone() }));

        private static Gen<string> Text() => Gen.Elements(Words);

        private static Gen<object?> ValueOf(Type type, int depth)
        {
            Type? underlying = Nullable.GetUnderlyingType(type);
            if (underlying != null)
            {
                return Gen.Frequency((1, Gen.Constant<object?>(null)), (4, ValueOf(underlying, depth)));
            }

            if (type == typeof(string))
            {
                return Gen.Frequency((1, Gen.Constant<object?>(null)), (4, Text().Select(s => (object?)s)));
            }

            if (type == typeof(int))
            {
                return Gen.Choose(-5, 100000).Select(i => (object?)i);
            }

            if (type == typeof(bool))
            {
                return Gen.Elements<object?>(true, false);
            }

            if (type == typeof(decimal))
            {
                return Gen.Choose(0, 10000000).Select(i => (object?)(i / 100m));
            }

            if (type == typeof(CalendarDate))
            {
                return Gen.Choose(new CalendarDate(1990, 1, 1).DayNumber, new CalendarDate(2030, 12, 31).DayNumber).Select(d => (object?)CalendarDate.FromDayNumber(d));
            }

            if (type == typeof(DisclosureTimeLimit))
            {
                return Gen.Elements("信息形成或者变更之日起20个工作日内", "实时公开", "视情况公开", "执法决定信息在决定作出之日起7个工作日内公开，其他相关信息形成或变更之日起20个工作日内公开")
                    .Select(t => (object?)DisclosureTimeLimit.Parse(t));
            }

            if (type == typeof(PublicationChannel))
            {
                return Gen.OneOf(
                    Gen.Elements(DisclosureChannel.Declared.Where(c => c != DisclosureChannel.Other).ToArray()).Select(c => (object?)PublicationChannel.Of(c)),
                    Gen.Elements("公共资源交易平台", "信用中国网站").Select(n => (object?)PublicationChannel.OtherNamed(n)));
            }

            if (IsCodelist(type))
            {
                object[] declared = ((IEnumerable)typeof(CodelistValue<>).MakeGenericType(type).GetProperty("Declared")!.GetValue(null)!).Cast<object>().ToArray();
                return Gen.Elements(declared).Select(v => (object?)v);
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                Type element = type.GetGenericArguments()[0];
                Gen<object?> item = ValueOf(element, depth).Where(v => v != null);
                return Gen.Choose(0, depth > 3 ? 0 : 3).SelectMany(n => Gen.ArrayOf(item, n)).Select(items =>
                {
                    Array array = Array.CreateInstance(element, items.Length);
                    for (int i = 0; i < items.Length; i++)
                    {
                        array.SetValue(items[i], i);
                    }

                    return (object?)array;
                });
            }

            if (depth > 6)
            {
                return Gen.Constant<object?>(null);
            }

            return Gen.Frequency((1, Gen.Constant<object?>(null)), (3, ObjectOf(type, depth).Select(o => (object?)o)));
        }

        private static bool IsCodelist(Type type)
        {
            for (Type? t = type.BaseType; t != null; t = t.BaseType)
            {
                if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(CodelistValue<>))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
