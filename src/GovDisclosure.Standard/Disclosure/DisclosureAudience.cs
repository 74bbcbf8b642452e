using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Disclosure
{
    /// <summary>To whom information is disclosed (公开对象).</summary>
    public sealed class DisclosureAudience : CodelistValue<DisclosureAudience>
    {
        /// <summary>全社会 — the whole public.</summary>
        public static readonly DisclosureAudience Public = new DisclosureAudience(DisclosureAudienceRows.Public);

        /// <summary>特定群体 — a specific group (e.g. the households concerned, applicants).</summary>
        public static readonly DisclosureAudience SpecificGroup = new DisclosureAudience(DisclosureAudienceRows.SpecificGroup);

        private DisclosureAudience(CodelistRow row)
            : base(row.Code, row.Order, row.ChineseName, row.EnglishName, row.Synonyms)
        {
        }
    }
}
