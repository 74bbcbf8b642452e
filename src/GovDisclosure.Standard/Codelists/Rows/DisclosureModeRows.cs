namespace GovDisclosure.Standard.Codelists
{
    /// <summary>The values of the code list <c>DisclosureMode</c> (see its documentation), in declaration order.</summary>
    internal static class DisclosureModeRows
    {
        /// <summary>The row of <c>DisclosureMode.Proactive</c>.</summary>
        internal static readonly CodelistRow Proactive = new CodelistRow("proactive", 1, "主动公开", "Proactive disclosure", "主动");

        /// <summary>The row of <c>DisclosureMode.OnRequest</c>.</summary>
        internal static readonly CodelistRow OnRequest = new CodelistRow("onRequest", 2, "依申请公开", "Disclosure on request", "依申请");

        /// <summary>Every row in declaration order.</summary>
        internal static readonly CodelistRow[] All = { Proactive, OnRequest };
    }
}
