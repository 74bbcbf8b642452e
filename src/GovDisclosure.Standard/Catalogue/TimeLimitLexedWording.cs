using System.Collections.Generic;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>A whole wording as the lexer reads it.</summary>
    internal sealed class TimeLimitLexedWording
    {
        public TimeLimitLexedWording(IReadOnlyList<TimeLimitLexedClause> clauses, TimeLimitLexedPeriod? notice, bool defersToOtherLaws)
        {
            Clauses = clauses;
            Notice = notice;
            DefersToOtherLaws = defersToOtherLaws;
        }

        public IReadOnlyList<TimeLimitLexedClause> Clauses { get; }

        public TimeLimitLexedPeriod? Notice { get; }

        public bool DefersToOtherLaws { get; }
    }
}
