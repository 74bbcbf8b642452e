using System;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>One field a completeness rule requires: where it is, its names, and whether a document has it.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    internal sealed class RequiredField<TDocument>
    {
        public RequiredField(string pointer, string chineseName, string englishName, Func<TDocument, bool> isPresent)
        {
            Pointer = pointer;
            ChineseName = chineseName;
            EnglishName = englishName;
            IsPresent = isPresent;
        }

        public string Pointer { get; }

        public string ChineseName { get; }

        public string EnglishName { get; }

        public Func<TDocument, bool> IsPresent { get; }
    }
}
