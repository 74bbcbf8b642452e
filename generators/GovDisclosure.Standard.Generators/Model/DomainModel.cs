namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>One pilot domain of <c>domains.json</c>.</summary>
    internal sealed record DomainModel(
        string Code,
        int Number,
        string Name,
        string EnglishName,
        EquatableArray<string> Aliases,
        EquatableArray<string> Ministries,
        GuidelineModel? Guideline)
    {
        public string MemberName => Reading.Identifiers.ToPascalCase(Code);
    }
}
