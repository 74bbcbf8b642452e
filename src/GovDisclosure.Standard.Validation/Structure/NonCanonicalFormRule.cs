namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>
    /// GD-STR-008: a JSON value was accepted in a form the published schema does not allow — a single
    /// value where the schema has a list, or a number written as text. The value is used, but a
    /// schema validator on the receiving side would reject the file. Not reported for CSV and
    /// spreadsheet input, where every cell is text and lists are written in one cell.
    /// </summary>
    internal static class NonCanonicalFormRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.NonCanonicalForm);
    }
}
