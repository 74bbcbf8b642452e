using System;
using System.Linq;
using GovDisclosure.Standard.Applications;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Enforcement;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation;
using static GovDisclosure.Standard.Tests.Validation.Samples;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    public class TimelinessRuleTests
    {
        [Fact]
        public void Penalty_published_on_the_seventh_working_day_across_national_day_is_in_time()
        {
            // Decided Fri 2024-09-27; Sun 09-29 is a make-up workday and 10-01..07 are off, so day 7 is Sat 10-12 (a make-up workday).
            Assert.Empty(Of(EnforcementRecord() with { PublishedOn = new CalendarDate(2024, 10, 12) }, "GD-TIME-001"));
        }

        [Fact]
        public void Penalty_published_after_seven_working_days_is_late()
        {
            Finding finding = Assert.Single(Of(EnforcementRecord() with { PublishedOn = new CalendarDate(2024, 10, 14) }, "GD-TIME-001"));
            Assert.Equal("/publishedOn", finding.Location.JsonPointer);
            Assert.Contains("2024-10-12", finding.Message.Chinese);
        }

        [Fact]
        public void Other_enforcement_decisions_have_twenty_working_days()
        {
            EnforcementDisclosure inspection = EnforcementRecord() with { Category = EnforcementCategory.Inspection, PublishedOn = new CalendarDate(2024, 10, 14) };

            Assert.Empty(Of(inspection, "GD-TIME-001"));
        }

        [Fact]
        public void Date_outside_the_calendar_is_not_checkable_information_not_a_guess()
        {
            EnforcementDisclosure record = EnforcementRecord() with { DecidedOn = new CalendarDate(2026, 12, 28), PublishedOn = new CalendarDate(2027, 3, 1) };

            Finding[] findings = Validator.Validate(record).Where(f => f.RuleId.StartsWith("GD-TIME", System.StringComparison.Ordinal)).ToArray();
            Finding finding = Assert.Single(findings);
            Assert.Equal("GD-TIME-004", finding.RuleId);
            Assert.Equal(FindingSeverity.Information, finding.Severity);
        }

        [Fact]
        public void Directory_item_published_after_twenty_working_days_is_late_and_on_request_items_are_not_checked()
        {
            var late = Item() with { CreatedOn = new CalendarDate(2024, 1, 2), PublishedOn = new CalendarDate(2024, 3, 1) };

            Assert.Single(Of(late, "GD-TIME-002"));
            Assert.Empty(Of(late with { Mode = DisclosureMode.OnRequest }, "GD-TIME-002"));
            Assert.Empty(Of(Item(), "GD-TIME-002"));
        }

        [Fact]
        public void Annual_report_deadline_depends_on_the_agency_kind()
        {
            AnnualReport report = ConsistentReports.Build(new[] { 1, 2, 3 }, AnnualReportFormat.Format2021) with { PublishedOn = new CalendarDate(2024, 3, 15) };

            Finding late = Assert.Single(Of(report with { AgencyKind = AgencyKind.GovernmentDepartment }, "GD-TIME-003"));
            Assert.Contains("2024-01-31", late.Message.Chinese);
            Assert.Empty(Of(report with { AgencyKind = AgencyKind.CountyGovernment }, "GD-TIME-003"));
            Assert.Single(Of(report with { AgencyKind = null }, "GD-TIME-004"));
        }

        [Fact]
        public void Township_and_sub_district_reports_have_no_statutory_date_and_are_told_so()
        {
            AnnualReport report = ConsistentReports.Build(new[] { 1, 2, 3 }, AnnualReportFormat.Format2021) with { PublishedOn = new CalendarDate(2024, 5, 15) };

            foreach (AgencyKind kind in new[] { AgencyKind.TownshipGovernment, AgencyKind.SubdistrictOffice })
            {
                Assert.Empty(Of(report with { AgencyKind = kind }, "GD-TIME-003"));
                Finding note = Assert.Single(Of(report with { AgencyKind = kind }, "GD-TIME-004"));
                Assert.Equal(FindingSeverity.Information, note.Severity);
                Assert.Contains("第四十九条", note.Message.Chinese);
            }

            Assert.Single(Of(report with { AgencyKind = AgencyKind.CountyGovernment }, "GD-TIME-003"));
        }

        [Fact]
        public void A_configured_due_date_holds_township_reports_to_it()
        {
            AnnualReport report = ConsistentReports.Build(new[] { 1, 2, 3 }, AnnualReportFormat.Format2021) with { AgencyKind = AgencyKind.TownshipGovernment };
            var validator = new DisclosureValidator(RuleSet.Standard.WithAnnualReportDue(AgencyKind.TownshipGovernment, 3, 31));

            Finding late = Assert.Single(validator.Validate(report with { PublishedOn = new CalendarDate(2024, 4, 1) }), f => f.RuleId == "GD-TIME-003");
            Assert.Contains("2024-03-31", late.Message.Chinese);
            Assert.DoesNotContain(validator.Validate(report with { PublishedOn = new CalendarDate(2024, 3, 31) }), f => f.RuleId == "GD-TIME-003" || f.RuleId == "GD-TIME-004");
            Assert.Throws<ArgumentException>(() => RuleSet.Standard.WithAnnualReportDue(AgencyKind.TownshipGovernment, 2, 29));
            Assert.Throws<ArgumentException>(() => RuleSet.Standard.Without("GD-TIME-003").WithAnnualReportDue(AgencyKind.TownshipGovernment, 3, 31));
        }

        [Fact]
        public void The_rule_text_quotes_article_49()
        {
            RuleDescriptor rule = RuleRegistry.Find("GD-TIME-003")!;

            Assert.Contains("县级以上人民政府部门应当在每年1月31日前", rule.Description.Chinese);
            Assert.Contains("县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前", rule.Description.Chinese);
            Assert.DoesNotContain("各级人民政府", rule.Description.Chinese);
        }

        [Fact]
        public void Reply_is_due_twenty_working_days_after_receipt_or_forty_with_an_extension()
        {
            var received = new CalendarDate(2024, 9, 20);

            Assert.Equal(new CalendarDate(2024, 10, 23), ReplyDeadlines.ReplyDue(received).Date);
            Assert.Equal(new CalendarDate(2024, 11, 20), ReplyDeadlines.ReplyDue(received, extended: true).Date);
            Assert.Equal(new CalendarDate(2024, 9, 30), ReplyDeadlines.AmendmentRequestDue(received).Date);
            Assert.Equal(DeadlineStatus.NotCovered, ReplyDeadlines.ReplyDue(new CalendarDate(2026, 12, 15)).Status);
        }

        [Fact]
        public void Reply_rules_report_late_replies_and_amendment_requests()
        {
            var timeline = new ApplicationTimeline { ReceivedOn = new CalendarDate(2024, 9, 20), RepliedOn = new CalendarDate(2024, 10, 28), AmendmentRequestedOn = new CalendarDate(2024, 10, 10) };

            Assert.Equal(new[] { "GD-TIME-005", "GD-TIME-006" }, Ids(timeline));
            Assert.Empty(Ids(timeline with { ExtensionRecorded = true, AmendmentRequestedOn = new CalendarDate(2024, 9, 30) }));
        }

        [Fact]
        public void Reply_period_restarts_when_the_amendment_is_received()
        {
            var timeline = new ApplicationTimeline
            {
                ReceivedOn = new CalendarDate(2024, 9, 2),
                AmendmentRequestedOn = new CalendarDate(2024, 9, 5),
                AmendmentReceivedOn = new CalendarDate(2024, 9, 20),
                RepliedOn = new CalendarDate(2024, 10, 23),
            };

            Assert.Empty(Ids(timeline));
            Assert.Equal(new CalendarDate(2024, 10, 23), ReplyDeadlines.ReplyDue(timeline).Date);
            Assert.Single(Of(timeline with { RepliedOn = new CalendarDate(2024, 10, 24) }, "GD-TIME-005"));
        }
    }
}
