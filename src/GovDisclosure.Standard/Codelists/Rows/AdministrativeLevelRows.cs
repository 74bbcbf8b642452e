namespace GovDisclosure.Standard.Codelists
{
    /// <summary>The values of the code list <c>AdministrativeLevel</c> (see its documentation), in declaration order.</summary>
    internal static class AdministrativeLevelRows
    {
        /// <summary>The row of <c>AdministrativeLevel.City</c>.</summary>
        internal static readonly CodelistRow City = new CodelistRow("city", 1, "市级", "City level", "市", "市(州)级", "州级", "盟级", "地区级", "设区的市级");

        /// <summary>The row of <c>AdministrativeLevel.County</c>.</summary>
        internal static readonly CodelistRow County = new CodelistRow("county", 2, "县级", "County level", "县", "区级", "县（区）级", "县区级", "区县级", "县(市、区)级", "县(市区)级", "县市区级", "县(市)级");

        /// <summary>The row of <c>AdministrativeLevel.Township</c>.</summary>
        internal static readonly CodelistRow Township = new CodelistRow("township", 3, "乡级", "Township level", "乡", "乡镇级", "镇级", "乡（镇）级", "街道", "乡镇（街道）", "乡镇(街道)级", "镇(街)级", "镇街级", "街道级", "乡(镇、街道)级");

        /// <summary>The row of <c>AdministrativeLevel.Village</c>.</summary>
        internal static readonly CodelistRow Village = new CodelistRow("village", 4, "村级", "Village level", "村", "村（居）级", "社区");

        /// <summary>Every row in declaration order.</summary>
        internal static readonly CodelistRow[] All = { City, County, Township, Village };
    }
}
