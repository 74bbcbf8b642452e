using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;
using GovDisclosure.Standard.Tests.Validation.Binding;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// The tabular readers bind a row from its cells (<see cref="RecordMembers"/>) and locate its fields only when a finding
    /// asks. A row gives the findings and the document its record gives as JSON (the bytes a row is written as, bound as a
    /// JSON record is) with the row's locations, rule for rule, location for location, message for message, in a CSV file
    /// and in a workbook. What the readers give for the real documents' tables is kept in golden files
    /// (<see cref="BindingGoldenTests"/>).
    /// </summary>
    public class TabularRowLawsTests
    {
        private static readonly DisclosureValidator Validator = new DisclosureValidator(RuleSet.Standard);

        /// <summary>The catalogue columns, each once.</summary>
        private static readonly string[] Columns = TabularLayout.For(DocumentKind.CatalogueEntry)!.Columns.Select(c => c.Header).ToArray();

        /// <summary>The catalogue columns, then 公开时限 once more (a repeated column, kept as an additional field).</summary>
        private static readonly string[] Headers = Columns.Append("公开时限").ToArray();

        /// <summary>Typical cells and typical mistakes: blanks, a vague body, unknown channels and modes, unreadable limits, JSON cells.</summary>
        private static readonly Gen<string> Cell = Gen.Elements(
            string.Empty, " ", "\u3000", "综合业务", "监督检查", "县民政局", "有关部门", "信息形成或变更之日起20个工作日内", "20个工作日", "尽快",
            "政府网站、政务新媒体", "飞鸽传书", "■政府网站□公告栏", "主动公开", "依申请公开", "半公开", "●信访地址、○投诉电话", "《社会救助暂行办法》",
            "全社会", "特定群体", "县级", "√", "×", "2024-02-30", "2024年3月1日", "json:{\"a\":1}", "json:[1,", "1", "-3", "第十五项", "是", "否", "含\"引号\"的文字");

        [Property(MaxTest = 60)]
        public Property A_csv_row_gives_the_findings_and_document_of_its_record_as_json() => CsvRowsAgree(Headers);

        [Property(MaxTest = 60)]
        public Property A_csv_row_of_each_column_once_gives_the_findings_and_document_of_its_record_as_json() => CsvRowsAgree(Columns);

        [Fact]
        public void Catalogue_columns_are_written_straight_into_bytes_and_a_whole_field_beside_its_part_through_a_tree()
        {
            TabularLayout catalogue = TabularLayout.For(DocumentKind.CatalogueEntry)!;
            TabularLayout guide = TabularLayout.For(DocumentKind.DisclosureGuide)!;

            // A repeated standard column is kept as an additional field named as written: still one member a column.
            Assert.NotNull(TabularRecordPlan.Of(TabularHeader.Resolve(catalogue, Headers.Select((h, i) => new KeyValuePair<int, string>(i, h)).ToArray())));
            Assert.Null(TabularRecordPlan.Of(TabularHeader.Resolve(guide, new[] { "机关名称", "工作机构名称", "office" }.Select((h, i) => new KeyValuePair<int, string>(i, h)).ToArray())));
        }

        /// <summary>
        /// Headers as published: some of the catalogue's columns in any order, each perhaps twice, with columns no layout
        /// knows (备注2, extra, each perhaps twice); rows with blank cells, bad dates, unknown codes and JSON cells.
        /// </summary>
        [Property(MaxTest = 40)]
        public Property A_csv_row_under_repeated_and_unknown_columns_gives_the_findings_and_document_of_its_record_as_json()
        {
            Gen<(string[] Headers, string[][] Rows)> tables =
                from picked in Gen.Elements(Columns.Concat(new[] { "备注2", "extra", "公开时限", "一级事项" }).ToArray()).NonEmptyListOf()
                let headers = new[] { "一级事项", "公开时限" }.Concat(picked).ToArray()
                from rows in Cell.ArrayOf(headers.Length).NonEmptyListOf()
                select (headers, rows.Prepend(headers.Select(_ => "1").ToArray()).ToArray());

            // The first row is plainly data, never taken for a row of sub-headers (公开层级 over 县级).
            return Prop.ForAll(tables.ToArbitrary(), table => CsvRowsAgree(table.Headers, table.Rows));
        }

        private static Property CsvRowsAgree(string[] headers)
        {
            Gen<string[][]> table = Cell.ArrayOf(headers.Length).NonEmptyListOf().Select(rows => rows.ToArray());
            return Prop.ForAll(table.ToArbitrary(), rows => CsvRowsAgree(headers, rows));
        }

        private static Property CsvRowsAgree(string[] headers, string[][] rows)
        {
            string csv = Line(headers) + string.Concat(rows.Select(Line));
            var reader = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new InputOptions { DisplayName = "t.csv" });
            var fromCells = new List<string>();
            var asJson = new List<string>();
            foreach (SourceRecord row in reader.Read())
            {
                fromCells.AddRange(Outcome(row));
                asJson.AddRange(Outcome(AsJson(row)));
            }

            return fromCells.SequenceEqual(asJson).Label(Difference(fromCells, asJson, "as JSON"))
                .Classify(fromCells.Any(line => line.StartsWith("GD-", StringComparison.Ordinal)), "with findings");
        }

        [Property(MaxTest = 25)]
        public Property An_xlsx_row_gives_the_findings_and_document_of_its_record_as_json()
        {
            Gen<string[][]> table = Cell.ArrayOf(Headers.Length).NonEmptyListOf().Select(rows => rows.ToArray());
            return Prop.ForAll(table.ToArbitrary(), rows =>
            {
                var workbook = new MemoryStream();
                TabularWriter.WriteXlsx(workbook, Headers, rows, "目录");
                workbook.Position = 0;
                var fromCells = new List<string>();
                var asJson = new List<string>();
                foreach (SourceRecord row in new XlsxRecordReader(workbook, new InputOptions { DisplayName = "t.xlsx" }).Read())
                {
                    fromCells.AddRange(Outcome(row));
                    asJson.AddRange(Outcome(AsJson(row)));
                }

                return fromCells.SequenceEqual(asJson).Label(Difference(fromCells, asJson, "as JSON"))
                    .Classify(fromCells.Any(line => line.StartsWith("GD-", StringComparison.Ordinal)), "with findings");
            });
        }

        /// <summary>The record of <paramref name="row"/> as JSON: the bytes the row is written as, bound as a JSON record is, located where the row's fields are.</summary>
        private static SourceRecord AsJson(SourceRecord row) =>
            new SourceRecord(row.Number, row.Utf8, row.Origin, new LocatedAsIn(row));

        private static string Difference(List<string> first, List<string> second, string secondName) =>
            string.Join("\n", first.Except(second).Concat(new[] { "-- " + secondName + " --" }).Concat(second.Except(first)));

        /// <summary>Field locations that are those of another record: each pointer where <see cref="SourceRecord.Locate(string)"/> of that record puts it.</summary>
        private sealed class LocatedAsIn : IReadOnlyDictionary<string, SourceLocation>
        {
            private readonly SourceRecord row;

            public LocatedAsIn(SourceRecord row) => this.row = row;

            public SourceLocation this[string key] => row.Locate(key);

            public IEnumerable<string> Keys => throw new NotSupportedException("only looked up by pointer");

            public IEnumerable<SourceLocation> Values => throw new NotSupportedException("only looked up by pointer");

            public int Count => throw new NotSupportedException("only looked up by pointer");

            public bool ContainsKey(string key) => true;

            public bool TryGetValue(string key, out SourceLocation value)
            {
                value = row.Locate(key);
                return true;
            }

            public IEnumerator<KeyValuePair<string, SourceLocation>> GetEnumerator() => throw new NotSupportedException("only looked up by pointer");

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }

        private static string Line(IEnumerable<string> cells) => string.Join(",", cells.Select(c => "\"" + c.Replace("\"", "\"\"") + "\"")) + "\n";

        /// <summary>Each finding as one line (<see cref="Line(Finding)"/>), then the record's status and its document's canonical JSON.</summary>
        private static IEnumerable<string> Outcome(SourceRecord record)
        {
            RecordValidation validation = Validator.ValidateRecord(DocumentKind.CatalogueEntry, record);
            return validation.Findings.Select(Line)
                .Append(validation.Status + ": " + BindingDescription.Canonical(validation.Document));
        }

        /// <summary>A finding as one line: rule, severity, where (and its pointer), the value, the message and its arguments.</summary>
        internal static string Line(Finding f) => string.Join(
            " | ",
            f.RuleId,
            f.Severity,
            f.Location.ToString(),
            f.Location.JsonPointer,
            f.Message.Chinese,
            f.Message.English,
            f.Value,
            f.SpanStart,
            f.SpanLength,
            string.Join(";", f.Arguments.Select(a => a.Name + "=" + a.Value.Chinese + "/" + a.Value.English)),
            string.Join(";", f.RelatedLocations.Select(l => l.ToString())));
    }
}
