using System;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using GovDisclosure.Standard.Shapes;
using Xunit;

namespace GovDisclosure.Standard.Tests.Shapes
{
    /// <summary>
    /// A field path named by property names (<c>nameof</c>) is the path the same chain of property reads gives as an
    /// expression tree, for every field of the catalogue and every field of a part reached through its field.
    /// </summary>
    public sealed class FieldPathsByNameTests
    {
        /// <summary>Every chain of one catalogue field, or of a part's field and a field of that part (not a list of parts, which no property read reaches into): (owner type, property names).</summary>
        public static TheoryData<string, string[]> Chains()
        {
            var data = new TheoryData<string, string[]>();
            foreach (ObjectShape shape in DocumentShapes.Objects)
            {
                foreach (FieldShape field in shape.Fields)
                {
                    string name = PropertyOf(shape.Type, field).Name;
                    data.Add(shape.Type.AssemblyQualifiedName!, new[] { name });
                    if (DocumentShapes.Of(field.PartType) is ObjectShape part && field.ValueType == part.Type)
                    {
                        foreach (FieldShape inner in part.Fields)
                        {
                            data.Add(shape.Type.AssemblyQualifiedName!, new[] { name, PropertyOf(part.Type, inner).Name });
                        }
                    }
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Chains))]
        public void A_path_by_property_names_is_the_path_of_the_same_property_reads(string ownerName, string[] properties)
        {
            Type owner = Type.GetType(ownerName, throwOnError: true)!;

            // The expression tree a lambda such as r => r.Applications!.Outcomes gives, built by hand.
            ParameterExpression parameter = Expression.Parameter(owner, "r");
            Expression body = parameter;
            foreach (string property in properties)
            {
                body = Expression.Property(body, body.Type.GetProperty(property)!);
            }

            LambdaExpression lambda = Expression.Lambda(Expression.Convert(body, typeof(object)), parameter);
            FieldPath byExpression = FieldPaths.Of(owner, lambda);
            FieldPath byName = FieldPaths.Of(owner, properties);

            Assert.Equal(byExpression.Pointer, byName.Pointer);
            Assert.Equal(byExpression.Path, byName.Path);
            Assert.Equal(byExpression.Steps, byName.Steps);
        }

        [Fact]
        public void A_name_the_catalogue_does_not_list_fails_as_a_property_read_does()
        {
            Assert.Throws<ArgumentException>(() => FieldPaths.Of(typeof(GovDisclosure.Standard.Catalogue.CatalogueEntry), "NoSuchProperty"));
            Assert.Throws<ArgumentException>(() => FieldPaths.Of(typeof(GovDisclosure.Standard.Catalogue.CatalogueEntry)));
        }

        private static PropertyInfo PropertyOf(Type type, FieldShape field) =>
            type.GetProperties().Single(p => string.Equals(p.Name, field.Name, StringComparison.OrdinalIgnoreCase));
    }
}
