using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using System.Text;
using GovDisclosure.Standard.Input.Tabular;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Tests.Shapes
{
    /// <summary>
    /// The column tables of the tool's README ("Tables: column mapping") are written from the field catalogue,
    /// not by hand: a header, its variants, its field, its cell type and whether the standard requires it are
    /// facts of <see cref="DocumentShapes"/>, and the README shows them as the tabular layouts read them.
    /// </summary>
    public sealed class ColumnMappingDocumentationTests
    {
        private const string ReadmePath = "src/GovDisclosure.Standard.Cli/README.md";
        private const string Begin = "<!-- column-tables:begin (written from the field catalogue src/GovDisclosure.Standard/Shapes by the tests; run them with GOVDISCLOSURE_APPROVE=1 to rewrite) -->";
        private const string End = "<!-- column-tables:end -->";

        [Fact]
        public void The_readme_column_tables_are_the_ones_the_field_catalogue_gives()
        {
            RepositoryFiles.AssertSectionMatchesApproved(ReadmePath, Begin, End, ColumnTables());
        }

        [Fact]
        public void Every_tabular_layout_has_a_table_in_the_readme_with_each_standard_header()
        {
            string readme = System.IO.File.ReadAllText(RepositoryFiles.PathOf(ReadmePath.Split('/')));
            foreach (TabularLayout layout in TabularLayout.All)
            {
                Assert.Contains("**" + layout.Kind.ChineseName, readme, StringComparison.Ordinal);
                foreach (TabularColumn column in layout.Columns)
                {
                    Assert.Contains("| " + column.Header + " |", readme, StringComparison.Ordinal);
                }
            }
        }

        private static string ColumnTables()
        {
            var md = new StringBuilder();
            foreach (DocumentShape shape in DocumentShapes.All)
            {
                TabularLayout? layout = TabularLayout.For(shape.Kind);
                md.Append("**").Append(shape.Kind.ChineseName).Append(" (").Append(shape.Kind.EnglishName).Append(")**");
                if (layout is null)
                {
                    md.Append(": no table layout; read from JSON").Append(shape.Kind == DocumentKind.AnnualReport ? ", or from the published page or PDF" : string.Empty).Append(".\n\n");
                    continue;
                }

                md.Append("\n\n| header | variants | field | cell | required |\n|---|---|---|---|---|\n");
                foreach (FieldPath path in shape.Columns)
                {
                    FieldShape field = path.Field;
                    md.Append("| ").Append(field.Header)
                        .Append(" | ").Append(string.Join(", ", field.Aliases))
                        .Append(" | `").Append(path.Path).Append('`')
                        .Append(" | ").Append(CellWords(field))
                        .Append(" | ").Append(Requiredness(shape, path))
                        .Append(" |\n");
                }

                md.Append('\n');
            }

            return md.ToString();
        }

        private static string Requiredness(DocumentShape shape, FieldPath path)
        {
            if (!path.Steps.All(step => step.IsRequired))
            {
                return string.Empty;
            }

            string? exemptBy = path.Field.ExemptWhenFalse;
            if (exemptBy is null)
            {
                return "yes";
            }

            FieldPath? exemption = shape.Columns.FirstOrDefault(c => c.Path == exemptBy);
            return "yes, unless " + (exemption?.Field.Header ?? exemptBy) + " is 否";
        }

        private static string CellWords(FieldShape field)
        {
            string words = field.CellType switch
            {
                CellType.Text => "text",
                CellType.TextList => "text list",
                CellType.Code => "code",
                CellType.CodeList => "code list",
                CellType.Channels => "channels",
                CellType.CategoryNumbers => "numbers 1–15",
                CellType.CategoryNumber => "number 1–15",
                CellType.Integer => "whole number",
                CellType.Decimal => "number",
                CellType.Boolean => "yes/no",
                CellType.Date => "date",
                CellType.TimePeriod => "period",
                CellType.ContentElements => "content elements",
                CellType.Materials => "materials",
                CellType.Fees => "fees",
                _ => throw new InvalidOperationException("A cell type without README words: " + field.CellType),
            };

            if (field.Codelist is null || (field.CellType != CellType.Code && field.CellType != CellType.CodeList))
            {
                return words;
            }

            var names = ((IEnumerable)field.Codelist.GetProperty("Declared", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!.GetValue(null)!)
                .Cast<object>()
                .Select(value => (string)value.GetType().GetProperty("ChineseName")!.GetValue(value)!)
                .ToArray();
            const int Shown = 6;
            return words + " (" + string.Join(", ", names.Take(Shown)) + (names.Length > Shown ? ", …" : string.Empty) + ")";
        }
    }
}
