namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>How serious a finding is, in ascending order (so <c>--fail-on</c> compares).</summary>
    public enum FindingSeverity
    {
        /// <summary>信息 — worth knowing, not a defect (e.g. an additional field).</summary>
        Information = 0,

        /// <summary>警告 — probably a defect, or vague wording.</summary>
        Warning = 1,

        /// <summary>错误 — the document breaks the standard.</summary>
        Error = 2,
    }
}
