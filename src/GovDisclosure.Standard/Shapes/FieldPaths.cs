using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Reflection;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// The path of a field named by the model's own properties (<c>r =&gt; r.Applications!.Outcomes!.Total</c>),
    /// taken through the field catalogue: its pointer is the catalogue's JSON names, so a field renamed in the
    /// model or in <see cref="DocumentShapes"/> is renamed everywhere its path is used, and a property the
    /// catalogue does not list fails at once.
    /// </summary>
    internal static class FieldPaths
    {
        /// <summary>The path of the field <paramref name="member"/> reaches from <typeparamref name="TOwner"/> (a document or a part), e.g. <c>/applications/outcomes/total</c>.</summary>
        /// <typeparam name="TOwner">The shaped type the path starts from.</typeparam>
        /// <param name="member">A chain of property reads, e.g. <c>r =&gt; r.Applications!.Outcomes</c>.</param>
        public static FieldPath Of<TOwner>(Expression<Func<TOwner, object?>> member) => Of(typeof(TOwner), member);

        /// <summary>
        /// The path of the field reached from <typeparamref name="TOwner"/> through the properties named
        /// <paramref name="properties"/> in turn (each as <c>nameof</c> gives it, e.g. <c>nameof(AnnualReport.Applications),
        /// nameof(ApplicationTable.Outcomes)</c>): the path the same chain of property reads gives, with no expression tree made.
        /// </summary>
        /// <typeparam name="TOwner">The shaped type the path starts from.</typeparam>
        /// <param name="properties">The model's property names, from <typeparamref name="TOwner"/> on.</param>
        public static FieldPath Of<TOwner>(params string[] properties) => Of(typeof(TOwner), properties);

        /// <summary>The path of the field reached from <paramref name="owner"/> through the properties named <paramref name="properties"/> in turn.</summary>
        /// <param name="owner">The shaped type the path starts from.</param>
        /// <param name="properties">The model's property names, from <paramref name="owner"/> on.</param>
        public static FieldPath Of(Type owner, params string[] properties)
        {
            if (properties is null || properties.Length == 0)
            {
                throw new ArgumentException("A field path names at least one property.", nameof(properties));
            }

            var steps = new List<FieldShape>(properties.Length);
            Type type = owner;
            foreach (string property in properties)
            {
                FieldShape field = FieldOf(type, property);
                steps.Add(field);
                type = field.PartType;
            }

            return new FieldPath(steps);
        }

        /// <summary>The path of the field <paramref name="member"/> reaches from <paramref name="owner"/>.</summary>
        /// <param name="owner">The shaped type the path starts from.</param>
        /// <param name="member">A chain of property reads from the lambda's one parameter.</param>
        public static FieldPath Of(Type owner, LambdaExpression member)
        {
            var properties = new List<PropertyInfo>();
            Expression? at = member.Body;
            while (at is UnaryExpression { NodeType: ExpressionType.Convert } convert)
            {
                at = convert.Operand;
            }

            while (at is MemberExpression { Member: PropertyInfo property } read)
            {
                properties.Insert(0, property);
                at = read.Expression;
            }

            if (!(at is ParameterExpression) || properties.Count == 0)
            {
                throw new ArgumentException("A field path is a chain of property reads from the parameter: " + member, nameof(member));
            }

            return Of(owner, properties.ConvertAll(p => p.Name).ToArray());
        }

        /// <summary>The field of <paramref name="type"/>'s shape that the property named <paramref name="property"/> holds.</summary>
        private static FieldShape FieldOf(Type type, string property)
        {
            ObjectShape shape = DocumentShapes.Of(type) ?? throw new ArgumentException(type.Name + " has no shape in the field catalogue.", nameof(type));
            foreach (FieldShape field in shape.Fields)
            {
                if (field.Property.Name == property)
                {
                    return field;
                }
            }

            throw new ArgumentException(type.Name + "." + property + " is not a field of the catalogue.", nameof(property));
        }
    }
}
