using System;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Schema;

namespace GovDisclosure.Standard.Tests.Validation
{
    public class BinderCoverageTests
    {
        private static readonly HashSet<Type> PlainScalars = new HashSet<Type>
        {
            typeof(string), typeof(int), typeof(long), typeof(decimal), typeof(double), typeof(bool),
            typeof(CalendarDate), typeof(DisclosureTimeLimit), typeof(PublicationChannel),
        };

        [Fact]
        public void Binding_knows_every_value_type_a_document_can_hold()
        {
            var unknown = new List<string>();
            var seen = new HashSet<Type>();
            foreach (DocumentKind kind in DocumentKind.Declared)
            {
                Walk(GovDisclosure.Standard.Shapes.DocumentShapes.For(kind).Type, kind.Code, seen, unknown);
            }

            Assert.True(unknown.Count == 0, "Binding does not know: " + string.Join(", ", unknown));
        }

        private static void Walk(Type declared, string path, HashSet<Type> seen, List<string> unknown)
        {
            Type type = Nullable.GetUnderlyingType(declared) ?? declared;
            if (!seen.Add(type) || PlainScalars.Contains(type) || CodelistReader.For(type) != null)
            {
                return;
            }

            JsonTypeInfo info = CanonicalJson.Options.GetTypeInfo(type);
            switch (info.Kind)
            {
                case JsonTypeInfoKind.Object:
                    foreach (JsonPropertyInfo property in info.Properties)
                    {
                        if (!property.IsExtensionData)
                        {
                            Walk(property.PropertyType, path + "/" + property.Name, seen, unknown);
                        }
                    }

                    break;
                case JsonTypeInfoKind.Enumerable:
                    Walk(info.ElementType!, path + "/*", seen, unknown);
                    break;
                default:
                    unknown.Add(path + " (" + type.Name + ")");
                    break;
            }
        }
    }
}
