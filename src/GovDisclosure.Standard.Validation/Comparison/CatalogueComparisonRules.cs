using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation.Comparison
{
    /// <summary>
    /// The rules of the comparison of a local catalogue with the standard (GD-CMP-…), reported by
    /// <see cref="CatalogueComparisonFindings"/>. A standard item missing or weakened is a warning: the local
    /// catalogue is compiled from the standard (国办发〔2019〕54号: 各地区各部门要依据本领域标准指引编制目录);
    /// additions, stronger entries, probable matches and limits that cannot be compared are information.
    /// </summary>
    internal static class CatalogueComparisonRules
    {
        public static readonly CompanionRule Missing = Rule("GD-CMP-001", FindingSeverity.Warning, FindingCategory.Completeness,
            new BilingualText("本地目录缺少标准目录事项", "A standard item is missing from the local catalogue"),
            new BilingualText(
                "标准目录（内置或 --standard 给出的目录）的某个事项，本地目录中没有名称相同（规范化后）或相近（相似度至少 0.6）的事项。由 govdisclosure compare 报告。",
                "An item of the standard (the built-in catalogue, or the one given with --standard) that no local entry matches by normalised name or by a similarity of at least 0.6. Reported by govdisclosure compare."));

        public static readonly CompanionRule Weakened = Rule("GD-CMP-002", FindingSeverity.Warning, FindingCategory.Consistency,
            new BilingualText("本地目录事项弱于标准目录", "A local entry is weaker than the standard"),
            new BilingualText(
                "与标准目录事项配对的本地事项在某一方面弱于标准：公开时限更长（同一单位比较）、缺少必须公开（●）的内容要素、缺少公开渠道、主动公开改为依申请公开、全社会收窄为特定群体、未写公开依据。每一方面报告一次。",
                "A local entry matched with a standard entry is weaker in one way: a longer time limit (same unit), a required (●) content element missing, a channel missing, proactive disclosure dropped, the whole public narrowed to a group, or no legal basis. One finding per way."));

        public static readonly CompanionRule Added = Rule("GD-CMP-003", FindingSeverity.Information, FindingCategory.Completeness,
            new BilingualText("本地目录增加的事项", "A local addition to the standard"),
            new BilingualText(
                "本地目录的事项与标准目录的任何事项都不匹配：地方增加的事项，不是问题；若其实对应某个标准事项，请统一名称。",
                "A local entry that matches no standard item: the locality's own addition, not a fault; if it does stand for a standard item, use the standard's name."));

        public static readonly CompanionRule Stronger = Rule("GD-CMP-004", FindingSeverity.Information, FindingCategory.Consistency,
            new BilingualText("本地目录事项强于标准目录", "A local entry goes beyond the standard"),
            new BilingualText(
                "与标准目录事项配对的本地事项在某一方面超出标准：公开时限更短、增加了内容要素或公开渠道、增加主动公开或面向全社会。",
                "A local entry matched with a standard entry goes beyond it in one way: a shorter time limit, more content elements or channels, proactive disclosure or the whole public added."));

        public static readonly CompanionRule Probable = Rule("GD-CMP-005", FindingSeverity.Information, FindingCategory.Consistency,
            new BilingualText("可能对应的标准目录事项", "A probable match with a standard item"),
            new BilingualText(
                "本地事项与标准事项名称规范化后不相同，但相似度（一级、二级事项名称及内容要素）至少 0.6，按可能对应处理并给出相似度；请核对，名称宜与标准一致。",
                "A local entry whose names differ from a standard item's after normalisation but whose similarity (first- and second-level names, content elements) is at least 0.6: treated as a probable match and shown with its score; check it, and prefer the standard's name."));

        public static readonly CompanionRule NotComparable = Rule("GD-CMP-006", FindingSeverity.Information, FindingCategory.Timeliness,
            new BilingualText("公开时限无法与标准比较", "A time limit cannot be compared with the standard's"),
            new BilingualText(
                "本地事项与标准事项的公开时限措辞不同，且不能换算比较：一个以工作日计、一个以日计，或其中一个未写期限。",
                "A local entry's time limit is worded differently from the standard's and cannot be weighed against it: one counts working days and the other calendar days, or one sets no period."));

        /// <summary>The six rules, in id order.</summary>
        public static IReadOnlyList<CompanionRule> All { get; } = new[] { Missing, Weakened, Added, Stronger, Probable, NotComparable };

        private static CompanionRule Rule(string id, FindingSeverity severity, FindingCategory category, BilingualText title, BilingualText description) =>
            new CompanionRule(new RuleDescriptor(id, severity, category, DocumentKind.CatalogueEntry, title, description));
    }
}
