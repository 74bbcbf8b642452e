namespace GovDisclosure.Standard.ServiceGuides.Comparison
{
    /// <summary>How an element of two copies of a guide differs.</summary>
    public enum ServiceGuideDifferenceKind
    {
        /// <summary>Both copies give the element, and say different things.</summary>
        Differs,

        /// <summary>The first copy gives it (for a material: lists it), the second does not.</summary>
        OnlyInFirst,

        /// <summary>The second copy gives it (for a material: lists it), the first does not.</summary>
        OnlyInSecond,
    }
}
