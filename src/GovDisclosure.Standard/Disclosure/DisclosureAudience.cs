using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Disclosure
{
    /// <summary>To whom information is disclosed (公开对象).</summary>
    public sealed class DisclosureAudience : CodelistValue<DisclosureAudience>
    {
        /// <summary>全社会 — the whole public.</summary>
        public static readonly DisclosureAudience Public = new DisclosureAudience("public", 1, "全社会", "The whole public", "社会公众", "公众", "全体公众");

        /// <summary>特定群体 — a specific group (e.g. the households concerned, applicants).</summary>
        public static readonly DisclosureAudience SpecificGroup = new DisclosureAudience("specificGroup", 2, "特定群体", "A specific group", "特定对象", "特定人群", "特定群众");

        private DisclosureAudience(string code, int order, string chineseName, string englishName, params string[] synonyms)
            : base(code, order, chineseName, englishName, synonyms)
        {
        }
    }
}
