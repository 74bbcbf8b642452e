namespace GovDisclosure.Standard.Catalogue.Comparison
{
    /// <summary>Whether a local entry's difference from its standard entry gives the public less, more, or cannot be weighed.</summary>
    public enum CatalogueDifferenceDirection
    {
        /// <summary>Weaker than the standard: a longer time limit, a required element, channel, mode, audience or basis gone.</summary>
        Weaker,

        /// <summary>Stronger than the standard: a shorter time limit, more elements or channels, proactive or whole-public where the standard is not.</summary>
        Stronger,

        /// <summary>Different but not comparable, e.g. a time limit in working days against one in calendar days.</summary>
        NotComparable,
    }
}
