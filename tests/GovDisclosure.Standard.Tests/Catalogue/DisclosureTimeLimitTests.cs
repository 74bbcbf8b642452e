using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Catalogue;

namespace GovDisclosure.Standard.Tests.Catalogue
{
    public sealed class DisclosureTimeLimitTests
    {
        [Theory]
        [InlineData("信息形成或者变更之日起20个工作日内", "formedOrChanged", 20, "workingDays")]
        [InlineData("自该信息形成或者变更之日起20个工作日内", "formedOrChanged", 20, "workingDays")]
        [InlineData("自制作或获取该信息之日起20个工作日内公开", "madeOrObtained", 20, "workingDays")]
        [InlineData("制定或获取信息之日起10个工作日内", "madeOrObtained", 10, "workingDays")]
        [InlineData("信息形成之日起20个工作日内", "formed", 20, "workingDays")]
        [InlineData("部门预算经本级财政部门批复后20日内公开", "approval", 20, "calendarDays")]
        [InlineData("信息形成（变更）下发至本单位20个工作日内", "receivedByAgency", 20, "workingDays")]
        [InlineData("信息形成之日起二十个工作日内", "formed", 20, "workingDays")]
        public void Wordings_with_a_period_read_into_trigger_count_and_unit(string text, string trigger, int count, string unit)
        {
            DisclosureTimeLimit limit = DisclosureTimeLimit.Parse(text);

            Assert.True(limit.IsUnderstood);
            TimeLimitClause clause = Assert.Single(limit.Clauses);
            Assert.Equal(trigger, clause.Trigger!.Code);
            Assert.Equal(new TimePeriod(count, TimeUnit.Parse(unit)), clause.Period);
            Assert.Equal(text, limit.Text);
        }

        [Theory]
        [InlineData("实时公开", "realTime")]
        [InlineData("及时公开", "promptly")]
        [InlineData("按进展情况及时公开", "asProgresses")]
        [InlineData("即时公开", "immediately")]
        public void Wordings_without_a_period_read_as_their_kind(string text, string trigger)
        {
            DisclosureTimeLimit limit = DisclosureTimeLimit.Parse(text);

            Assert.True(limit.IsUnderstood);
            TimeLimitClause clause = Assert.Single(limit.Clauses);
            Assert.Equal(trigger, clause.Trigger!.Code);
            Assert.Null(clause.Period);
        }

        [Theory]
        [InlineData("审批后5个工作日内", "审批", 5, "workingDays")]
        [InlineData("备案之日起20个工作日内", "备案", 20, "workingDays")]
        [InlineData("自备案之日起20个工作日内公开", "备案", 20, "workingDays")]
        [InlineData("项目竣工验收后30日内", "项目竣工验收", 30, "calendarDays")]
        public void A_period_from_an_event_the_wording_names_keeps_the_event_verbatim(string text, string namedEvent, int count, string unit)
        {
            DisclosureTimeLimit limit = DisclosureTimeLimit.Parse(text);

            Assert.True(limit.IsUnderstood);
            TimeLimitClause clause = Assert.Single(limit.Clauses);
            Assert.Equal(TimeLimitTrigger.NamedEvent, clause.Trigger);
            Assert.Equal(namedEvent, clause.NamedEvent);
            Assert.Equal(new TimePeriod(count, TimeUnit.Parse(unit)), clause.Period);
        }

        [Fact]
        public void Publication_when_a_named_event_happens_is_read_with_the_event_verbatim_and_no_period()
        {
            // 农村集体土地征收 catalogues (e.g. 高明区荷城街道) publish the pre-announcement "在实地启动拟征收土地工作时".
            DisclosureTimeLimit limit = DisclosureTimeLimit.Parse("在实地启动拟征收土地工作时，在村公示栏公开");

            Assert.True(limit.IsReadable);
            TimeLimitClause clause = Assert.Single(limit.Clauses);
            Assert.Equal(TimeLimitTrigger.AtNamedEvent, clause.Trigger);
            Assert.Equal("实地启动拟征收土地工作", clause.NamedEvent);
            Assert.Null(clause.Period);
        }

        [Theory]
        [InlineData("拟征收土地现状调查结束后5个工作日内，在村公示栏公开")]
        [InlineData("审批后5个工作日内，通过政府网站公开")]
        public void A_clause_that_says_where_not_when_is_not_an_unreadable_time_limit(string text)
        {
            DisclosureTimeLimit limit = DisclosureTimeLimit.Parse(text);

            Assert.True(limit.IsReadable);
            TimeLimitClause clause = Assert.Single(limit.Clauses);
            Assert.Equal(TimeLimitTrigger.NamedEvent, clause.Trigger);
            Assert.Equal(new TimePeriod(5, TimeUnit.WorkingDays), clause.Period);
        }

        [Theory]
        [InlineData("20个工作日", 20, "workingDays")]
        [InlineData("20个工作日内", 20, "workingDays")]
        [InlineData("十五日内公开", 15, "calendarDays")]
        public void A_bare_period_reads_as_count_and_unit_with_an_unknown_trigger(string text, int count, string unit)
        {
            DisclosureTimeLimit limit = DisclosureTimeLimit.Parse(text);

            TimeLimitClause clause = Assert.Single(limit.Clauses);
            Assert.True(clause.IsBarePeriod);
            Assert.Null(clause.Trigger);
            Assert.Equal(new TimePeriod(count, TimeUnit.Parse(unit)), clause.Period);
            Assert.True(limit.IsReadable);
            Assert.False(limit.IsUnderstood);
            Assert.Empty(limit.UnreadableClauses);
        }

        [Fact]
        public void Enforcement_wording_reads_as_two_clauses_with_their_subjects()
        {
            DisclosureTimeLimit limit = DisclosureTimeLimit.Parse("执法决定信息在决定作出之日起7个工作日内公开，其他相关信息形成或变更之日起20个工作日内公开");

            Assert.True(limit.IsUnderstood);
            Assert.Equal(2, limit.Clauses.Count);
            Assert.Equal(("执法决定信息", TimeLimitTrigger.Decision, TimePeriod.WorkingDays(7)), (limit.Clauses[0].Subject, limit.Clauses[0].Trigger, limit.Clauses[0].Period));
            Assert.Equal(("其他相关信息", TimeLimitTrigger.FormedOrChanged, TimePeriod.WorkingDays(20)), (limit.Clauses[1].Subject, limit.Clauses[1].Trigger, limit.Clauses[1].Period));
        }

        [Fact]
        public void A_public_notice_period_is_read_apart_from_the_deadline()
        {
            DisclosureTimeLimit limit = DisclosureTimeLimit.Parse("及时公开，公告期限为5个工作日");

            Assert.True(limit.IsUnderstood);
            Assert.Equal(TimeLimitTrigger.Promptly, Assert.Single(limit.Clauses).Trigger);
            Assert.Equal(TimePeriod.WorkingDays(5), limit.NoticePeriod);
        }

        [Fact]
        public void Budget_subject_is_named()
        {
            Assert.Equal("部门预算", DisclosureTimeLimit.Parse("部门预算经本级财政部门批复后20日内公开").PrimaryClause!.Subject);
        }

        [Theory]
        [InlineData("视情况公开")]
        [InlineData("另行通知")]
        [InlineData("")]
        public void Wording_that_is_not_understood_is_kept_and_reported(string text)
        {
            DisclosureTimeLimit limit = DisclosureTimeLimit.Parse(text);

            Assert.False(limit.IsUnderstood);
            Assert.Equal(text, limit.Text);
            Assert.Equal(limit.Clauses.Count, limit.UnreadableClauses.Count);
        }

        [Fact]
        public void One_unread_clause_among_understood_ones_is_reported_verbatim()
        {
            DisclosureTimeLimit limit = DisclosureTimeLimit.Parse("信息形成之日起20个工作日内；另行通知");

            Assert.False(limit.IsUnderstood);
            Assert.Equal("另行通知", Assert.Single(limit.UnreadableClauses).Text);
        }

        [Fact]
        public void Time_limits_are_equal_when_their_wording_is()
        {
            Assert.Equal(DisclosureTimeLimit.Parse("实时公开"), DisclosureTimeLimit.Parse("实时公开"));
            Assert.NotEqual(DisclosureTimeLimit.Parse("实时公开"), DisclosureTimeLimit.Parse("及时公开"));
        }

        [Theory]
        [InlineData("五", 5)]
        [InlineData("十", 10)]
        [InlineData("十五", 15)]
        [InlineData("二十", 20)]
        [InlineData("四十", 40)]
        [InlineData("一百二十", 120)]
        [InlineData("20", 20)]
        public void Chinese_and_arabic_counts_read_alike(string text, int expected)
        {
            Assert.Equal(expected, TimeLimitWording.ParseCount(text));
        }

        [Property]
        public Property Arabic_counts_in_any_wording_round_trip_through_the_reader()
        {
            return FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Gen.Choose(1, 400).ToArbitraryOf(), n =>
            {
                DisclosureTimeLimit limit = DisclosureTimeLimit.Parse($"自该信息形成或者变更之日起{n}个工作日内");
                return limit.IsUnderstood && limit.PrimaryClause!.Period == TimePeriod.WorkingDays(n);
            });
        }
    }

    internal static class GenExtensions
    {
        public static FsCheck.Arbitrary<T> ToArbitraryOf<T>(this FsCheck.Gen<T> gen) => FsCheck.Fluent.Arb.ToArbitrary(gen);
    }
}

namespace GovDisclosure.Standard.Tests.Catalogue
{
    public sealed class DisclosureTimeLimitWordingsFromTheCatalogueTests
    {
        [Fact]
        public void Article_26_proviso_is_recognised_and_does_not_hide_the_period()
        {
            DisclosureTimeLimit limit = DisclosureTimeLimit.Parse("信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。");

            Assert.True(limit.IsUnderstood);
            Assert.True(limit.DefersToOtherLaws);
            Assert.Equal(TimePeriod.WorkingDays(20), Assert.Single(limit.Clauses).Period);
        }

        [Fact]
        public void A_minimum_notice_period_alone_is_understood()
        {
            DisclosureTimeLimit limit = DisclosureTimeLimit.Parse("预公告时间不得少于十个工作日");

            Assert.True(limit.IsUnderstood);
            Assert.Empty(limit.Clauses);
            Assert.Equal(TimePeriod.WorkingDays(10), limit.NoticePeriod);
        }

        [Fact]
        public void Numbered_labelled_clauses_read_with_their_subjects()
        {
            DisclosureTimeLimit limit = DisclosureTimeLimit.Parse("1.除处罚决定外其他内容：长期公开（动态调整）；2.处罚决定：20个工作日内。");

            Assert.True(limit.IsUnderstood);
            Assert.Equal(("除处罚决定外其他内容", TimeLimitTrigger.Continuously), (limit.Clauses[0].Subject, limit.Clauses[0].Trigger));
            Assert.Equal(("处罚决定", TimeLimitTrigger.Decision, TimePeriod.WorkingDays(20)), (limit.Clauses[1].Subject, limit.Clauses[1].Trigger, limit.Clauses[1].Period));
        }

        [Fact]
        public void A_proviso_after_a_comma_does_not_swallow_the_first_clause()
        {
            DisclosureTimeLimit limit = DisclosureTimeLimit.Parse("信息形成之日起20个工作日内，法律法规另有规定的，从其规定");

            Assert.True(limit.DefersToOtherLaws);
            Assert.Equal(TimeLimitTrigger.Formed, Assert.Single(limit.Clauses).Trigger);
        }
    }
}

namespace GovDisclosure.Standard.Tests.Catalogue
{
    public sealed class DisclosureTimeLimitEventWordingsTests
    {
        [Theory]
        [InlineData("自收到申请之日起20个工作日内", "applicationReceived", 20, "workingDays")]
        [InlineData("分配结果确定后20个工作日内", "decision", 20, "workingDays")]
        [InlineData("本级人民代表大会或其常务委员会批准后20日内", "approval", 20, "calendarDays")]
        [InlineData("提前一周发通知邀请", "inAdvance", 7, "calendarDays")]
        public void Event_wordings_of_the_catalogue_are_understood(string text, string trigger, int count, string unit)
        {
            TimeLimitClause clause = Assert.Single(DisclosureTimeLimit.Parse(text).Clauses);

            Assert.True(clause.IsUnderstood);
            Assert.Equal(trigger, clause.Trigger!.Code);
            Assert.Equal(new TimePeriod(count, TimeUnit.Parse(unit)), clause.Period);
        }

        [Fact]
        public void A_bare_notice_period_is_read_as_one()
        {
            DisclosureTimeLimit limit = DisclosureTimeLimit.Parse("公示7个工作日");

            Assert.True(limit.IsUnderstood);
            Assert.Equal(TimePeriod.WorkingDays(7), limit.NoticePeriod);
        }

        [Fact]
        public void An_advance_notice_deadline_counts_back_from_the_event()
        {
            var meeting = new CalendarDate(2025, 6, 20);

            DisclosureDeadline inWeek = DisclosureTimeLimit.Parse("提前一周发通知邀请").DeadlineFor(meeting, WorkingDayCalendar.China);
            DisclosureDeadline inWorkingDays = DisclosureTimeLimit.Parse("提前3个工作日通知").DeadlineFor(meeting, WorkingDayCalendar.China);

            Assert.Equal(new CalendarDate(2025, 6, 13), inWeek.Date);
            Assert.Equal(new CalendarDate(2025, 6, 17), inWorkingDays.Date);
        }
    }
}
