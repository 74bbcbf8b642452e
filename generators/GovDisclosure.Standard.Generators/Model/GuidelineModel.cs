namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>A domain's 基层政务公开标准指引 as <c>domains.json</c> records it.</summary>
    internal sealed record GuidelineModel(string? Title, string? DocumentNumber, string? IssuedOn, bool Verified, string? Note);
}
