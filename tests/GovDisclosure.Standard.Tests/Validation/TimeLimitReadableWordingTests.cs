using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Validation.CatalogueEntries;

namespace GovDisclosure.Standard.Tests.Validation
{
    public class TimeLimitReadableWordingTests
    {
        /// <summary>Clauses GD-CAT-003 reads: understood, bare periods, notice periods, and wording it cannot read.</summary>
        private static readonly string[] Clauses =
        {
            "信息形成或者变更之日起20个工作日内", "信息形成之日起二十个工作日内", "20个工作日", "15日",
            "公告期限为5个工作日", "另行通知", "及时", "随时更新", "按规定", "每年一季度", "",
        };

        private static readonly string[] Separators = { "；", ";", "，", "。", "或", " " };

        /// <summary>GD-CAT-003's wording of the unreadable clauses as it was told from the list of them.</summary>
        private static string FormerWording(DisclosureTimeLimit limit)
        {
            TimeLimitClause[] unread = limit.UnreadableClauses.ToArray();
            return unread.Length == 0 ? limit.Text : string.Join("；", unread.Select(c => c.Text));
        }

        [Property]
        public Property The_unreadable_clauses_are_worded_as_the_list_of_them_words_them()
        {
            Gen<string> texts =
                from count in Gen.Choose(1, 4)
                from clauses in Gen.Elements(Clauses).ArrayOf(count)
                from separators in Gen.Elements(Separators).ArrayOf(count)
                select string.Concat(clauses.Zip(separators, (clause, separator) => clause + separator)).TrimEnd();
            return Prop.ForAll(texts.ToArbitrary(), text =>
            {
                DisclosureTimeLimit limit = DisclosureTimeLimit.Parse(text);
                return TimeLimitReadableRule.UnreadableWording(limit) == FormerWording(limit);
            });
        }

        [Fact]
        public void Two_unreadable_clauses_are_joined_in_the_order_written()
        {
            DisclosureTimeLimit limit = DisclosureTimeLimit.Parse("另行通知；信息形成之日起20个工作日内；按规定");

            Assert.Equal(2, limit.UnreadableClauses.Count);
            Assert.Equal("另行通知；按规定", TimeLimitReadableRule.UnreadableWording(limit));
        }
    }
}
