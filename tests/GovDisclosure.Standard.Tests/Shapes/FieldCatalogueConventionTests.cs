using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.Input.Tabular;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Schema;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Shapes
{
    /// <summary>
    /// The field catalogue (<see cref="DocumentShapes"/>) is the one place a field's facts are written:
    /// these tests enumerate it and prove that each consumer takes its facts from it.
    /// </summary>
    public sealed class FieldCatalogueConventionTests
    {
        public static TheoryData<string> ShapedTypes()
        {
            var data = new TheoryData<string>();
            foreach (ObjectShape shape in DocumentShapes.Objects)
            {
                data.Add(shape.Type.FullName!);
            }

            return data;
        }

        [Fact]
        public void Every_document_kind_has_a_shape_whose_type_the_json_context_serialises()
        {
            Assert.Equal(DocumentKind.Declared.Select(k => k.Code), DocumentShapes.All.Select(s => s.Kind.Code));
            foreach (DocumentShape shape in DocumentShapes.All)
            {
                Assert.NotNull(GovDisclosureJsonContext.Default.GetTypeInfo(shape.Type));
                Assert.NotNull(GovDisclosureJsonContext.Default.GetTypeInfo(typeof(List<>).MakeGenericType(shape.Type)));
            }
        }

        [Theory]
        [MemberData(nameof(ShapedTypes))]
        public void A_shape_lists_every_json_property_of_its_type_once(string typeName)
        {
            ObjectShape shape = DocumentShapes.Objects.Single(s => s.Type.FullName == typeName);
            JsonTypeInfo info = CanonicalJson.Options.GetTypeInfo(shape.Type);
            string[] properties = info.Properties.Where(p => !p.IsExtensionData && !(p.AttributeProvider?.IsDefined(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), true) ?? false)).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(properties, shape.Fields.Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray());
        }

        [Fact]
        public void Every_part_of_a_shaped_document_that_holds_fields_of_its_own_is_shaped_or_a_known_value()
        {
            var unshaped = new SortedSet<string>(StringComparer.Ordinal);
            foreach (ObjectShape shape in DocumentShapes.Objects)
            {
                foreach (FieldShape field in shape.Fields)
                {
                    JsonTypeInfo info = CanonicalJson.Options.GetTypeInfo(field.PartType);
                    if (info.Kind == JsonTypeInfoKind.Object && DocumentShapes.Of(info.Type) is null && info.Properties.Count > 0)
                    {
                        unshaped.Add(info.Type.Name);
                    }
                }
            }

            Assert.Empty(unshaped);
        }

        [Theory]
        [MemberData(nameof(DocumentKindData.Codes), MemberType = typeof(DocumentKindData))]
        public void The_tabular_layout_is_the_catalogue_columns(string kindCode)
        {
            DocumentShape shape = DocumentShapes.For(DocumentKind.Parse(kindCode));
            TabularLayout? layout = TabularLayout.For(shape.Kind);
            if (shape.Columns.Count == 0)
            {
                Assert.Null(layout);
                return;
            }

            Assert.NotNull(layout);
            Assert.Equal(
                shape.Columns.Select(c => (c.Path, c.Field.Header, c.Field.CellType, string.Join("|", c.Field.Aliases))),
                layout!.Columns.Select(c => (c.Path, (string?)c.Header, (CellType?)c.CellType, string.Join("|", c.Aliases))));
        }

        [Theory]
        [MemberData(nameof(DocumentKindData.Codes), MemberType = typeof(DocumentKindData))]
        public void The_schema_titles_and_required_lists_are_the_catalogue_fields(string kindCode)
        {
            DocumentKind kind = DocumentKind.Parse(kindCode);
            JsonObject schema = DocumentSchemas.For(kind);
            var objects = new List<(Type Type, JsonObject Schema)> { (DocumentShapes.For(kind).Type, schema) };
            foreach (KeyValuePair<string, JsonNode?> def in schema["$defs"]?.AsObject() ?? new JsonObject())
            {
                ObjectShape? part = DocumentShapes.Objects.SingleOrDefault(o => o.Type.Name == def.Key);
                if (part != null)
                {
                    objects.Add((part.Type, def.Value!.AsObject()));
                }
            }

            foreach ((Type type, JsonObject objectSchema) in objects)
            {
                ObjectShape shape = DocumentShapes.Of(type)!;
                foreach (FieldShape field in shape.Fields)
                {
                    Assert.Equal(field.ToString(), (string?)objectSchema["properties"]![field.Name]!["title"]);
                }

                string[] required = objectSchema["required"]?.AsArray().Select(n => (string)n!).ToArray() ?? Array.Empty<string>();
                Assert.Equal(shape.Fields.Where(f => f.IsRequired && f.ExemptWhenFalse is null).Select(f => f.Name), required);
            }
        }

        [Theory]
        [MemberData(nameof(DocumentKindData.Codes), MemberType = typeof(DocumentKindData))]
        public void The_completeness_rules_report_every_required_field_by_its_catalogue_title(string kindCode)
        {
            DocumentShape shape = DocumentShapes.For(DocumentKind.Parse(kindCode));
            object empty = Activator.CreateInstance(shape.Type)!;
            MethodInfo validate = typeof(DisclosureValidator).GetMethod(nameof(DisclosureValidator.Validate), new[] { Type.MakeGenericMethodParameter(0) })!
                .MakeGenericMethod(shape.Type);
            var findings = (IReadOnlyList<Finding>)validate.Invoke(new DisclosureValidator(), new[] { empty })!;
            Finding[] completeness = findings.Where(f => f.Category == FindingCategory.Completeness).ToArray();

            foreach (FieldPath field in shape.RequiredFields())
            {
                Finding finding = Assert.Single(completeness, f => f.Location.JsonPointer == field.Pointer);
                Assert.Contains("“" + field.Field.Title.Chinese + "”", finding.Message.Chinese);
                Assert.Contains("'" + field.Field.Title.English + "'", finding.Message.English);
            }
        }

        [Fact]
        public void Fees_are_not_missing_from_a_guide_that_says_it_charges_nothing()
        {
            FieldPath fees = DocumentShapes.For(DocumentKind.ServiceGuide)["fees"];
            Assert.False(fees.IsGivenIn(new Standard.ServiceGuides.ServiceGuide()));
            Assert.True(fees.IsGivenIn(new Standard.ServiceGuides.ServiceGuide { IsCharged = false }));
            Assert.False(fees.IsGivenIn(new Standard.ServiceGuides.ServiceGuide { IsCharged = true }));
        }

        [Fact]
        public void No_column_header_of_the_catalogue_is_written_as_a_literal_outside_it()
        {
            var headers = new HashSet<string>(
                DocumentShapes.All.SelectMany(s => s.Columns).Select(c => c.Field.Header!),
                StringComparer.Ordinal);

            // Code-list names name value sets, not fields (公开方式 is both a column and the code list of its values).
            Assert.Empty(LiteralsOutsideShapes(headers, "src", Path.Combine("src", "GovDisclosure.Standard", "Schema", "CodelistReader.cs")));
        }

        [Fact]
        public void No_label_of_an_annual_report_table_is_written_as_a_literal_outside_the_catalogue()
        {
            // Tables 二, 三 and 四: every row and column is printed and read as its catalogue row says.
            ObjectShape[] tables = DocumentShapes.Objects
                .Where(o => o.Type.Namespace == typeof(Standard.AnnualReports.AnnualReport).Namespace && o.Fields.Any(f => f.Form != null))
                .ToArray();
            Assert.Equal(16, tables.Length);
            Assert.All(tables.SelectMany(t => t.Fields), f => Assert.NotNull(f.Form));
            FieldShape[] rows = tables.SelectMany(t => t.Fields).ToArray();
            FormLabel[] forms = rows.SelectMany(f => new[] { f.Form!, f.Form!.ValueColumn }).OfType<FormLabel>().ToArray();
            var printed = new HashSet<string>(rows.Select(f => f.Title.Chinese).Concat(forms.Select(f => f.Printed)), StringComparer.Ordinal);
            var read = new HashSet<string>(printed.Concat(forms.SelectMany(f => f.Words)).Concat(forms.Select(f => f.Heading).OfType<string>()), StringComparer.Ordinal);

            // The readers print and read every row as the catalogue does; the section headings' words are the catalogue's too (AnnualReportSection).
            List<string> inReaders = LiteralsOutsideShapes(read, Path.Combine("src", "GovDisclosure.Standard.IO", "AnnualReports"));
            Assert.True(inReaders.Count == 0, string.Join("\n", inReaders));

            // The rules name the rows by their catalogue titles.
            List<string> inRules = LiteralsOutsideShapes(printed, Path.Combine("src", "GovDisclosure.Standard.Validation", "AnnualReports"));
            Assert.True(inRules.Count == 0, string.Join("\n", inRules));
        }

        [Fact]
        public void No_table_name_or_section_heading_word_of_an_annual_report_is_written_as_a_literal_outside_the_catalogue()
        {
            // 表二/表三/表四 and the words a section's heading is read by are written once, in AnnualReportTable and AnnualReportSection.
            string[] names = AnnualReportTable.All.Select(t => t.Name).Concat(AnnualReportSection.All.SelectMany(s => s.Words)).ToArray();
            Assert.Equal(new[] { "表二", "表三", "表四" }, names.Take(3));
            List<string> found = new[] { "GovDisclosure.Standard.IO", "GovDisclosure.Standard.Validation" }
                .SelectMany(project => LiteralsOutsideShapes(names, Path.Combine("src", project)))
                .ToList();
            Assert.True(found.Count == 0, string.Join("\n", found));
        }

        /// <summary>The string literals under <paramref name="folder"/> (outside the catalogue) that are one of <paramref name="forbidden"/>.</summary>
        private static List<string> LiteralsOutsideShapes(IEnumerable<string> forbidden, string folder, params string[] allowedFiles)
        {
            var set = new HashSet<string>(forbidden, StringComparer.Ordinal);
            string shapes = Path.Combine("src", "GovDisclosure.Standard", "Shapes") + Path.DirectorySeparatorChar;
            var literal = new Regex("\"((?:[^\"\\\\\\n]|\\\\.)*)\"", RegexOptions.CultureInvariant);
            var found = new List<string>();
            foreach (string file in Directory.EnumerateFiles(RepositoryFiles.PathOf(folder), "*.cs", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(RepositoryFiles.Root, file);
                if (relative.StartsWith(shapes, StringComparison.Ordinal) || allowedFiles.Contains(relative)
                    || relative.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    || relative.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match match in literal.Matches(File.ReadAllText(file)))
                {
                    if (set.Contains(match.Groups[1].Value))
                    {
                        found.Add(relative + ": \"" + match.Groups[1].Value + "\"");
                    }
                }
            }

            return found;
        }
    }
}
