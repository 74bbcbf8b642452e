using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>
    /// The structure rules (GD-STR-…), whose findings binding reports while a raw record becomes a typed
    /// document: each is a <see cref="CompanionRule"/> so that a <see cref="RuleSet"/> lists it and can leave it
    /// out or re-grade it (all but GD-STR-001: an unreadable record always says why).
    /// </summary>
    internal static class StructureRules
    {
        /// <summary>GD-STR-001: the record cannot be read.</summary>
        public static readonly CompanionRule UnreadableRecord = new CompanionRule(RuleDescriptors.UnreadableRecord);

        /// <summary>GD-STR-002: a field has the wrong type.</summary>
        public static readonly CompanionRule WrongType = new CompanionRule(RuleDescriptors.WrongType);

        /// <summary>GD-STR-003: a value is not in its code list.</summary>
        public static readonly CompanionRule UnknownCode = new CompanionRule(RuleDescriptors.UnknownCode);

        /// <summary>GD-STR-004: a date cannot be read.</summary>
        public static readonly CompanionRule UnreadableDate = new CompanionRule(RuleDescriptors.UnreadableDate);

        /// <summary>GD-STR-005: an additional field.</summary>
        public static readonly CompanionRule AdditionalField = new CompanionRule(RuleDescriptors.AdditionalField);

        /// <summary>GD-STR-006: a required part is missing.</summary>
        public static readonly CompanionRule MissingMember = new CompanionRule(RuleDescriptors.MissingMember);

        /// <summary>GD-STR-007: a field is given twice.</summary>
        public static readonly CompanionRule DuplicateField = new CompanionRule(RuleDescriptors.DuplicateField);

        /// <summary>GD-STR-008: a value is read, but not in the published schema's form.</summary>
        public static readonly CompanionRule NonCanonicalForm = new CompanionRule(RuleDescriptors.NonCanonicalForm);
    }
}
