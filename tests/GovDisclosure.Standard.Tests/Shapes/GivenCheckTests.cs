using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Tests.Json;
using Xunit;

namespace GovDisclosure.Standard.Tests.Shapes
{
    /// <summary>
    /// The completeness rules ask each required field through a check made once for the document type (<see cref="GivenCheck{TOwner}"/>):
    /// on documents of every kind whose texts are at random absent, empty, blank or white space of every width, whose lists are at
    /// random empty or of blank items and whose yes/no exemptions are at random false, every field of the document answers
    /// as <see cref="FieldPath.IsGivenIn"/> answers it.
    /// </summary>
    public class GivenCheckTests
    {
        private static readonly string[] Blanks = { "", " ", "\u3000", "\t\n", " \u00A0 " };

        /// <summary>A document of any kind, and a seed for how it is blanked (<see cref="Blank"/>).</summary>
        private static readonly Gen<(object Document, int Seed)> Documents =
            from made in Gen.OneOf(DocumentShapes.All.Select(shape => DocumentGenerators.For(shape.Kind)).ToArray())
            from seed in Gen.Choose(0, int.MaxValue)
            select (made, seed);

        [Property(MaxTest = 400)]
        public Property Every_field_of_a_document_is_given_as_its_path_tells_it()
        {
            return Prop.ForAll(Documents.ToArbitrary(), run =>
            {
                object document = run.Document;
                Blank(document, new Random(run.Seed), depth: 0);
                var agrees = (Func<object, bool>)typeof(GivenCheckTests).GetMethod(nameof(EveryFieldAgrees), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(document.GetType()).CreateDelegate(typeof(Func<object, bool>));
                return agrees(document);
            });
        }

        [Fact]
        public void Every_required_field_of_a_catalogue_entry_is_read_through_its_own_type()
        {
            // The fast path is the one taken: no catalogue entry's required field is asked through its path.
            foreach (FieldPath path in DocumentShapes.ForType(typeof(CatalogueEntry))!.RequiredFields())
            {
                Assert.NotEqual("ThroughPath", GivenCheck<CatalogueEntry>.For(path).GetType().Name);
            }

            Assert.NotEqual("ThroughPath", GivenCheck<CatalogueEntry>.For(FieldPaths.Of<CatalogueEntry>(nameof(CatalogueEntry.Domain))).GetType().Name);
            Assert.NotEqual("ThroughPath", GivenCheck<CatalogueEntry>.For(FieldPaths.Of<CatalogueEntry>(nameof(CatalogueEntry.Categories))).GetType().Name);
        }

        /// <summary>Whether every field of <paramref name="document"/>'s shape, its required paths and its columns answer through their checks as through their paths.</summary>
        private static bool EveryFieldAgrees<TDocument>(object document)
            where TDocument : class
        {
            var typed = (TDocument)document;
            DocumentShape shape = DocumentShapes.ForType(typeof(TDocument))!;
            IEnumerable<FieldPath> paths = shape.Root.Fields.Select(f => new FieldPath(new[] { f })).Concat(shape.RequiredFields()).Concat(shape.Columns);
            foreach (FieldPath path in paths)
            {
                // Twice: the first answer must not change what the check remembers for the next.
                GivenCheck<TDocument> check = GivenCheck<TDocument>.For(path);
                if (check.IsGivenIn(typed) != path.IsGivenIn(document) || check.IsGivenIn(typed) != path.IsGivenIn(document))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Blanks the document's texts, lists and exemptions at random: a text becomes absent, empty or white space; a list empty,
        /// or of blank texts or of parts blanked in turn; a yes/no false or absent.
        /// </summary>
        private static void Blank(object value, Random random, int depth)
        {
            if (depth > 8 || DocumentShapes.Of(value.GetType()) is null)
            {
                return;
            }

            foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanRead && p.CanWrite))
            {
                Type type = property.PropertyType;
                int how = random.Next(4);
                if (type == typeof(string))
                {
                    if (how > 0)
                    {
                        property.SetValue(value, how == 1 ? null : Blanks[random.Next(Blanks.Length)]);
                    }
                }
                else if (type == typeof(bool?))
                {
                    if (how > 1)
                    {
                        property.SetValue(value, how == 2 ? (bool?)false : null);
                    }
                }
                else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
                {
                    Type item = type.GetGenericArguments()[0];
                    if (how == 1)
                    {
                        property.SetValue(value, Array.CreateInstance(item, 0));
                    }
                    else if (how == 2 && item == typeof(string))
                    {
                        property.SetValue(value, Enumerable.Range(0, random.Next(1, 3)).Select(_ => Blanks[random.Next(Blanks.Length)]).ToArray());
                    }
                    else if (how == 2 && item == typeof(ContentElement))
                    {
                        // Elements whose names (get-only) are blank, beside one that may be given.
                        property.SetValue(value, Enumerable.Range(0, random.Next(1, 3)).Select(_ => new ContentElement(Blanks[random.Next(Blanks.Length)]))
                            .Concat(random.Next(2) == 0 ? new[] { new ContentElement("办理依据") } : Array.Empty<ContentElement>()).ToArray());
                    }
                }
                else if (!type.IsValueType && how == 1 && Nullable.GetUnderlyingType(type) is null && property.GetValue(value) != null && !IsNonNullable(property))
                {
                    property.SetValue(value, null);
                }

                object? member = property.GetValue(value);
                IEnumerable<object?> inner = member is IEnumerable list && !(member is string) ? list.Cast<object?>() : new[] { member };
                foreach (object? element in inner)
                {
                    if (element != null)
                    {
                        Blank(element, random, depth + 1);
                    }
                }
            }
        }

        /// <summary>Whether the property is declared not to hold <c>null</c> (a list, which its setter keeps as an empty list).</summary>
        private static bool IsNonNullable(PropertyInfo property) =>
            new NullabilityInfoContext().Create(property).WriteState == NullabilityState.NotNull;
    }
}
