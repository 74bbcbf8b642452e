namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// A structure rule (GD-STR-…) applied while a raw record is bound to a typed document: wrong
    /// JSON types, unknown code-list values, unreadable dates, additional fields. It is part of a
    /// <see cref="RuleSet"/> so that it is listed, and can be left out with <see cref="RuleSet.Without"/>
    /// (all but GD-STR-001, since an unreadable record must always say why).
    /// </summary>
    public sealed class BindingRule : ValidationRule
    {
        internal BindingRule(RuleDescriptor descriptor)
            : base(descriptor)
        {
        }
    }
}
