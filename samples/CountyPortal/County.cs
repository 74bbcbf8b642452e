namespace Bailuwan.CountyPortal
{
    /// <summary>
    /// The county this portal serves. 白鹭湾县 (Bailuwan County) is FICTIONAL: it was invented for this
    /// sample, and its local catalogue (catalog/*.catalog.json) was issued by no real government.
    /// </summary>
    internal static class County
    {
        /// <summary>The county's Chinese name.</summary>
        public const string Name = "白鹭湾县";

        /// <summary>The county's English name.</summary>
        public const string EnglishName = "Bailuwan County";

        /// <summary>What every page and response says about the county being invented.</summary>
        public const string FictionNotice = "虚构示例县，仅用于演示 / A fictional county, for demonstration only";
    }
}
