using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Disclosure
{
    /// <summary>
    /// How information is disclosed (公开方式), Regulations Art. 13: proactively (主动公开) or on
    /// request (依申请公开).
    /// </summary>
    public sealed class DisclosureMode : CodelistValue<DisclosureMode>
    {
        /// <summary>主动公开 — published by the agency on its own initiative.</summary>
        public static readonly DisclosureMode Proactive = new DisclosureMode(DisclosureModeRows.Proactive);

        /// <summary>依申请公开 — provided in answer to an application.</summary>
        public static readonly DisclosureMode OnRequest = new DisclosureMode(DisclosureModeRows.OnRequest);

        private DisclosureMode(CodelistRow row)
            : base(row.Code, row.Order, row.ChineseName, row.EnglishName, row.Synonyms)
        {
        }
    }
}
