namespace GovDisclosure.Standard.Generators.Reading
{
    /// <summary>
    /// One value of a closed value set as the catalogue format writes it: its code, the C# member the
    /// generated code names, its Chinese name and the other wordings that name it (used only to suggest
    /// the code for a file that wrote a wording instead).
    /// </summary>
    internal sealed class ClosedValue
    {
        public ClosedValue(string code, string member, string chineseName, params string[] synonyms)
        {
            Code = code;
            Member = member;
            ChineseName = chineseName;
            Synonyms = synonyms;
        }

        public string Code { get; }

        public string Member { get; }

        public string ChineseName { get; }

        /// <summary>The core code list's English name and synonyms.</summary>
        public string[] Synonyms { get; }
    }
}
