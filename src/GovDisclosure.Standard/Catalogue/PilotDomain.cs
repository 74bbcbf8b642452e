using System.Collections.Generic;
using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>
    /// One of the 26 pilot domains (试点领域) of grass-roots disclosure standardisation
    /// (基层政务公开标准化规范化, 国办发〔2019〕54号), each with a ministry's guideline and a standard
    /// catalogue. The canonical list, with provenance, is <c>catalog/domains.json</c>; a test keeps
    /// this code list equal to it.
    /// </summary>
    /// <remarks>
    /// The values are generated at build time from <c>catalog/domains.json</c>, the one list of the
    /// domains, by the package's source generator (PilotDomain.g.cs): this file declares only the
    /// type's shape, which other source generators (System.Text.Json) must be able to see.
    /// </remarks>
    public sealed partial class PilotDomain : CodelistValue<PilotDomain>
    {
        private PilotDomain(int number, string code, string chineseName, string englishName, string[] ministries, PilotDomainGuideline? guideline, params string[] aliases)
            : base(code, number, chineseName, englishName, aliases)
        {
            Ministries = ministries;
            Guideline = guideline;
        }

        /// <summary>The domain's number in the list of the 26 pilot domains (1 to 26), in the order of <c>catalog/domains.json</c>.</summary>
        public int Number => Value;

        /// <summary>The ministries (主管部门) that issued the domain's guideline.</summary>
        public IReadOnlyList<string> Ministries { get; }

        /// <summary>
        /// The domain's guideline (基层政务公开标准指引) and how far its title, number and date were
        /// checked; <c>null</c> when <c>catalog/domains.json</c> gives none.
        /// </summary>
        public PilotDomainGuideline? Guideline { get; }
    }
}
