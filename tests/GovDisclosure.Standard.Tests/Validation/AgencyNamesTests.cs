using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>Pairing an agency's reports of different years by its name, with or without the city above it.</summary>
    public class AgencyNamesTests
    {
        [Theory]
        [InlineData("洪泽区人民政府", "淮安市洪泽区人民政府")]
        [InlineData("淮安市洪泽区人民政府", "江苏省淮安市洪泽区人民政府")]
        [InlineData("北岙街道办事处", "温州市洞头区北岙街道办事处")]
        [InlineData("淮安市人民政府", "淮安市人民政府")]
        public void Names_that_differ_by_an_upper_level_in_front_are_the_same_agency(string a, string b)
        {
            Assert.True(AgencyNames.SameAgency(a, b));
            Assert.True(AgencyNames.SameAgency(b, a));
        }

        [Theory]
        [InlineData("人民政府", "淮安市人民政府")]
        [InlineData("市场监督管理局", "淮安市市场监督管理局")]
        [InlineData("洪泽区人民政府", "淮安市淮阴区人民政府")]
        [InlineData("洪泽区人民政府", "洪泽区发展和改革委员会")]
        [InlineData("洪泽区人民政府", "淮安市洪泽区教育局洪泽区人民政府")]
        public void Names_of_different_agencies_or_without_a_place_of_their_own_are_not(string a, string b)
        {
            Assert.False(AgencyNames.SameAgency(a, b));
        }

        [Fact]
        public void A_shorter_name_two_cities_share_is_paired_with_neither()
        {
            Assert.Null(AgencyNames.SameAgencyKey("鼓楼区人民政府", new[] { "南京市鼓楼区人民政府", "福州市鼓楼区人民政府" }));
            Assert.Equal("南京市鼓楼区人民政府", AgencyNames.SameAgencyKey("鼓楼区人民政府", new[] { "南京市鼓楼区人民政府", "淮安市人民政府" }));
        }
    }
}
