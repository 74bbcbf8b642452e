using System.Linq;
using GovDisclosure.Standard.Disclosure;

namespace GovDisclosure.Standard.Tests.Codelists
{
    public sealed class DisclosureCategoryTests
    {
        [Fact]
        public void Article_20_has_fifteen_items_numbered_in_order()
        {
            Assert.Equal(Enumerable.Range(1, 15), DisclosureCategory.Declared.Select(c => c.Number));
            Assert.Equal(DisclosureCategory.BudgetsAndFinalAccounts, DisclosureCategory.FromNumber(7));
        }

        [Fact]
        public void No_item_of_article_20_is_modelled_as_owed_by_some_kinds_of_agency_only()
        {
            // Art. 20: 行政机关应当……主动公开本行政机关的下列政府信息 — every agency, every item.
            Assert.Null(typeof(DisclosureCategory).GetMethod("IsOwedBy"));
            Assert.Null(typeof(DisclosureCategory).GetProperty("OnlyCityAndCountyGovernmentsOwe"));
            Assert.Null(typeof(AgencyKind).GetProperty("OwesEveryCategory"));
        }

        [Fact]
        public void A_category_parses_from_its_number_as_text()
        {
            Assert.Equal(DisclosureCategory.AdministrativeFees, DisclosureCategory.Parse("8"));
        }
    }
}
