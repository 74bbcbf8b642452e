using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Tests.RealDocuments;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Input.AnnualReports
{
    /// <summary>
    /// How a published report page is read: by labels, not positions; blanks, marks for nothing and full-width
    /// digits; encodings with and without a meta tag. Each case changes the rebuilt Shanghai 2019 page the way
    /// real pages differ.
    /// </summary>
    public class PublishedReportReaderTests
    {
        private static readonly string Shanghai = File.ReadAllText(PublishedReportPageTests.PagePath("shanghai-municipal-government-office-2019"), Encoding.UTF8);

        [Fact]
        public void An_extra_row_is_named_and_shifts_no_other_value()
        {
            string page = InsertRowAfter("规范性文件", "<tr><td>其他主动公开文件</td><td>162</td><td>162</td><td>900</td></tr>");

            PublishedReport read = Read(page);

            ReadingNote extra = Assert.Single(read.Notes, n => n.Kind == ReadingNoteKind.ExtraRow);
            Assert.Equal("第二十条第（一）项 / 其他主动公开文件", extra.Location.RowLabel);
            Assert.Equal(60, read.Report.ProactiveDisclosure2019!.NormativeDocuments!.NewlyMade);
            Assert.Equal(0, read.Report.ProactiveDisclosure2019.AdministrativeLicensing!.PreviousYearItems);
        }

        [Fact]
        public void A_missing_row_is_named_and_the_rows_after_it_keep_their_values()
        {
            // An editor deleting the row also shortens the merged cells over it.
            string page = RemoveRow("补正后申请内容仍不明确").Replace("rowspan=\"20\"", "rowspan=\"19\"");
            page = Regex.Replace(page, "rowspan=\"3\"([^>]*><p[^>]*><span[^>]*>（四）无法提供)", "rowspan=\"2\"$1");

            PublishedReport read = Read(page);

            ReadingNote missing = Assert.Single(read.Notes, n => n.Kind == ReadingNoteKind.MissingRow);
            Assert.Contains("补正后申请内容仍不明确", missing.Location.RowLabel, StringComparison.Ordinal);
            Assert.Null(read.Report.Applications!.Outcomes!.UnableToProvide!.UnclearAfterCorrection);
            Assert.Equal(148, read.Report.Applications.Outcomes.NotProcessed!.PetitionOrComplaint!.NaturalPerson);
        }

        [Theory]
        [InlineData("８２１", 821)]
        [InlineData("821件", 821)]
        [InlineData(" 0 ", 0)]
        [InlineData("—", null)]
        [InlineData("/", null)]
        [InlineData("无", null)]
        [InlineData("&nbsp;<o:p></o:p>", null)]
        public void A_cell_reads_full_width_digits_zero_and_the_marks_for_nothing(string written, int? expected)
        {
            string page = ReplaceCell(">821<", ">" + written + "<");

            PublishedReport read = Read(page);

            Assert.Equal(expected, read.Report.Applications!.NewlyReceived!.NaturalPerson);
            Assert.DoesNotContain(read.Notes, n => n.Kind == ReadingNoteKind.UnreadableCell);
        }

        [Fact]
        public void A_cell_holding_text_is_reported_with_its_text_and_read_as_blank()
        {
            string page = ReplaceCell(">821<", ">约八百<");

            PublishedReport read = Read(page);

            ReadingNote finding = Assert.Single(read.Notes, n => n.Kind == ReadingNoteKind.UnreadableCell);
            Assert.Equal("约八百", finding.Value);
            Assert.Equal("申请人情况 / 自然人", finding.Location.ColumnLabel);
            Assert.Null(read.Report.Applications!.NewlyReceived!.NaturalPerson);
        }

        [Fact]
        public void A_label_split_across_spans_and_lines_is_read_as_one_label()
        {
            string page = Shanghai.Replace(">行政许可<", "><span>行政</span>\n<span>许</span><br/><span>可</span><");

            PublishedReport read = Read(page);

            Assert.Equal(0, read.Report.ProactiveDisclosure2019!.AdministrativeLicensing!.Decisions);
            Assert.DoesNotContain(read.Notes, n => n.Kind == ReadingNoteKind.ExtraRow || n.Kind == ReadingNoteKind.MissingRow);
        }

        [Fact]
        public void Columns_are_found_by_their_headings_not_their_positions()
        {
            // The procurement item written with its two columns in the other order: the amount is still the amount.
            int start = Shanghai.IndexOf(">采购项目数量<", StringComparison.Ordinal);
            start = Shanghai.LastIndexOf("<tr>", start, StringComparison.Ordinal);
            int end = Shanghai.IndexOf("</table>", start, StringComparison.Ordinal);
            string page = Shanghai.Substring(0, start)
                + "<tr><td>信息内容</td><td colspan=\"2\">采购总金额</td><td>采购项目数量</td></tr>"
                + "<tr><td>政府集中采购</td><td colspan=\"2\">251000元</td><td>6</td></tr></tbody>"
                + Shanghai.Substring(end);

            PublishedReport read = Read(page);

            ProcurementCounts2019 procurement = read.Report.ProactiveDisclosure2019!.CentralisedProcurement!;
            Assert.Equal(6, procurement.ProjectCount);
            Assert.Equal("251000元", procurement.TotalAmount!.Text);
        }

        [Fact]
        public void A_GBK_page_without_a_meta_tag_is_detected_from_its_bytes()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            byte[] gbk = Encoding.GetEncoding("GBK").GetBytes(Shanghai.Replace("charset=utf-8", string.Empty));

            PublishedReport read = PublishedReportReader.Read(gbk, "page.html");

            Assert.Equal("上海市人民政府办公厅", read.Report.AgencyName);
            Assert.Equal(805, read.Report.Applications!.Outcomes!.Total!.Total);
        }

        [Fact]
        public void A_page_without_a_report_is_refused_with_a_located_message()
        {
            InputException e = Assert.Throws<InputException>(() => PublishedReportReader.Read(Encoding.UTF8.GetBytes("<html><body><p>首页</p><table><tr><td>索引号</td></tr></table></body></html>"), "news.html"));

            Assert.Equal("news.html", e.Location.File);
        }

        [Fact]
        public void The_format_is_told_from_table_two_headings_not_the_year()
        {
            string page = Shanghai.Replace("2019年上海市人民政府办公厅", "2021年上海市人民政府办公厅");

            PublishedReport read = Read(page);

            Assert.Equal(AnnualReportFormat.Format2019, read.Report.Format);
            Assert.Equal(2021, read.Report.Year);
        }

        [Fact]
        public void The_validator_reports_the_reading_findings_with_the_record()
        {
            string page = InsertRowAfter("规范性文件", "<tr><td>其他主动公开文件</td><td>1</td><td>1</td><td>1</td></tr>");

            RecordValidation result = new DisclosureValidator(RuleSet.Standard).ValidateRecord(DocumentKind.AnnualReport, Read(page).ToRecord());

            Assert.Contains(result.Findings, f => f.RuleId == "GD-PUB-001" && f.Severity == FindingSeverity.Warning);
        }

        [Fact]
        public void A_skipped_section_numeral_is_noted_at_its_heading_and_the_section_is_still_read()
        {
            string page = ReplaceCell("四、政府信息公开行政复议", "五、政府信息公开行政复议")
                .Replace("五、政府信息公开工作存在的主要问题", "六、政府信息公开工作存在的主要问题")
                .Replace("六、其他需要报告的事项", "七、其他需要报告的事项");

            PublishedReport read = Read(page);

            ReadingNote skipped = Assert.Single(read.Notes, n => n.Kind == ReadingNoteKind.SectionNumberSkipped);
            Assert.Equal("五、政府信息公开行政复议、行政诉讼情况", skipped.Location.RowLabel);
            Assert.Equal("四", skipped.Expected);
            Assert.Equal("一、二、三、五、六、七", skipped.Value);
            Assert.Equal("无。", read.Report.OtherMatters);
            Assert.StartsWith("（一）主要问题", read.Report.ProblemsAndImprovements, StringComparison.Ordinal);
        }

        [Fact]
        public void A_repeated_section_numeral_is_noted_and_reported_as_gd_pub_005()
        {
            string page = ReplaceCell("三、收到和处理政府信息公开申请情况", "二、收到和处理政府信息公开申请情况");

            PublishedReport read = Read(page);
            RecordValidation result = new DisclosureValidator(RuleSet.Standard).ValidateRecord(DocumentKind.AnnualReport, read.ToRecord());

            Assert.Single(read.Notes, n => n.Kind == ReadingNoteKind.SectionNumberRepeated && n.Expected == "三");
            Finding finding = Assert.Single(result.Findings, f => f.RuleId == "GD-PUB-005");
            Assert.Equal(FindingSeverity.Warning, finding.Severity);
            Assert.Contains("一、二、二、四、五、六", finding.Message.Chinese, StringComparison.Ordinal);
        }

        [Fact]
        public void A_numbered_sub_heading_inside_a_section_is_not_a_section()
        {
            string page = ReplaceCell("（一）主要问题", "一、存在的主要问题");

            PublishedReport read = Read(page);

            Assert.DoesNotContain(read.Notes, n => n.Kind == ReadingNoteKind.SectionNumberRepeated || n.Kind == ReadingNoteKind.SectionNumberSkipped);
            Assert.StartsWith("一、存在的主要问题", read.Report.ProblemsAndImprovements, StringComparison.Ordinal);
        }

        [Fact]
        public void The_agency_kind_inferred_from_the_name_is_noted_and_the_report_published_on_its_due_date_is_in_time()
        {
            PublishedReport read = Read(Shanghai);
            RecordValidation result = new DisclosureValidator(RuleSet.Standard).ValidateRecord(DocumentKind.AnnualReport, read.ToRecord());

            ReadingNote inferred = Assert.Single(read.Notes, n => n.Kind == ReadingNoteKind.AgencyKindInferred);
            Assert.Equal("上海市人民政府办公厅", inferred.Value);
            Assert.Equal(AgencyKind.GovernmentDepartment, read.Report.AgencyKind);
            Assert.DoesNotContain(result.Findings, f => f.RuleId == "GD-TIME-003" || f.RuleId == "GD-TIME-004");
        }

        [Fact]
        public void A_late_report_says_the_agency_kind_was_inferred_from_the_name()
        {
            RecordValidation result = Validate(Shanghai.Replace("2020-01-31", "2020-02-03"));

            Finding late = Assert.Single(result.Findings, f => f.RuleId == "GD-TIME-003");
            Assert.Contains("由机关名称“上海市人民政府办公厅”推断", late.Message.Chinese, StringComparison.Ordinal);
            Assert.Contains("2020-01-31", late.Message.Chinese, StringComparison.Ordinal);
        }

        [Fact]
        public void A_township_report_is_not_checkable_against_article_49_and_says_why()
        {
            RecordValidation result = Validate(Shanghai.Replace("上海市人民政府办公厅政府信息公开工作年度报告", "某镇人民政府政府信息公开工作年度报告").Replace("2020-01-31", "2020-04-01"));

            Finding finding = Assert.Single(result.Findings, f => f.RuleId == "GD-TIME-004");
            Assert.Equal("noStatutoryDate", finding.MessageId);
            Assert.Contains("由机关名称“某镇人民政府”推断", finding.Message.Chinese, StringComparison.Ordinal);
        }

        [Fact]
        public void A_report_whose_name_gives_no_agency_kind_is_not_checkable_when_published_after_31_january()
        {
            RecordValidation result = Validate(Shanghai.Replace("上海市人民政府办公厅政府信息公开工作年度报告", "上海市大数据中心政府信息公开工作年度报告").Replace("2020-01-31", "2020-03-02"));

            Assert.Null(Read(Shanghai.Replace("上海市人民政府办公厅政府信息公开工作年度报告", "上海市大数据中心政府信息公开工作年度报告")).Report.AgencyKind);
            Assert.Equal("agencyKindUnknown", Assert.Single(result.Findings, f => f.RuleId == "GD-TIME-004").MessageId);
        }

        private static RecordValidation Validate(string page) =>
            new DisclosureValidator(RuleSet.Standard).ValidateRecord(DocumentKind.AnnualReport, Read(page).ToRecord());

        private static PublishedReport Read(string page) => PublishedReportReader.Read(Encoding.UTF8.GetBytes(page), "page.html");

        private static string ReplaceCell(string from, string to)
        {
            int at = Shanghai.IndexOf(from, StringComparison.Ordinal);
            Assert.True(at >= 0, from);
            return Shanghai.Substring(0, at) + to + Shanghai.Substring(at + from.Length);
        }

        private static string InsertRowAfter(string label, string row)
        {
            int cell = Shanghai.IndexOf(">" + label + "<", StringComparison.Ordinal);
            int end = Shanghai.IndexOf("</tr>", cell, StringComparison.Ordinal) + "</tr>".Length;
            return Shanghai.Substring(0, end) + row + Shanghai.Substring(end);
        }

        private static string RemoveRow(string label)
        {
            int cell = Shanghai.IndexOf(label, StringComparison.Ordinal);
            int start = Shanghai.LastIndexOf("<tr>", cell, StringComparison.Ordinal);
            int end = Shanghai.IndexOf("</tr>", cell, StringComparison.Ordinal) + "</tr>".Length;
            return Shanghai.Substring(0, start) + Shanghai.Substring(end);
        }
    }
}
