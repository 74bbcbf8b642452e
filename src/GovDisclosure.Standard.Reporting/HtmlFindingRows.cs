using System;
using System.IO;
using System.Net;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// The rows of the HTML report's by-record table (按记录), each written as finished HTML the moment its finding comes,
    /// every value HTML-escaped: a row of the same file and record as the row before is marked <c>same-record</c>, so the
    /// writer keeps that row's file and record. A row is the finding's cells as <see cref="HtmlReportWriter"/> keeps them:
    /// file, record, place, severity code, rule id, pointer, message, value, unreadable ("1"/"0"), related locations,
    /// accepted ("1"/"0").
    /// </summary>
    internal sealed class HtmlFindingRows
    {
        private readonly bool chinese;
        private readonly string unreadableMark;
        private readonly string acceptedMark;
        private readonly string relatedLabel;
        private bool first = true;
        private string? previousFile;
        private string? previousRecord;

        /// <summary>Rows in the language of <paramref name="run"/>.</summary>
        public HtmlFindingRows(ReportRun run)
        {
            chinese = run.Chinese;
            unreadableMark = " <span class=\"error\">" + E(run.Text("无法读取", "unreadable")) + "</span>";
            acceptedMark = " <span class=\"accepted\" title=\"" + E(run.Text(Labels.AcceptedByBaseline)) + "\">" + E(run.Text("已接受（基线）", "accepted (baseline)")) + "</span>";
            relatedLabel = E(run.Text("相关位置：", "Related locations: "));
        }

        /// <summary>Writes <paramref name="row"/> as one <c>tr</c> and a line feed.</summary>
        public void Write(TextWriter html, string[] row)
        {
            // The same record as the row before: its file and its record (a number or a label, never with '#') are the same.
            bool same = !first && string.Equals(row[0], previousFile, StringComparison.Ordinal) && string.Equals(row[1], previousRecord, StringComparison.Ordinal);
            first = false;
            previousFile = row[0];
            previousRecord = row[1];
            bool accepted = row.Length > 10 && row[10] == "1";
            // Piece by piece, each value escaped straight into the page: the same text as joining the pieces first.
            html.Write("<tr data-severity=\"");
            html.Write(row[3]);
            html.Write("\"");
            html.Write(accepted ? " data-accepted=\"1\"" : string.Empty);
            html.Write(same ? " class=\"same-record\"" : " class=\"new-record\"");
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
            WebUtility.HtmlEncode(Labels.Severity(row[3] == "error" ? FindingSeverity.Error : row[3] == "warning" ? FindingSeverity.Warning : FindingSeverity.Information, chinese), html);
            html.Write(accepted ? acceptedMark : string.Empty);
            html.Write("</td><td><code>");
            WebUtility.HtmlEncode(row[4], html);
            html.Write("</code></td><td><code>");
            WebUtility.HtmlEncode(row[5], html);
            html.Write("</code></td><td>");
            WebUtility.HtmlEncode(row[6], html);
            if (row.Length > 9 && row[9].Length > 0)
            {
                html.Write("<br><span class=\"muted related\">");
                html.Write(relatedLabel);
                html.Write("<code>");
                WebUtility.HtmlEncode(row[9], html);
                html.Write("</code></span>");
            }

            html.Write("</td><td class=\"value\">");
            WebUtility.HtmlEncode(row[7], html);
            html.Write("</td></tr>\n");
        }

        private static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
