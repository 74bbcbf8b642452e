using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// The fields of one model type (a document, or a part of one such as a service material or a
    /// row of an annual report's table), in the order a table or a form lists them.
    /// </summary>
    public sealed class ObjectShape
    {
        private readonly Dictionary<string, FieldShape> byName;

        internal ObjectShape(Type type, IReadOnlyList<FieldShape> fields)
        {
            Type = type;
            Fields = fields;
            byName = new Dictionary<string, FieldShape>(StringComparer.Ordinal);
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0)
                .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), StringComparer.Ordinal);
            foreach (FieldShape field in fields)
            {
                if (!properties.TryGetValue(field.Name, out PropertyInfo? property))
                {
                    throw new InvalidOperationException($"{type.Name} has no property for the field '{field.Name}'.");
                }

                field.Attach(property);
                byName.Add(field.Name, field);
            }
        }

        /// <summary>The model type.</summary>
        public Type Type { get; }

        /// <summary>The fields, in table or form order.</summary>
        public IReadOnlyList<FieldShape> Fields { get; }

        /// <summary>The field with a JSON name, or <c>null</c>.</summary>
        /// <param name="name">A JSON property name, e.g. <c>timeLimit</c>.</param>
        public FieldShape? Field(string name) => byName.TryGetValue(name, out FieldShape? field) ? field : null;
    }
}
