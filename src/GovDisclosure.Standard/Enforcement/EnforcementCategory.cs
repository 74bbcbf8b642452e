using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Enforcement
{
    /// <summary>
    /// The kind of administrative enforcement decision (执法类别). Licences and penalties are published
    /// within 7 working days of the decision; other decisions within 20; unless a law or administrative
    /// regulation provides otherwise (法律、行政法规另有规定的除外) (国办发〔2018〕118号).
    /// </summary>
    public sealed class EnforcementCategory : CodelistValue<EnforcementCategory>
    {
        /// <summary>行政许可 — administrative licence (7 working days).</summary>
        public static readonly EnforcementCategory Licence = new EnforcementCategory("licence", 1, "行政许可", "Administrative licence", 7, "许可");

        /// <summary>行政处罚 — administrative penalty (7 working days).</summary>
        public static readonly EnforcementCategory Penalty = new EnforcementCategory("penalty", 2, "行政处罚", "Administrative penalty", 7, "处罚");

        /// <summary>行政强制 — administrative compulsion (20 working days).</summary>
        public static readonly EnforcementCategory Compulsion = new EnforcementCategory("compulsion", 3, "行政强制", "Administrative compulsion", 20, "强制", "行政强制措施");

        /// <summary>行政检查 — administrative inspection (20 working days).</summary>
        public static readonly EnforcementCategory Inspection = new EnforcementCategory("inspection", 4, "行政检查", "Administrative inspection", 20, "检查");

        /// <summary>行政征收 — administrative levy (20 working days).</summary>
        public static readonly EnforcementCategory Levy = new EnforcementCategory("levy", 5, "行政征收", "Administrative levy", 20, "征收");

        /// <summary>其他执法决定 — other enforcement decisions (20 working days).</summary>
        public static readonly EnforcementCategory Other = new EnforcementCategory("other", 6, "其他执法决定", "Other enforcement decision", 20, "其他");

        private EnforcementCategory(string code, int order, string chineseName, string englishName, int workingDays, params string[] synonyms)
            : base(code, order, chineseName, englishName, synonyms)
        {
            PublicationLimit = TimePeriod.WorkingDays(workingDays);
        }

        /// <summary>How soon after the decision the result must be published.</summary>
        public TimePeriod PublicationLimit { get; }
    }
}
