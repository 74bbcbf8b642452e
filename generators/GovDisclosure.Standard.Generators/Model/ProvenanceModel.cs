namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>Where a catalogue or a guideline comes from: title, document number, date of issue, whether it was checked, and a note.</summary>
    internal sealed record ProvenanceModel(string? Title, string? DocumentNumber, string? IssuedOn, bool? Verified, string? Note);
}
