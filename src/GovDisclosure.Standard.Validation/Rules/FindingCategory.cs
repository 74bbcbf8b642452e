using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>What kind of problem a finding reports.</summary>
    public sealed class FindingCategory : CodelistValue<FindingCategory>
    {
        /// <summary>结构 — shape: required fields, types, unknown fields.</summary>
        public static readonly FindingCategory Structure = new FindingCategory("structure", 1, "结构", "Structure");

        /// <summary>取值 — a value outside a closed code list.</summary>
        public static readonly FindingCategory ValueSet = new FindingCategory("valueSet", 2, "取值", "Value set");

        /// <summary>完整性 — a required element is missing or empty.</summary>
        public static readonly FindingCategory Completeness = new FindingCategory("completeness", 3, "完整性", "Completeness");

        /// <summary>措辞 — vague or uncertain wording (其他材料, 有关部门…).</summary>
        public static readonly FindingCategory Wording = new FindingCategory("wording", 4, "措辞", "Wording");

        /// <summary>时效 — a time limit that was or would be missed.</summary>
        public static readonly FindingCategory Timeliness = new FindingCategory("timeliness", 5, "时效", "Timeliness");

        /// <summary>一致性 — numbers or fields that contradict each other.</summary>
        public static readonly FindingCategory Consistency = new FindingCategory("consistency", 6, "一致性", "Consistency");

        private FindingCategory(string code, int order, string chineseName, string englishName)
            : base(code, order, chineseName, englishName)
        {
        }
    }
}
