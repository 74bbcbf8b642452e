namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// How far a locator has counted lines and columns through a record: the offset it reached and the line and column (for
    /// a JSON Lines record, the characters) there, so that a later offset is counted on from it rather than from the
    /// record's start. The default is "nothing counted yet".
    /// </summary>
    internal struct RecordWalk
    {
        /// <summary>The byte offset counted up to; 0 when nothing is counted yet.</summary>
        public int To;

        /// <summary>The line at <see cref="To"/>.</summary>
        public long Line;

        /// <summary>The column at <see cref="To"/> (a JSON Lines reader: the characters before it on the line).</summary>
        public long Column;
    }
}
