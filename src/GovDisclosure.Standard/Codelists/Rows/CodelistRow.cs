namespace GovDisclosure.Standard.Codelists
{
    /// <summary>
    /// The facts of one code-list value, written once: its code, its position, its Chinese and English
    /// names and the other wordings that name it. The core's code lists are built from these rows and
    /// the catalogue source generator links the same files (base class library only, netstandard2.0),
    /// so a value added here reaches both.
    /// </summary>
    internal sealed class CodelistRow
    {
        /// <summary>Creates a row.</summary>
        /// <param name="code">Stable ASCII camelCase code.</param>
        /// <param name="order">Position in the code list's declaration order, from 1.</param>
        /// <param name="chineseName">The Chinese name used in official documents.</param>
        /// <param name="englishName">The English name.</param>
        /// <param name="synonyms">Other wordings that name the value.</param>
        public CodelistRow(string code, int order, string chineseName, string englishName, params string[] synonyms)
        {
            Code = code;
            Order = order;
            ChineseName = chineseName;
            EnglishName = englishName;
            Synonyms = synonyms;
        }

        /// <summary>The stable ASCII code (代码).</summary>
        public string Code { get; }

        /// <summary>Position in declaration order, from 1.</summary>
        public int Order { get; }

        /// <summary>The Chinese name (中文名称).</summary>
        public string ChineseName { get; }

        /// <summary>The English name.</summary>
        public string EnglishName { get; }

        /// <summary>Other wordings that name the value.</summary>
        public string[] Synonyms { get; }
    }
}
