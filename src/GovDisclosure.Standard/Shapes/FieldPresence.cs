namespace GovDisclosure.Standard.Shapes
{
    /// <summary>How much the standard needs a field (必填程度).</summary>
    public enum FieldPresence
    {
        /// <summary>The field may be left out.</summary>
        Optional = 0,

        /// <summary>
        /// The standard requires the field (必填). The model keeps it nullable so that an incomplete
        /// export can still be read: the completeness rules report it when it is absent or blank,
        /// and the published JSON Schema lists it as <c>required</c>.
        /// </summary>
        Required = 1,

        /// <summary>
        /// The value it belongs to means nothing without it (e.g. the count of a period, the name of
        /// a content element): binding leaves the whole value out and reports it, and the published
        /// JSON Schema lists it as <c>required</c>.
        /// </summary>
        Essential = 2,
    }
}
