namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// What a value of one run-time type counts as when a field's completeness is judged (<see cref="FieldShape.IsGivenIn"/>):
    /// the answer of the type tests a value was put through (text, an indexed list, any other sequence, a value type,
    /// an object of the field catalogue, any other object), worked out once for a type and then read, as it depends on the
    /// type alone.
    /// </summary>
    internal enum GivenForm
    {
        /// <summary>A <see cref="string"/>: given when not blank.</summary>
        Text = 0,

        /// <summary>An <see cref="System.Collections.IList"/> (not text): given when an item is, read by index.</summary>
        Indexed = 1,

        /// <summary>Any other <see cref="System.Collections.IEnumerable"/>: given when an item is, read in order.</summary>
        Listed = 2,

        /// <summary>A value type (a number, a date, a yes/no): given when there.</summary>
        Value = 3,

        /// <summary>An object the field catalogue has a shape of: given when there, and as a list item when its required fields are.</summary>
        Shaped = 4,

        /// <summary>Any other object (a code, say): given when its text is not blank.</summary>
        Other = 5,
    }
}
