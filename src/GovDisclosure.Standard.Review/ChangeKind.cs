namespace GovDisclosure.Standard.Review
{
    /// <summary>
    /// How a change between two versions affects the people who depend on the file, and so which part
    /// of the version number it moves (see README.md (Versioning and review)).
    /// </summary>
    public enum ChangeKind
    {
        /// <summary>
        /// 措辞 — editorial: wording, notes, provenance, descriptions. Nothing that depends on the file
        /// behaves differently. A patch release.
        /// </summary>
        Editorial = 0,

        /// <summary>
        /// 新增 — additive: a new entry, domain, optional field, enum value or public member, or a widened
        /// type. Everything valid or compiling before still is. A minor release.
        /// </summary>
        Additive = 1,

        /// <summary>
        /// 破坏性 — breaking: a code removed, renamed or given another meaning, a value removed from a
        /// closed set, a field made required, a type narrowed, a pattern added or tightened, a public
        /// member removed or its signature changed. A major release.
        /// </summary>
        Breaking = 2,
    }
}
