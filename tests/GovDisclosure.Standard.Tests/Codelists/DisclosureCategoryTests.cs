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
        public void City_and_county_governments_owe_all_fifteen_items()
        {
            Assert.All(DisclosureCategory.Declared, c => Assert.True(c.IsOwedBy(AgencyKind.CityGovernment)));
            Assert.All(DisclosureCategory.Declared, c => Assert.True(c.IsOwedBy(AgencyKind.CountyGovernment)));
        }

        [Fact]
        public void Other_agencies_owe_items_1_2_5_to_10_14_and_15()
        {
            int[] owed = DisclosureCategory.Declared.Where(c => c.IsOwedBy(AgencyKind.GovernmentDepartment)).Select(c => c.Number).ToArray();
            Assert.Equal(new[] { 1, 2, 5, 6, 7, 8, 9, 10, 14, 15 }, owed);
        }

        [Fact]
        public void A_category_parses_from_its_number_as_text()
        {
            Assert.Equal(DisclosureCategory.AdministrativeFees, DisclosureCategory.Parse("8"));
        }
    }
}
