namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>
    /// One catalogue entry, read and checked: every value is in its canonical form (codes, numbers),
    /// so emitting it cannot fail. <see cref="Verified"/> already inherits the file's provenance.
    /// </summary>
    internal sealed record EntryModel(
        string Code,
        string PropertyName,
        string FirstLevelItem,
        string SecondLevelItem,
        string? ThirdLevelItem,
        EquatableArray<ContentElementModel> ContentElements,
        EquatableArray<string> LegalBasis,
        string TimeLimit,
        string ResponsibleBody,
        EquatableArray<string> Channels,
        EquatableArray<string> Audiences,
        EquatableArray<string> Modes,
        EquatableArray<string> Levels,
        EquatableArray<int> Categories,
        bool? CategoriesInferred,
        bool? Verified,
        EquatableArray<string> ConfirmedBy,
        string? Note);
}
