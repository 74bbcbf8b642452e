using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation.Comparison
{
    /// <summary>
    /// The rules of the consistency check of service guides published in several places (办事指南一致性检查: the
    /// department's website, the government portal, the 政务服务网, the service hall's printed guide), reported by
    /// <see cref="ServiceGuideComparisonFindings"/>. Copies of one guide must say the same thing: every element that
    /// differs is a warning; an item published in one source only is information.
    /// </summary>
    internal static class ServiceGuideComparisonRules
    {
        public static readonly CompanionRule OnlyInOneSource = Rule("GD-CMP-007", FindingSeverity.Information, FindingCategory.Completeness,
            new BilingualText("办事指南仅在一处公开", "A service guide is published in one source only"),
            new BilingualText(
                "按实施编码、基本编码或规范化后的事项名称（及实施主体）在另一来源中找不到对应的办事指南。由 govdisclosure compare 比对两处以上公开的办事指南时报告。",
                "No guide of the other source has the same implementation code, basic code or normalised item name (and implementing body). Reported by govdisclosure compare when service guides of two or more sources are compared."));

        public static readonly CompanionRule Material = Rule("GD-CMP-008", FindingSeverity.Warning, FindingCategory.Consistency,
            new BilingualText("办事指南的申请材料不一致", "A material is listed in one copy of a guide only"),
            new BilingualText(
                "同一事项的两份办事指南，某项申请材料只在其中一份列出（材料名称规范化后不同，且相似度低于 0.8）。每项材料报告一次，给出两处位置。",
                "Of two copies of one item's guide, a material is listed in one only (its normalised name differs, with a similarity below 0.8). One finding per material, with both locations."));

        public static readonly CompanionRule ElementDiffers = Rule("GD-CMP-009", FindingSeverity.Warning, FindingCategory.Consistency,
            new BilingualText("办事指南要素内容不一致", "An element differs between copies of a guide"),
            new BilingualText(
                "同一事项的两份办事指南，某一要素内容不同：设定依据或收费依据引用的文件、申请条件、办理地点、办理机构、收费标准、办理时间、联系电话、办理流程、法定或承诺办结时限。全角半角、空白和标点不算差异。每一要素报告一次，给出两处位置。",
                "Of two copies of one item's guide, an element says different things: the documents the legal basis or the fee basis cites, the conditions, place, handling body, fees, opening hours, phone, procedure, or the legal or promised time limit. Width, spacing and punctuation are not differences. One finding per element, with both locations."));

        public static readonly CompanionRule ElementInOneCopy = Rule("GD-CMP-010", FindingSeverity.Warning, FindingCategory.Completeness,
            new BilingualText("办事指南要素仅一份公开", "An element is given in one copy of a guide only"),
            new BilingualText(
                "同一事项的两份办事指南，某一要素一份写明、另一份空缺。每一要素报告一次，给出两处位置。",
                "Of two copies of one item's guide, one gives an element that the other leaves blank. One finding per element, with both locations."));

        /// <summary>The four rules, in id order.</summary>
        public static IReadOnlyList<CompanionRule> All { get; } = new[] { OnlyInOneSource, Material, ElementDiffers, ElementInOneCopy };

        private static CompanionRule Rule(string id, FindingSeverity severity, FindingCategory category, BilingualText title, BilingualText description) =>
            new CompanionRule(new RuleDescriptor(id, severity, category, DocumentKind.ServiceGuide, title, description));
    }
}
