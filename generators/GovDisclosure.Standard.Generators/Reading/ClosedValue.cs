namespace GovDisclosure.Standard.Generators.Reading
{
    /// <summary>One value of a closed value set as the catalogue format writes it: its code, the C# member the generated code names, and its Chinese name.</summary>
    internal sealed class ClosedValue
    {
        public ClosedValue(string code, string member, string chineseName)
        {
            Code = code;
            Member = member;
            ChineseName = chineseName;
        }

        public string Code { get; }

        public string Member { get; }

        public string ChineseName { get; }
    }
}
