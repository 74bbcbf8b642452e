namespace GovDisclosure.Standard.Codelists
{
    /// <summary>The values of the code list <c>DisclosureAudience</c> (see its documentation), in declaration order.</summary>
    internal static class DisclosureAudienceRows
    {
        /// <summary>The row of <c>DisclosureAudience.Public</c>.</summary>
        internal static readonly CodelistRow Public = new CodelistRow("public", 1, "全社会", "The whole public", "社会公众", "公众", "全体公众");

        /// <summary>The row of <c>DisclosureAudience.SpecificGroup</c>.</summary>
        internal static readonly CodelistRow SpecificGroup = new CodelistRow("specificGroup", 2, "特定群体", "A specific group", "特定对象", "特定人群", "特定群众");

        /// <summary>Every row in declaration order.</summary>
        internal static readonly CodelistRow[] All = { Public, SpecificGroup };
    }
}
