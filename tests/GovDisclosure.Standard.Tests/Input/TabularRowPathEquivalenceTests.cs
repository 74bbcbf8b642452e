using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// The tabular readers write each row as the record's UTF-8 bytes and locate its fields only when a finding asks; the
    /// findings are those of the path before (<see cref="TabularRecordOracle"/>: a JSON tree per row, parsed, every location
    /// worked out at once), rule for rule, location for location, message for message.
    /// </summary>
    public class TabularRowPathEquivalenceTests
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
        public Property A_csv_row_gives_the_findings_of_the_path_before() => CsvRowsAgree(Headers);

        [Property(MaxTest = 60)]
        public Property A_csv_row_of_each_column_once_gives_the_findings_of_the_path_before() => CsvRowsAgree(Columns);

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
        public Property A_csv_row_under_repeated_and_unknown_columns_gives_the_findings_of_the_path_before()
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
            string[] now = reader.Read().SelectMany(Findings).ToArray();

            TabularHeader header = TabularHeader.Resolve(TabularLayout.For(DocumentKind.CatalogueEntry)!, headers.Select((h, i) => new KeyValuePair<int, string>(i, h)).ToArray());
            var carryDown = new ItemCarryDown(header);
            var before = new List<string>();
            long number = 0;
            for (int r = 0; r < rows.Length; r++)
            {
                string?[] cells = (string?[])rows[r].Clone();
                long line = r + 2;
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                number++;
                long recordNumber = number;
                carryDown.Apply(cells);
                before.AddRange(Before(
                    header,
                    number,
                    i => i < cells.Length ? cells[i] : null,
                    (i, h) => new SourceLocation { File = "t.csv", Line = line, Column = i + 1, Cell = h.Text, RecordNumber = recordNumber },
                    new SourceLocation { File = "t.csv", Line = line, Column = 1, RecordNumber = number }) ?? Array.Empty<string>());
            }

            return now.SequenceEqual(before).Label(string.Join("\n", now.Except(before).Concat(new[] { "-- before --" }).Concat(before.Except(now))));
        }

        [Property(MaxTest = 25)]
        public Property An_xlsx_row_gives_the_findings_of_the_path_before()
        {
            Gen<string[][]> table = Cell.ArrayOf(Headers.Length).NonEmptyListOf().Select(rows => rows.ToArray());
            return Prop.ForAll(table.ToArbitrary(), rows =>
            {
                var workbook = new MemoryStream();
                TabularWriter.WriteXlsx(workbook, Headers, rows, "目录");
                workbook.Position = 0;
                string[] now = new XlsxRecordReader(workbook, new InputOptions { DisplayName = "t.xlsx" }).Read().SelectMany(Findings).ToArray();

                TabularHeader header = TabularHeader.Resolve(TabularLayout.For(DocumentKind.CatalogueEntry)!, Headers.Select((h, i) => new KeyValuePair<int, string>(i, h)).ToArray());
                var before = new List<string>();
                long number = 0;
                for (int r = 0; r < rows.Length; r++)
                {
                    // The writer leaves a blank cell out; the reader sees no cell there.
                    Dictionary<int, string> cells = rows[r].Select((t, i) => (t, i)).Where(x => x.t.Length > 0).ToDictionary(x => x.i, x => x.t);
                    long row = r + 2;
                    if (cells.Values.All(string.IsNullOrWhiteSpace))
                    {
                        continue;
                    }

                    number++;
                    long recordNumber = number;
                    IEnumerable<string>? found = Before(
                        header,
                        number,
                        i => cells.TryGetValue(i, out string? text) ? text : null,
                        (i, h) => new SourceLocation { File = "t.xlsx", Sheet = "目录", Row = row, Column = i + 1, Cell = SpreadsheetColumnName.Of(i) + row, RecordNumber = recordNumber },
                        new SourceLocation { File = "t.xlsx", Sheet = "目录", Row = row, Cell = "A" + row, RecordNumber = number });
                    if (found is null)
                    {
                        number--;
                        continue;
                    }

                    before.AddRange(found);
                }

                return now.SequenceEqual(before).Label(string.Join("\n", now.Except(before).Concat(new[] { "-- before --" }).Concat(before.Except(now))));
            });
        }

        /// <summary>The findings of a row read the old way, or <c>null</c> when the row is no record.</summary>
        private static IEnumerable<string>? Before(TabularHeader header, long number, Func<int, string?> cellText, Func<int, TabularHeader.HeaderCell, SourceLocation> cellLocation, SourceLocation origin)
        {
            var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            JsonElement? content = TabularRecordOracle.ToRecord(header, cellText, cellLocation, fields);
            return content is null ? null : Findings(new SourceRecord(number, content.Value, origin, fields)).ToArray();
        }

        private static string Line(IEnumerable<string> cells) => string.Join(",", cells.Select(c => "\"" + c.Replace("\"", "\"\"") + "\"")) + "\n";

        /// <summary>Each finding as one line (<see cref="Line"/>).</summary>
        private static IEnumerable<string> Findings(SourceRecord record) =>
            Validator.ValidateRecord(DocumentKind.CatalogueEntry, record).Findings.Select(Line);

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
