using System.Linq;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.DisclosureGuides;
using GovDisclosure.Standard.Enforcement;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;
using static GovDisclosure.Standard.Tests.Validation.Samples;

namespace GovDisclosure.Standard.Tests.Validation
{
    public class DocumentRuleTests
    {
        [Fact]
        public void Complete_directory_item_disclosure_guide_and_enforcement_have_no_findings()
        {
            Assert.Empty(Ids(Item()));
            Assert.Empty(Ids(DisclosureGuide()));
            Assert.Empty(Ids(EnforcementRecord()));
        }

        [Fact]
        public void Directory_item_missing_article_12_fields_is_reported_per_field()
        {
            Assert.Equal(new[] { "/indexNumber", "/createdOn" }, Of(Item() with { IndexNumber = "", CreatedOn = null }, "GD-DIR-001").Select(f => f.Location.JsonPointer));
        }

        [Fact]
        public void Directory_item_published_before_created_is_reported()
        {
            Assert.Single(Of(Item() with { PublishedOn = new CalendarDate(2024, 6, 1) }, "GD-DIR-002"));
            Assert.Empty(Of(Item() with { PublishedOn = new CalendarDate(2024, 6, 3) }, "GD-DIR-002"));
        }

        [Fact]
        public void Five_part_guide_is_a_district_convention_checked_only_in_its_opt_in_set()
        {
            DisclosureGuide guide = DisclosureGuide() with { PublishedInformation = null };

            Assert.False(RuleSet.Standard.Contains("GD-DG-001"));
            Assert.DoesNotContain(new DisclosureValidator().Validate(guide), f => f.RuleId == "GD-DG-001");
            Assert.Equal(new[] { "/publishedInformation" }, new DisclosureValidator(RuleSet.FivePartGuide).Validate(guide).Where(f => f.RuleId == "GD-DG-001").Select(f => f.Location.JsonPointer));
            Assert.Contains("2020", RuleSet.FivePartGuide.Description!.English);
        }

        [Fact]
        public void A_missing_disclosure_office_breaks_article_12_once()
        {
            DisclosureGuide guide = DisclosureGuide() with { Office = null };

            Assert.Equal(new[] { "/office" }, Of(guide, "GD-DG-002").Select(f => f.Location.JsonPointer));
        }

        [Fact]
        public void Disclosure_office_without_fax_or_internet_contact_breaks_article_12()
        {
            DisclosureGuide guide = DisclosureGuide() with { Office = DisclosureGuide().Office! with { Fax = null, InternetContact = " " }, Arrangement = null };

            Assert.Equal(new[] { "/arrangement", "/office/fax", "/office/internetContact" }, Of(guide, "GD-DG-002").Select(f => f.Location.JsonPointer));
        }

        [Fact]
        public void Disclosure_office_phone_must_be_plausible()
        {
            Finding finding = Assert.Single(Of(DisclosureGuide() with { Office = DisclosureGuide().Office! with { Phone = "6123456" } }, "GD-DG-003"));
            Assert.Equal("/office/phone", finding.Location.JsonPointer);
            Assert.Empty(Of(DisclosureGuide(), "GD-DG-003"));
        }

        [Fact]
        public void Enforcement_disclosure_missing_fields_is_reported_per_field()
        {
            EnforcementDisclosure record = EnforcementRecord() with { Party = null, Category = null, DecidedOn = null };

            Assert.Equal(new[] { "/party", "/category", "/decidedOn" }, Of(record, "GD-ENF-001").Select(f => f.Location.JsonPointer));
        }

        [Fact]
        public void Enforcement_published_before_the_decision_is_reported()
        {
            Assert.Single(Of(EnforcementRecord() with { PublishedOn = new CalendarDate(2024, 9, 20) }, "GD-ENF-002"));
            Assert.Empty(Of(EnforcementRecord(), "GD-ENF-002"));
        }
    }
}
