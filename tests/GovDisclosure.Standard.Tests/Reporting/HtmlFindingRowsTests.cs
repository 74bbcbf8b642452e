using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;
using Xunit;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// The HTML report's by-record rows are written as finished HTML when their findings come and copied into the page
    /// at the end. Before, each row was spilled as a JSON array of strings, read back at the end and rendered into the
    /// page there: both must give the page the same bytes, for every text (HTML characters, controls, line breaks,
    /// Chinese, lone surrogates, characters outside the basic plane) and every run of rows of the same record.
    /// </summary>
    public class HtmlFindingRowsTests
    {
        /// <summary>The texts a report may escape (<see cref="EscapedStringsTests.Pieces"/>), with the line breaks a row's cells may hold.</summary>
        private static readonly string[] Pieces = EscapedStringsTests.Pieces.Concat(new[] { "\r", "\r\n" }).ToArray();

        /// <summary>The pieces that are whole UTF-16 text: every piece but the lone surrogates.</summary>
        private static readonly string[] WellFormedPieces = Pieces.Where(p => !(p.Length == 1 && char.IsSurrogate(p[0]))).ToArray();

        [Property(MaxTest = 300)]
        public Property Rows_written_as_they_come_are_the_rows_rendered_from_the_spilled_json()
        {
            Gen<string> texts = Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p.Take(10)));

            // A file's or record's name is well-formed text (decoded from the input or the file system); the spilled JSON
            // turned every lone surrogate into U+FFFD, so two names differing only there were one record to the old path
            // and two to the new (A_record_named_with_a_lone_surrogate_is_not_the_record_named_with_another).
            Gen<string> names = Gen.Elements(WellFormedPieces).ArrayOf().Select(p => string.Concat(p.Take(10)));
            Gen<string[]> rows =
                from file in Gen.OneOf(Gen.Elements("a.jsonl", "<b>.json", "\ufffd.csv"), names)
                from record in Gen.OneOf(Gen.Elements("1", "2", "catalogue coverage"), names)
                from cells in texts.ArrayOf(6)
                from severity in Gen.Elements("error", "warning", "information")
                from unreadable in Gen.Elements("0", "1")
                from related in Gen.OneOf(Gen.Constant(string.Empty), texts)
                from accepted in Gen.Elements("0", "1")
                select new[] { file, record, cells[0], severity, cells[1], cells[2], cells[3], cells[4], unreadable, related, accepted };
            return Prop.ForAll(rows.ArrayOf().ToArbitrary(), Gen.Elements("en", "zh").ToArbitrary(), (table, language) =>
            {
                ReportRun run = Run(language);
                string before = Page(run, table, SpilledAsJson);
                string after = Page(run, table, SpilledAsHtml);
                return (before == after).Label(before + "\n---\n" + after);
            });
        }

        [Fact]
        public void A_row_of_the_record_before_is_marked_as_the_same_record()
        {
            ReportRun run = Run("en");
            string[] first = { "a.jsonl", "1", "a.jsonl:1:1", "error", "GD-CAT-003", "/x", "m <1>", "v", "0", string.Empty, "0" };
            string[] second = { "a.jsonl", "1", "a.jsonl:1:1", "warning", "GD-CAT-004", "/y", "m", "v", "0", "/z", "1" };

            string page = Page(run, new[] { first, second }, SpilledAsHtml);

            Assert.Contains("<tr data-severity=\"error\" class=\"new-record\"><td>a.jsonl</td><td>1</td><td>a.jsonl:1:1</td><td class=\"error\">error</td><td><code>GD-CAT-003</code></td><td><code>/x</code></td><td>m &lt;1&gt;</td><td class=\"value\">v</td></tr>\n", page);
            Assert.Contains("<tr data-severity=\"warning\" data-accepted=\"1\" class=\"same-record\">", page);
            Assert.Contains("<span class=\"muted related\">Related locations: <code>/z</code></span>", page);
        }

        [Fact]
        public void A_record_named_with_a_lone_surrogate_is_not_the_record_named_with_another()
        {
            ReportRun run = Run("en");
            string[] first = { "a.jsonl", "\ud800", "a.jsonl:1:1", "error", "GD-CAT-003", "/x", "m", "v", "0", string.Empty, "0" };
            string[] second = { "a.jsonl", "\udc00", "a.jsonl:2:1", "error", "GD-CAT-003", "/x", "m", "v", "0", string.Empty, "0" };

            string page = Page(run, new[] { first, second }, SpilledAsHtml);

            Assert.DoesNotContain("same-record", page);
        }

        private static ReportRun Run(string language) =>
            new ReportRun(new DisclosureValidator().RunInfo, RuleRegistry.All, language, FindingSeverity.Error, DateTimeOffset.UnixEpoch);

        /// <summary>A page of the rows as the report writes it: text before, the rows, text after, through one UTF-8 writer.</summary>
        private static string Page(ReportRun run, string[][] table, Action<ReportRun, string[][], StreamWriter, Stream> rows)
        {
            using var output = new MemoryStream();
            using (var html = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true))
            {
                html.Write("<tbody>\n");
                rows(run, table, html, output);
                html.Write("</tbody>\n");
            }

            return Convert.ToBase64String(output.ToArray()) + "\n" + Encoding.UTF8.GetString(output.ToArray());
        }

        /// <summary>Before: each row a line of JSON (as <see cref="JsonSerializer"/> writes <c>string[]</c>), read back and rendered into the page.</summary>
        private static void SpilledAsJson(ReportRun run, string[][] table, StreamWriter html, Stream output)
        {
            using var spill = new MemoryStream();
            using (var row = new Utf8JsonWriter(spill))
            {
                foreach (string[] cells in table)
                {
                    row.WriteStartArray();
                    foreach (string cell in cells)
                    {
                        row.WriteStringValue(cell);
                    }

                    row.WriteEndArray();
                    row.Flush();
                    row.Reset();
                    spill.WriteByte((byte)'\n');
                }
            }

            // The rendering of the spilled rows as the writer had it (commit 4225223), word for word.
            string[]? previous = null;
            string unreadableMark = " <span class=\"error\">" + E(run.Text("无法读取", "unreadable")) + "</span>";
            string acceptedMark = " <span class=\"accepted\" title=\"" + E(run.Text(Labels.AcceptedByBaseline)) + "\">" + E(run.Text("已接受（基线）", "accepted (baseline)")) + "</span>";
            using var lines = new StreamReader(new MemoryStream(spill.ToArray()), Encoding.UTF8);
            while (lines.ReadLine() is string line)
            {
                string[] row = JsonSerializer.Deserialize<string[]>(line)!;
                bool same = previous != null && string.Equals(row[0], previous[0], StringComparison.Ordinal) && string.Equals(row[1], previous[1], StringComparison.Ordinal);
                string first = same ? " class=\"same-record\"" : " class=\"new-record\"";
                previous = row;
                bool accepted = row.Length > 10 && row[10] == "1";
                html.Write("<tr data-severity=\"");
                html.Write(row[3]);
                html.Write("\"");
                html.Write(accepted ? " data-accepted=\"1\"" : string.Empty);
                html.Write(first);
                html.Write("><td>");
                WebUtility.HtmlEncode(row[0], html);
                html.Write("</td><td>");
                WebUtility.HtmlEncode(row[1], html);
                html.Write(row[8] == "1" ? unreadableMark : string.Empty);
                html.Write("</td><td>");
                WebUtility.HtmlEncode(row[2], html);
                html.Write("</td><td class=\"");
                html.Write(row[3]);
                html.Write("\">");
                WebUtility.HtmlEncode(Labels.Severity(row[3] == "error" ? FindingSeverity.Error : row[3] == "warning" ? FindingSeverity.Warning : FindingSeverity.Information, run.Chinese), html);
                html.Write(accepted ? acceptedMark : string.Empty);
                html.Write("</td><td><code>");
                WebUtility.HtmlEncode(row[4], html);
                html.Write("</code></td><td><code>");
                WebUtility.HtmlEncode(row[5], html);
                html.Write("</code></td><td>");
                WebUtility.HtmlEncode(row[6], html);
                html.Write(row.Length > 9 && row[9].Length > 0
                    ? "<br><span class=\"muted related\">" + E(run.Text("相关位置：", "Related locations: ")) + "<code>" + E(row[9]) + "</code></span>"
                    : string.Empty);
                html.Write("</td><td class=\"value\">");
                WebUtility.HtmlEncode(row[7], html);
                html.Write("</td></tr>\n");
            }
        }

        private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

        /// <summary>After: each row written as HTML to a file of its own as it comes; the file's bytes copied into the page.</summary>
        private static void SpilledAsHtml(ReportRun run, string[][] table, StreamWriter html, Stream output)
        {
            using var spill = new MemoryStream();
            using (var spillRows = new StreamWriter(spill, new UTF8Encoding(false), 32 * 1024, leaveOpen: true))
            {
                var rows = new HtmlFindingRows(run);
                foreach (string[] cells in table)
                {
                    rows.Write(spillRows, cells);
                }
            }

            html.Flush();
            spill.Position = 0;
            spill.CopyTo(output);
        }
    }
}
