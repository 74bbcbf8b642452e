using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// Every built-in rule (内置规则), written once: its stable id, severity, category, document kind, title and
    /// description in Chinese and English, and where it is documented. The rule classes, <see cref="RuleRegistry"/>,
    /// the rules README (src/GovDisclosure.Standard.Validation/README.md) and the SARIF report read them from here.
    /// The ids shipped in each release are listed in RuleReleases.Shipped.md and RuleReleases.Unshipped.md in the
    /// project folder; an id never changes meaning and is never reused once shipped.
    /// </summary>
    internal static class RuleDescriptors
    {
        /// <summary>The rules README, where every rule is documented under an anchor named after its id in lower case.</summary>
        public const string Documentation = "https://github.com/govdisclosure/GovDisclosure.Standard/blob/main/src/GovDisclosure.Standard.Validation/README.md";

        // Declared first: every Rule(…) below adds its descriptor, in textual order.
        private static readonly List<RuleDescriptor> Declared = new List<RuleDescriptor>();

        /// <summary>The message of any rule that throws while it checks a record; the validator reports the failure under the rule's own id.</summary>
        public static readonly MessageTemplate RuleFailed = new MessageTemplate(
            "ruleFailed",
            "规则 {rule} 执行失败：{error}",
            "Rule {rule} failed: {exception}: {error}");

        // The messages of a working-day time limit missed (GD-TIME-001, 002, 005 and 006), written once.
        private static readonly MessageTemplate Late = new MessageTemplate(
            "late",
            "{action}日期 {actual} 晚于期限：{event} {eventDate} 起{period}内，即最迟 {due}（逾期 {late} 个工作日）。",
            "The {action} on {actual} is late: within {period} of the {event} on {eventDate} means by {due} ({late} working days late).");

        private static readonly MessageTemplate LateProvisional = new MessageTemplate(
            "lateProvisional",
            "{action}日期 {actual} 晚于期限：{event} {eventDate} 起{period}内，即最迟 {due}（逾期 {late} 个工作日）。该期限跨越日历最后一年年底，次年放假安排可能调整，暂定。",
            "The {action} on {actual} is late: within {period} of the {event} on {eventDate} means by {due} ({late} working days late). The deadline is provisional: it runs into the end of the calendar's last year, which next year's holiday notice may change.");

        // The messages of an annual-report sum (GD-AR-004, 005, 006 and 008 when it is broken), written once.
        private static readonly MessageTemplate SumBroken = new MessageTemplate(
            "broken",
            "{identity}不成立：{sums}，相差 {difference}。",
            "{identity} does not hold: {sums}, a difference of {difference} (cells {cells}).");

        private static readonly MessageTemplate SumBrokenDespiteBlanks = new MessageTemplate(
            "brokenDespiteBlanks",
            "{identity}不成立：{sums}，相差 {difference}；已填写的数字已超出另一边，空白格无论填什么都不能补足。",
            "{identity} does not hold: {sums}, a difference of {difference}; the written cells already exceed the other side, which no value of the blank cells can make up (cells {cells}).");

        // Table 三 and 四 as the forms print them (GD-AR-004, 005, 006, 008 and 009 quote them), from the field catalogue.
        private static readonly FieldPath CarriedOver = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.Applications), nameof(ApplicationTable.CarriedOver));

        private static readonly FieldPath CarriedForward = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.Applications), nameof(ApplicationTable.CarriedForward));

        private static readonly FieldShape CarriedOverRow = CarriedOver.Field;

        private static readonly FieldShape CarriedForwardRow = CarriedForward.Field;

        private static readonly FieldShape NewlyReceivedRow = FieldPaths.Of<ApplicationTable>(nameof(ApplicationTable.NewlyReceived)).Field;

        private static readonly FieldShape OutcomesRow = FieldPaths.Of<ApplicationTable>(nameof(ApplicationTable.Outcomes)).Field;

        private static readonly FieldShape OutcomeTotalRow = FieldPaths.Of<ApplicationOutcomes>(nameof(ApplicationOutcomes.Total)).Field;

        private static readonly FieldShape ApplicantTotal = FieldPaths.Of<ApplicantCounts>(nameof(ApplicantCounts.Total)).Field;

        private static readonly FieldShape RemedyTotal = FieldPaths.Of<RemedyOutcomeCounts>(nameof(RemedyOutcomeCounts.Total)).Field;

        /// <summary>Table 三's balance in every column: 一、本年新收 + 二、上年结转 = 三、本年度办理结果（七）总计 + 四、结转下年度继续办理 (GD-AR-004).</summary>
        private static readonly string BalanceSum = ShortLabel(NewlyReceivedRow) + " + " + ShortLabel(CarriedOverRow) + " = "
            + OutcomesRow.Number!.Chinese + OutcomesRow.Title.Chinese + OutcomeTotalRow.Form!.Printed + " + " + CarriedForwardRow.Form!.Printed;

        /// <summary>A row of table 三 as its columns are titled: 总计 = 自然人 + 商业企业 + … + 其他 (GD-AR-005).</summary>
        private static readonly string ApplicantSum = ApplicantTotal.Form!.Printed + " = "
            + string.Join(" + ", Fields<ApplicantCounts>().Where(f => f != ApplicantTotal).Select(f => f.Form!.Printed));

        /// <summary>A column of 三、本年度办理结果 as its rows are printed: 三（七）总计 = （一）予以公开 + … + （六）其他处理各项; a group of rows counts with its rows (各项) (GD-AR-006).</summary>
        private static readonly string OutcomeSum = OutcomeTotalRow.Number!.Chinese + OutcomeTotalRow.Title.Chinese + " = "
            + string.Join(" + ", Fields<ApplicationOutcomes>().Where(f => f != OutcomeTotalRow).Select(f => f.Form!.Printed + (f.PartType == typeof(ApplicantCounts) ? string.Empty : "各项")));

        /// <summary>A group of table 四 sums as its cells are titled: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (GD-AR-008).</summary>
        private static readonly string RemedySum = RemedyTotal.Title.Chinese + " = "
            + string.Join(" + ", Fields<RemedyOutcomeCounts>().Where(f => f != RemedyTotal).Select(f => f.Title.Chinese));

        /// <summary>GD-STR-001: Record cannot be read (记录无法读取).</summary>
        public static readonly RuleDescriptor UnreadableRecord = Rule(
            "GD-STR-001",
            FindingSeverity.Error,
            FindingCategory.Structure,
            null,
            new BilingualText("记录无法读取", "Record cannot be read"),
            new BilingualText(
                "记录不是合法的 JSON 对象（或读取器无法解析该行、该单元格区域），因此无法检查其内容。",
                "The record is not a JSON object (or the reader could not parse the line or row), so its content cannot be checked."),
            new MessageTemplate(
                "noContent",
                "记录没有内容。",
                "The record has no content."),
            new MessageTemplate(
                "notObject",
                "记录应为 JSON 对象（含若干字段），实际为 {found}。",
                "A record must be a JSON object with fields, not {found}."),
            new MessageTemplate(
                "failed",
                "记录无法读取：{reason}",
                "The record cannot be read: {reason}"),
            new MessageTemplate(
                "unbound",
                "记录无法转换为文档。",
                "The record cannot be bound to a document."),
            new MessageTemplate(
                "bind",
                "记录无法转换为{kind}：{reason}",
                "The record cannot be bound as a {kind}: {reason}"));

        /// <summary>GD-STR-002: Field has the wrong type (字段类型错误).</summary>
        public static readonly RuleDescriptor WrongType = Rule(
            "GD-STR-002",
            FindingSeverity.Error,
            FindingCategory.Structure,
            null,
            new BilingualText("字段类型错误", "Field has the wrong type"),
            new BilingualText(
                "字段的值类型与规范不符（例如应为文字却填了对象，应为整数却填了小数或文字），该值不予采用。",
                "A field's value has the wrong JSON type (e.g. an object where text is expected, a fraction or text where a whole number is expected); the value is not used."),
            new MessageTemplate(
                "default",
                "此处应为{expected}，实际为{found}“{value}”，该值不予采用。",
                "Expected {expected} here, found {found} '{value}'; the value is not used."));

        /// <summary>GD-STR-003: Value is not in the code list (取值不在代码集中).</summary>
        public static readonly RuleDescriptor UnknownCode = Rule(
            "GD-STR-003",
            FindingSeverity.Error,
            FindingCategory.ValueSet,
            null,
            new BilingualText("取值不在代码集中", "Value is not in the code list"),
            new BilingualText(
                "封闭代码集字段（公开层级、公开方式、试点领域等）的取值不是已知值；给出最接近的已知值供参考，该值不予采用。",
                "A value of a closed code list (level, mode, pilot domain…) is not known; the closest known value is suggested and the value is not used."),
            new MessageTemplate(
                "articleItem",
                "“{value}”不是第二十条的事项编号，应为 1 至 15。",
                "'{value}' is not an Article 20 item number; use 1 to 15."),
            new MessageTemplate(
                "suggestion",
                "“{value}”不是已知的{codelist}。是否应为“{closest}”（{code}）？",
                "'{value}' is not a known {codelist}. Did you mean '{code}' ({closest})?"),
            new MessageTemplate(
                "knownValues",
                "“{value}”不是已知的{codelist}。可用的值：{allowed}。",
                "'{value}' is not a known {codelist}. Known values: {allowed}."));

        /// <summary>GD-STR-004: Date cannot be read (日期无法识别).</summary>
        public static readonly RuleDescriptor UnreadableDate = Rule(
            "GD-STR-004",
            FindingSeverity.Error,
            FindingCategory.Structure,
            null,
            new BilingualText("日期无法识别", "Date cannot be read"),
            new BilingualText(
                "日期字段无法识别为年月日（应写作 yyyy-MM-dd，如 2024-03-15），该值不予采用。",
                "A date field cannot be read as a date (write yyyy-MM-dd, e.g. 2024-03-15); the value is not used."),
            new MessageTemplate(
                "default",
                "“{value}”不是可识别的日期，应写作 yyyy-MM-dd（如 2024-03-15）。",
                "'{value}' is not a date; write it as yyyy-MM-dd (e.g. 2024-03-15)."));

        /// <summary>GD-STR-005: Additional field (附加字段).</summary>
        public static readonly RuleDescriptor AdditionalField = Rule(
            "GD-STR-005",
            FindingSeverity.Information,
            FindingCategory.Structure,
            null,
            new BilingualText("附加字段", "Additional field"),
            new BilingualText(
                "记录含有规范未定义的字段。该字段原样保留，不影响检查；若是拼写错误，请改为建议的字段名。",
                "The record has a field the schema does not define. It is kept as it is and does not affect the checks; if it is a misspelling, use the suggested field name."),
            new MessageTemplate(
                "default",
                "字段“{field}”不是规范定义的字段，已原样保留。",
                "'{field}' is not a field of the schema; it is kept as it is."),
            new MessageTemplate(
                "suggestion",
                "字段“{field}”不是规范定义的字段，已原样保留。是否应为“{suggestion}”？",
                "'{field}' is not a field of the schema; it is kept as it is. Did you mean '{suggestion}'?"));

        /// <summary>GD-STR-006: Required part missing (缺少必需的组成部分).</summary>
        public static readonly RuleDescriptor MissingMember = Rule(
            "GD-STR-006",
            FindingSeverity.Error,
            FindingCategory.Structure,
            null,
            new BilingualText("缺少必需的组成部分", "Required part missing"),
            new BilingualText(
                "一个值缺少不可或缺的组成部分（如期限缺少数量或单位、公开内容要素缺少名称），整个值不予采用。",
                "A value lacks a part it cannot exist without (a period without its count or unit, a content element without its name); the whole value is not used."),
            new MessageTemplate(
                "default",
                "该值缺少必需的组成部分：{parts}，整个值不予采用。",
                "This value lacks its required part(s) {parts}; the whole value is not used."));

        /// <summary>GD-STR-007: Field given twice (字段重复).</summary>
        public static readonly RuleDescriptor DuplicateField = Rule(
            "GD-STR-007",
            FindingSeverity.Error,
            FindingCategory.Structure,
            null,
            new BilingualText("字段重复", "Field given twice"),
            new BilingualText(
                "同一对象中同一字段出现多次，无法确定以哪一个为准，两个值都不予采用。",
                "The same field appears more than once in one object; since it is unclear which one counts, neither value is used."),
            new MessageTemplate(
                "default",
                "字段“{field}”出现了 {count} 次，无法确定以哪个为准，均不采用。",
                "The field '{field}' appears {count} times; since it is unclear which counts, none is used."));

        /// <summary>GD-STR-008: Value not in the schema's form (取值写法不符合规范格式).</summary>
        public static readonly RuleDescriptor NonCanonicalForm = Rule(
            "GD-STR-008",
            FindingSeverity.Warning,
            FindingCategory.Structure,
            null,
            new BilingualText("取值写法不符合规范格式", "Value not in the schema's form"),
            new BilingualText(
                "JSON 中应为列表的字段只写了一个值，或应为数字的字段写成了文字。该值已被采用，但按已发布的 JSON Schema 校验会不通过，请改为规范写法。表格（CSV、XLSX）输入不报告。",
                "In JSON, a single value was given where the schema has a list, or a number was written as text. The value is used, but the file fails the published JSON Schema; write it in the schema's form. Not reported for CSV or spreadsheet input."),
            new MessageTemplate(
                "default",
                "此处按规范应写为{expected}，实际写为“{value}”；该值已采用，但不符合已发布的 JSON Schema。",
                "The schema has {expected} here, found '{value}'; the value is used, but the file does not conform to the published JSON Schema."));

        /// <summary>GD-CAT-001: Catalogue column missing (标准目录栏目缺失).</summary>
        public static readonly RuleDescriptor ColumnsPresent = Rule(
            "GD-CAT-001",
            FindingSeverity.Error,
            FindingCategory.Completeness,
            DocumentKind.CatalogueEntry,
            new BilingualText("标准目录栏目缺失", "Catalogue column missing"),
            new BilingualText(
                "标准目录每一条须填写：一级事项、二级事项、公开内容（要素）、公开时限、公开主体、公开渠道和载体、公开对象、公开方式（国办发〔2019〕54号）。公开依据另见 GD-CAT-005；公开层级不属于国家最低要求，可以不填。",
                "Every catalogue entry fills the columns first-level item, second-level item, content elements, time limit, responsible body, channels, audience and mode (国办发〔2019〕54号). The legal basis is GD-CAT-005; the levels (公开层级) are not part of the national minimum and may be left out."),
            new MessageTemplate(
                "missing",
                "缺少“{fieldZh}”（标准目录必填栏目）。",
                "'{field}' ({fieldZh}) is missing (a required column of the standard catalogue)."));

        /// <summary>GD-CAT-002: Channel unknown, or 'other' without its name (公开渠道未知或“其他”未写名称).</summary>
        public static readonly RuleDescriptor UnknownChannel = Rule(
            "GD-CAT-002",
            FindingSeverity.Error,
            FindingCategory.ValueSet,
            DocumentKind.CatalogueEntry,
            new BilingualText("公开渠道未知或“其他”未写名称", "Channel unknown, or 'other' without its name"),
            new BilingualText(
                "公开渠道应为常用清单中的 12 种渠道之一，或写作“其他：渠道名称”（如 其他：信用中国网站）；单写“其他”或清单外的名称不予采用，并给出最接近的渠道。",
                "A channel must be one of the 12 channels of the usual checklist, or 'other:<name>' (e.g. other:信用中国网站); a bare 'other' or a name outside the list is not used, and the closest channel is suggested."),
            new MessageTemplate(
                "otherWithoutName",
                "渠道“{value}”为“其他”但未写明具体名称，请写作“其他：渠道名称”（如 其他：信用中国网站）。",
                "The channel '{value}' is 'other' without its name; write it as 'other:<name>' (e.g. other:信用中国网站)."),
            new MessageTemplate(
                "unknown",
                "“{value}”不是已知的公开渠道。清单以外的渠道请写作“其他：渠道名称”。",
                "'{value}' is not a known disclosure channel. Write a channel outside the list as 'other:<name>'."),
            new MessageTemplate(
                "suggestion",
                "“{value}”不是已知的公开渠道。是否应为“{closest}”？清单以外的渠道请写作“其他：渠道名称”。",
                "'{value}' is not a known disclosure channel. Did you mean '{code}' ({closest})? Write a channel outside the list as 'other:<name>'."),
            new MessageTemplate(
                "otherSuggestion",
                "“{value}”不是已知的公开渠道。是否应为“其他：{name}”（{code}）？清单以外的渠道请写作“其他：渠道名称”。",
                "'{value}' is not a known disclosure channel. Did you mean '{code}' (a channel outside the checklist)? Write a channel outside the list as 'other:<name>'."));

        /// <summary>GD-CAT-003: Time limit cannot be read (公开时限无法识别).</summary>
        public static readonly RuleDescriptor TimeLimitReadable = Rule(
            "GD-CAT-003",
            FindingSeverity.Warning,
            FindingCategory.Wording,
            DocumentKind.CatalogueEntry,
            new BilingualText("公开时限无法识别", "Time limit cannot be read"),
            new BilingualText(
                "公开时限应写明起算事件和期限（如“信息形成或者变更之日起20个工作日内”），或写“实时公开”“即时公开”“及时公开”；只有确实无法识别的分句才会被指出（只写期限、未写起算事件的见 GD-CAT-012），原文照旧保留。",
                "A time limit names its trigger and period (e.g. 信息形成或者变更之日起20个工作日内), or says real time, immediately or promptly; only a clause that cannot be read at all is named (a period without its event is GD-CAT-012), and the wording is kept as written."),
            new MessageTemplate(
                "default",
                "公开时限“{timeLimit}”中“{clauses}”无法识别出起算事件和期限，请写明如“自信息形成或者变更之日起20个工作日内”。",
                "In the time limit '{timeLimit}', '{clauses}' names no trigger and period that can be read; write e.g. 自信息形成或者变更之日起20个工作日内."));

        /// <summary>GD-CAT-004: Levels do not match the responsible body (公开层级与公开主体不一致).</summary>
        public static readonly RuleDescriptor LevelsMatchBody = Rule(
            "GD-CAT-004",
            FindingSeverity.Warning,
            FindingCategory.Consistency,
            DocumentKind.CatalogueEntry,
            new BilingualText("公开层级与公开主体不一致", "Levels do not match the responsible body"),
            new BilingualText(
                "公开主体写明了某一级政府或机构（如“乡镇人民政府（街道办事处）”），公开层级却没有这一级（如只有“县级”）。",
                "The responsible body names a level of government (e.g. 乡镇人民政府（街道办事处）, a township), but the levels do not include it (e.g. county only)."),
            new MessageTemplate(
                "default",
                "公开主体“{body}”包含{level}机构，但公开层级只有“{levels}”，缺少“{level}”。",
                "The responsible body '{body}' names a {level} body, but the levels are only {levels}; add {levelCode}."));

        /// <summary>GD-CAT-005: Legal basis missing (缺少公开依据).</summary>
        public static readonly RuleDescriptor LegalBasisPresent = Rule(
            "GD-CAT-005",
            FindingSeverity.Error,
            FindingCategory.Completeness,
            DocumentKind.CatalogueEntry,
            new BilingualText("缺少公开依据", "Legal basis missing"),
            new BilingualText(
                "每一条目须写明要求公开的法律、法规、规章或文件（如《中华人民共和国政府信息公开条例》）。",
                "Every entry names the law, regulation, rule or document that requires publication (e.g. 《中华人民共和国政府信息公开条例》)."),
            new MessageTemplate(
                "missing",
                "缺少“{fieldZh}”（须写明公开依据）。",
                "'{field}' ({fieldZh}) is missing (the basis that requires publication)."));

        /// <summary>GD-CAT-006: Pilot domain not given (未注明试点领域).</summary>
        public static readonly RuleDescriptor DomainPresent = Rule(
            "GD-CAT-006",
            FindingSeverity.Warning,
            FindingCategory.Completeness,
            DocumentKind.CatalogueEntry,
            new BilingualText("未注明试点领域", "Pilot domain not given"),
            new BilingualText(
                "条目应注明所属的 26 个试点领域之一（如 养老服务、社会救助）；写了但不是已知领域的，由 GD-STR-003 报告并给出最接近的领域。",
                "An entry names one of the 26 pilot domains (e.g. 养老服务, 社会救助); a name that is not a known domain is reported by GD-STR-003 with the closest domain."),
            new MessageTemplate(
                "missing",
                "缺少“{fieldZh}”（须注明所属试点领域）。",
                "'{field}' ({fieldZh}) is missing (the pilot domain it belongs to)."));

        /// <summary>GD-CAT-007: Article 20 items not given (未标注对应的第二十条事项).</summary>
        public static readonly RuleDescriptor CategoriesPresent = Rule(
            "GD-CAT-007",
            FindingSeverity.Information,
            FindingCategory.Completeness,
            DocumentKind.CatalogueEntry,
            new BilingualText("未标注对应的第二十条事项", "Article 20 items not given"),
            new BilingualText(
                "条目未标注所对应的条例第二十条事项（1 至 15），目录覆盖检查（GD-CAT-008）无法计入该条目。",
                "The entry does not say which items of Article 20 (1 to 15) it serves, so the coverage check (GD-CAT-008) cannot count it."),
            new MessageTemplate(
                "missing",
                "缺少“{fieldZh}”（用于目录覆盖检查）。",
                "'{field}' ({fieldZh}) is missing (used by the coverage check)."));

        /// <summary>GD-CAT-008: No catalogue entry serves an Article 20 item (目录未涉及第二十条某项).</summary>
        public static readonly RuleDescriptor Article20Coverage = Rule(
            "GD-CAT-008",
            FindingSeverity.Information,
            FindingCategory.Completeness,
            DocumentKind.CatalogueEntry,
            new BilingualText("目录未涉及第二十条某项", "No catalogue entry serves an Article 20 item"),
            new BilingualText(
                "条例第二十条：行政机关应当主动公开本行政机关的下列政府信息（共 15 项），每一类机关都适用全部 15 项。目录中没有任何条目标注对应某项时提示一次：机关持有该项信息的，应当列入目录；不持有的，无需处理。由目录覆盖检查（CatalogueCoverage）报告。",
                "Article 20 of the Regulations: an agency publishes proactively its own information of the 15 items; every kind of agency owes all 15. Reported once per item no entry of the catalogue serves: if the agency holds such information, the catalogue should list it; if it holds none, nothing is wrong. Reported by the catalogue coverage check (CatalogueCoverage)."),
            new MessageTemplate(
                "default",
                "目录中没有条目对应条例第二十条第（{itemZh}）项“{category}”；{agencyKind}持有此类信息的，应当主动公开并列入目录。",
                "No catalogue entry serves Article 20 item ({item}) \"{category}\"; if the {agencyKind} holds such information, it publishes it and lists it."));

        /// <summary>GD-CAT-009: Uncertain wording in a catalogue entry (标准目录含模糊表述).</summary>
        public static readonly RuleDescriptor CatalogueUncertainWording = Rule(
            "GD-CAT-009",
            FindingSeverity.Information,
            FindingCategory.Wording,
            DocumentKind.CatalogueEntry,
            new BilingualText("标准目录含模糊表述", "Uncertain wording in a catalogue entry"),
            new BilingualText(
                "公开主体和公开内容（要素）宜写明具体的机关和信息，少用“有关部门”“其他相关文件”等兜底性表述（提示）。去除“其他材料”“有关部门”的要求针对办事指南的材料和办理机构（见 GD-SG-003）。报告模糊表述在字段中的确切位置；专有名称、书名号内的文件名称、法规名称后的“有关规定”不报告；同一试点领域内置标准目录同一字段原样使用的表述不报告。",
                "The responsible body and the content elements should name the actual body and information rather than catch-all wording such as 有关部门 or 其他相关文件 (a hint). The requirement to remove 其他材料 / 有关部门 is about the materials and handling body of service guides (GD-SG-003). The exact span in the field is reported; proper names, titles in 《》 and 有关规定 right after a named law are not, nor is text that the built-in standard catalogue of the same pilot domain writes verbatim in the same field."),
            new MessageTemplate(
                "default",
                "“{field}”中的“{phrase}”是模糊表述（第 {position} 个字起），请写明具体的机关或信息。",
                "'{phrase}' in the {field} ({fieldZh}), at character {position}, is uncertain wording; name the actual body or information."));

        /// <summary>GD-CAT-010: No catalogue entry covers an Article 21 area (目录未涉及第二十一条的某一方面).</summary>
        public static readonly RuleDescriptor Article21Coverage = Rule(
            "GD-CAT-010",
            FindingSeverity.Warning,
            FindingCategory.Completeness,
            DocumentKind.CatalogueEntry,
            new BilingualText("目录未涉及第二十一条的某一方面", "No catalogue entry covers an Article 21 area"),
            new BilingualText(
                "条例第二十一条：设区的市级、县级人民政府还应当根据本地方的具体情况，主动公开涉及市政建设、公共服务、公益事业、土地征收、房屋征收、治安管理、社会救助等方面的政府信息；乡（镇）人民政府还应当主动公开贯彻落实农业农村政策、农田水利工程建设运营、农村土地承包经营权流转、宅基地使用情况审核、土地征收、房屋征收、筹资筹劳、社会救助等方面的政府信息。条目的试点领域属于该方面的相关领域（如社会救助、救灾之于社会救助），或一级、二级、三级事项或公开内容含该方面的关键词（如“宅基地”“征地”“救助”），即视为涉及该方面。只检查市、县、乡（镇）人民政府的目录；政府部门只公开其职责范围内的方面，不作检查。由目录覆盖检查（CatalogueCoverage）报告。",
                "Article 21 of the Regulations: city and county governments also publish, according to local circumstances, information on municipal construction, public services, public-interest undertakings, land expropriation, expropriation of buildings, public order and social assistance; township governments on carrying out agricultural and rural policies, farmland water works, transfer of rural land contractual rights, review of homestead use, land and building expropriation, raising funds and labour, and social assistance. An entry covers an area when its pilot domain belongs to the area (e.g. social assistance or disaster relief for social assistance), or when its item names or content elements contain one of the area's keywords (e.g. 宅基地, 征地, 救助). Only the catalogues of city, county and township governments are checked; a department publishes the areas within its functions and is not checked. Reported by the catalogue coverage check (CatalogueCoverage)."),
            new MessageTemplate(
                "default",
                "{agencyKind}还应当根据本地方的具体情况主动公开涉及“{area}”方面的政府信息（条例第二十一条），但目录中没有条目涉及该方面。",
                "A {agencyKind} also publishes, according to local circumstances, information on {area} (Article 21), but no catalogue entry covers it."));

        /// <summary>GD-CAT-011: Catalogue lacks an item the platform column lists (平台“法定主动公开内容”栏目应有的事项未列入目录).</summary>
        public static readonly RuleDescriptor PlatformColumn = Rule(
            "GD-CAT-011",
            FindingSeverity.Warning,
            FindingCategory.Completeness,
            DocumentKind.CatalogueEntry,
            new BilingualText("平台“法定主动公开内容”栏目应有的事项未列入目录", "Catalogue lacks an item the platform column lists"),
            new BilingualText(
                "可选规则集 platform-column：某区 2020 年政务公开任务对政府信息公开平台“法定主动公开内容”栏目（平台见国办公开办函〔2019〕61号）的做法——市、县级人民政府栏目至少含条例第二十条全部 15 项，其他机关至少含第 1、2、5 至 10、14、15 项。按机关类型列出的某项，目录中没有条目对应时报告。此分法的出处是否为国办公开办函〔2019〕61号或 2020 年政务公开工作要点未经核实，视为地方做法；它是平台栏目的最低要求，不限定机关应公开的范围（第二十条对每一类机关都适用全部 15 项，见 GD-CAT-008）。",
                "Opt-in rule set platform-column: a district's 2020 task list for the platform column 法定主动公开内容 (the platform of 国办公开办函〔2019〕61号) — city and county governments' columns show at least all 15 items of Article 20, other agencies' at least items 1, 2, 5 to 10, 14 and 15. Reported for each item listed for the agency's kind that no catalogue entry serves. Whether the split comes from 国办公开办函〔2019〕61号 or the 2020 work points is unconfirmed; it is treated as a local convention. It is a platform minimum, never a limit on what an agency owes (Article 20 binds every agency for all 15 items, see GD-CAT-008)."),
            new MessageTemplate(
                "default",
                "按平台“法定主动公开内容”栏目的做法，{agencyKind}栏目应有条例第二十条第（{itemZh}）项“{category}”，但目录中没有条目对应该项。",
                "By the platform column convention, a {agencyKind}'s column shows Article 20 item ({item}) \"{category}\", but no catalogue entry serves it."));

        /// <summary>GD-CAT-012: Time limit names no trigger (公开时限未写起算事件).</summary>
        public static readonly RuleDescriptor TimeLimitTriggerUnstated = Rule(
            "GD-CAT-012",
            FindingSeverity.Information,
            FindingCategory.Wording,
            DocumentKind.CatalogueEntry,
            new BilingualText("公开时限未写起算事件", "Time limit names no trigger"),
            new BilingualText(
                "公开时限只写了期限（如“20个工作日”），没有写从何时起算；期限已识别，起算事件未知。可写明如“自信息形成或者变更之日起20个工作日内”（《政府信息公开条例》第二十六条）。",
                "The time limit gives a period (e.g. 20个工作日) but not the event it runs from; the period is read, the trigger is unknown. It can say e.g. 自信息形成或者变更之日起20个工作日内 (Art. 26 of the Regulations)."),
            new MessageTemplate(
                "default",
                "公开时限“{timeLimit}”中“{clause}”读作{count}个{unit}，但未写明起算事件。",
                "In the time limit '{timeLimit}', '{clause}' reads as {count} {unit}, but names no event it runs from."));

        /// <summary>GD-SG-001: Service guide element missing (办事指南要素缺失).</summary>
        public static readonly RuleDescriptor TenElements = Rule(
            "GD-SG-001",
            FindingSeverity.Error,
            FindingCategory.Completeness,
            DocumentKind.ServiceGuide,
            new BilingualText("办事指南要素缺失", "Service guide element missing"),
            new BilingualText(
                "办事指南须有十要素：事项名称、设定依据、申请条件、办理材料、办理地点、办理机构、收费标准（不收费的写明不收费）、办理时间、联系电话、办理流程。",
                "A service guide has ten elements: item name, legal basis, conditions, materials, place, handling body, fees (or that it is free), office hours, contact phone and procedure."),
            new MessageTemplate(
                "missing",
                "缺少“{fieldZh}”（办事指南十要素之一）。",
                "'{field}' ({fieldZh}) is missing (one of the ten elements of a service guide)."));

        /// <summary>GD-SG-002: Service guide element says nothing (办事指南要素无实际内容).</summary>
        public static readonly RuleDescriptor MeaningfulElements = Rule(
            "GD-SG-002",
            FindingSeverity.Warning,
            FindingCategory.Completeness,
            DocumentKind.ServiceGuide,
            new BilingualText("办事指南要素无实际内容", "Service guide element says nothing"),
            new BilingualText(
                "要素填写了占位内容（如“无”“暂无”“详见附件”“/”），办事群众无法据此办理；请写明实际内容。",
                "An element holds a placeholder (无, 暂无, 详见附件, /…) that an applicant cannot act on; write the actual content."),
            new MessageTemplate(
                "default",
                "“{element}”填写为“{text}”，没有实际内容，请写明。",
                "The {element} ({elementZh}) is '{text}', which says nothing; write the actual content."));

        /// <summary>GD-SG-003: Uncertain wording in a service guide (办事指南含模糊表述).</summary>
        public static readonly RuleDescriptor ServiceGuideUncertainWording = Rule(
            "GD-SG-003",
            FindingSeverity.Warning,
            FindingCategory.Wording,
            DocumentKind.ServiceGuide,
            new BilingualText("办事指南含模糊表述", "Uncertain wording in a service guide"),
            new BilingualText(
                "办理材料、申请条件和办理机构中不得有“其他材料”“其他相关材料”“等材料”“有关部门”“相关部门”“有关规定”等兜底性、模糊性表述，应写明具体材料、部门和规定。报告模糊表述在字段中的确切位置；专有名称（如“其他对外管理服务事项”）和书名号内的文件名称不报告。",
                "Materials, conditions and the handling body must not use catch-all or uncertain wording such as 其他材料, 其他相关材料, 等材料, 有关部门, 相关部门 or 有关规定; name the actual materials, bodies and rules. The exact span in the field is reported; proper names (e.g. 其他对外管理服务事项) and titles in 《》 are not."),
            new MessageTemplate(
                "default",
                "“{field}”中的“{phrase}”是模糊表述（第 {position} 个字起），请写明具体的材料、部门或规定。",
                "'{phrase}' in the {field} ({fieldZh}), at character {position}, is uncertain wording; name the actual materials, body or rule."));

        /// <summary>GD-SG-004: Fee without its basis (收费未写明依据).</summary>
        public static readonly RuleDescriptor FeeBasis = Rule(
            "GD-SG-004",
            FindingSeverity.Error,
            FindingCategory.Completeness,
            DocumentKind.ServiceGuide,
            new BilingualText("收费未写明依据", "Fee without its basis"),
            new BilingualText(
                "收取费用的（收费标准不为零），须写明收费依据（设定该项收费的文件及文号）。",
                "A fee that is charged (its rate is not zero) names its basis: the document, with its number, that sets the fee."),
            new MessageTemplate(
                "default",
                "收费“{fee}”（标准：{rate}）没有写明收费依据。",
                "The fee '{fee}' (rate: {rate}) does not name its basis."));

        /// <summary>GD-SG-005: Contact phone is not a plausible number (联系电话不像电话号码).</summary>
        public static readonly RuleDescriptor ContactPhone = Rule(
            "GD-SG-005",
            FindingSeverity.Warning,
            FindingCategory.Structure,
            DocumentKind.ServiceGuide,
            new BilingualText("联系电话不像电话号码", "Contact phone is not a plausible number"),
            new BilingualText(
                "联系电话应为带区号的固定电话（如 023-12345678、(0831)1234567）、11 位手机号码、12345 等政务服务热线或 400/800 号码；多个号码用“、”“，”或“；”分隔。",
                "A contact phone is a landline with its area code (e.g. 023-12345678, (0831)1234567), an 11-digit mobile number, a hot line such as 12345, or a 400/800 number; several numbers are separated by 、, ， or ；."),
            new MessageTemplate(
                "default",
                "联系电话“{phone}”不像有效的电话号码（固定电话须带区号，如 023-12345678；手机为 11 位）。",
                "The contact phone '{phone}' is not a plausible number (a landline needs its area code, e.g. 023-12345678; a mobile has 11 digits)."));

        /// <summary>GD-SG-006: Promised time limit longer than the legal one (承诺时限长于法定时限).</summary>
        public static readonly RuleDescriptor PromisedTimeLimit = Rule(
            "GD-SG-006",
            FindingSeverity.Error,
            FindingCategory.Consistency,
            DocumentKind.ServiceGuide,
            new BilingualText("承诺时限长于法定时限", "Promised time limit longer than the legal one"),
            new BilingualText(
                "承诺办结时限不得长于法定办结时限。单位相同（均为工作日或均为自然日）时直接比较；单位不同时按工作日日历比较，只要有一天起算会晚于法定期限即报告，并举出该日期。",
                "The promised time limit may not be longer than the legal one. With the same unit (working days or calendar days) the counts are compared; with different units the working-day calendar is used, and it is reported when for some start date the promised deadline falls after the legal one, naming that date."),
            new MessageTemplate(
                "longer",
                "承诺办结时限（{promised}）长于法定办结时限（{legal}）。",
                "The promised time limit ({promised}) is longer than the legal one ({legal})."),
            new MessageTemplate(
                "canBeLonger",
                "承诺办结时限（{promised}）可能长于法定办结时限（{legal}）：如 {accepted} 受理，承诺期限至 {promisedEnd}，法定期限至 {legalEnd}。",
                "The promised time limit ({promised}) can be longer than the legal one ({legal}): for an application accepted on {accepted}, the promise runs to {promisedEnd} but the law to {legalEnd}."));

        /// <summary>GD-DIR-001: Directory item lacks an Article 12 field (公开目录缺少第十二条要求的信息).</summary>
        public static readonly RuleDescriptor DirectoryArticle12Fields = Rule(
            "GD-DIR-001",
            FindingSeverity.Error,
            FindingCategory.Completeness,
            DocumentKind.DirectoryItem,
            new BilingualText("公开目录缺少第十二条要求的信息", "Directory item lacks an Article 12 field"),
            new BilingualText(
                "条例第十二条：政府信息公开目录应当包括政府信息的索引、名称、内容概述、生成日期等内容。",
                "Article 12 of the Regulations: a disclosure directory gives, per item, its index number, name, summary and date created."),
            new MessageTemplate(
                "missing",
                "缺少“{fieldZh}”（条例第十二条）。",
                "'{field}' ({fieldZh}) is missing (Article 12 of the Regulations)."));

        /// <summary>GD-DIR-002: Published before it was created (公开日期早于生成日期).</summary>
        public static readonly RuleDescriptor PublishedAfterCreated = Rule(
            "GD-DIR-002",
            FindingSeverity.Error,
            FindingCategory.Consistency,
            DocumentKind.DirectoryItem,
            new BilingualText("公开日期早于生成日期", "Published before it was created"),
            new BilingualText(
                "公开日期不能早于生成日期；通常是两个日期填反或填错。",
                "An item cannot be published before it was created; usually the two dates are swapped or mistyped."),
            new MessageTemplate(
                "default",
                "公开日期 {published} 早于生成日期 {created}。",
                "Published on {published}, before it was created on {created}."));

        /// <summary>GD-DG-001: Disclosure guide part missing (公开指南缺少组成部分).</summary>
        public static readonly RuleDescriptor FiveParts = Rule(
            "GD-DG-001",
            FindingSeverity.Error,
            FindingCategory.Completeness,
            DocumentKind.DisclosureGuide,
            new BilingualText("公开指南缺少组成部分", "Disclosure guide part missing"),
            new BilingualText(
                "可选规则集 five-part-guide：某区 2020 年的做法，政府信息公开指南由五部分组成：本机关持有政府信息基本情况；本机关对外发布政府信息情况；政府信息公开申请渠道；政府信息公开工作机构情况；其他事项。这是地方做法；全国性的要求是条例第十二条（GD-DG-002）。",
                "Opt-in rule set five-part-guide: a district's 2020 convention that a disclosure guide has five parts: the information the agency holds; what it publishes; how to apply; the disclosure office; other matters. A local convention; the national requirement is Article 12 of the Regulations (GD-DG-002)."),
            new MessageTemplate(
                "missing",
                "缺少“{fieldZh}”（某区 2020 年做法的公开指南五部分之一）。",
                "'{field}' ({fieldZh}) is missing (one of the five parts of a district's 2020 convention for disclosure guides)."));

        /// <summary>GD-DG-002: Disclosure guide lacks an Article 12 item (公开指南缺少第十二条要求的信息).</summary>
        public static readonly RuleDescriptor GuideArticle12Minimum = Rule(
            "GD-DG-002",
            FindingSeverity.Error,
            FindingCategory.Completeness,
            DocumentKind.DisclosureGuide,
            new BilingualText("公开指南缺少第十二条要求的信息", "Disclosure guide lacks an Article 12 item"),
            new BilingualText(
                "条例第十二条：行政机关编制、公布的政府信息公开指南（写明本行政机关名称）应当包括政府信息的分类、编排体系、获取方式和政府信息公开工作机构的名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式等内容。缺少整个工作机构部分时报告一次，不逐项报告。",
                "Article 12 of the Regulations: an agency's disclosure guide (naming the agency) gives the classification and arrangement of information, how to obtain it, and the disclosure office's name, address, office hours, phone, fax and internet contact. When the whole office part is missing, it is reported once, not fact by fact."),
            new MessageTemplate(
                "missing",
                "缺少“{fieldZh}”（条例第十二条）。",
                "'{field}' ({fieldZh}) is missing (Article 12 of the Regulations)."));

        /// <summary>GD-DG-003: Office phone or fax is not a plausible number (工作机构电话或传真不像号码).</summary>
        public static readonly RuleDescriptor OfficePhone = Rule(
            "GD-DG-003",
            FindingSeverity.Warning,
            FindingCategory.Structure,
            DocumentKind.DisclosureGuide,
            new BilingualText("工作机构电话或传真不像号码", "Office phone or fax is not a plausible number"),
            new BilingualText(
                "公开工作机构的联系电话和传真号码应为带区号的固定电话（如 023-12345678）、11 位手机号码或 12345 等热线。",
                "The disclosure office's phone and fax are landlines with their area code (e.g. 023-12345678), 11-digit mobiles or hot lines such as 12345."),
            new MessageTemplate(
                "default",
                "{field}“{number}”不像有效的号码（固定电话须带区号，如 023-12345678）。",
                "The {field} '{number}' is not a plausible number (a landline needs its area code, e.g. 023-12345678)."));

        /// <summary>GD-ENF-001: Enforcement disclosure field missing (执法公示信息缺项).</summary>
        public static readonly RuleDescriptor EnforcementFieldsPublished = Rule(
            "GD-ENF-001",
            FindingSeverity.Error,
            FindingCategory.Completeness,
            DocumentKind.EnforcementDisclosure,
            new BilingualText("执法公示信息缺项", "Enforcement disclosure field missing"),
            new BilingualText(
                "执法结果公示须写明执法机关、执法对象、执法类别、执法结论（国办发〔2018〕118号：向社会公布执法机关、执法对象、执法类别、执法结论等信息）和决定日期。",
                "An enforcement result names the enforcement agency, the party it concerns, the category and the conclusion (国办发〔2018〕118号: 向社会公布执法机关、执法对象、执法类别、执法结论等信息), and the decision date."),
            new MessageTemplate(
                "missing",
                "缺少“{fieldZh}”（执法公示必填信息）。",
                "'{field}' ({fieldZh}) is missing (a required field of an enforcement disclosure)."));

        /// <summary>GD-ENF-002: Published before the decision (公示日期早于决定日期).</summary>
        public static readonly RuleDescriptor PublishedAfterDecision = Rule(
            "GD-ENF-002",
            FindingSeverity.Error,
            FindingCategory.Consistency,
            DocumentKind.EnforcementDisclosure,
            new BilingualText("公示日期早于决定日期", "Published before the decision"),
            new BilingualText(
                "公示日期不能早于决定日期；通常是两个日期填反或填错。",
                "A decision cannot be published before it was made; usually the two dates are swapped or mistyped."),
            new MessageTemplate(
                "default",
                "公示日期 {published} 早于决定日期 {decided}。",
                "Published on {published}, before the decision of {decided}."));

        /// <summary>GD-AR-001: Annual report lacks its header or a section (年度报告缺少基本信息或章节).</summary>
        public static readonly RuleDescriptor HeaderAndSections = Rule(
            "GD-AR-001",
            FindingSeverity.Error,
            FindingCategory.Completeness,
            DocumentKind.AnnualReport,
            new BilingualText("年度报告缺少基本信息或章节", "Annual report lacks its header or a section"),
            new BilingualText(
                "年度报告须写明报告年度、格式和报告机关，并有六部分：一、总体情况；二、主动公开政府信息情况（见 GD-AR-007）；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项（条例第五十条）。",
                "An annual report gives its year, format and agency, and has six sections: I overall situation; II proactive disclosure (see GD-AR-007); III applications; IV reconsideration and litigation; V problems and improvements; VI other matters (Article 50)."),
            new MessageTemplate(
                "missing",
                "缺少“{fieldZh}”（年度报告必备内容）。",
                "'{field}' ({fieldZh}) is missing (a required part of an annual report)."));

        /// <summary>GD-AR-002: Blank cells in an annual report table (年度报告表格有空白).</summary>
        public static readonly RuleDescriptor BlankCells = Rule(
            "GD-AR-002",
            FindingSeverity.Warning,
            FindingCategory.Completeness,
            DocumentKind.AnnualReport,
            new BilingualText("年度报告表格有空白", "Blank cells in an annual report table"),
            new BilingualText(
                "两种格式（国办公开办函〔2019〕60号、国办公开办函〔2021〕30号）都未禁止空白，官方报告常在数值为 0 处留空白。空白不是错误，但与填写的 0 不同：每张表的空白格合并为一条警告，列出全部空白格（相关位置）。合计关系按空白读作 0 核对：已填写的数字无论空白填什么都不能成立才是错误，否则见 GD-AR-010、GD-AR-011。",
                "Neither form (国办公开办函〔2019〕60号, 国办公开办函〔2021〕30号) forbids a blank cell, and official reports leave cells blank where the value is 0. A blank is not an error, but it is not a written 0 either: the blank cells of each table are reported once, as one warning listing them all (its related locations). Sums are checked reading blanks as 0: only a sum that no values of the blanks could make hold is an error; otherwise see GD-AR-010 and GD-AR-011."),
            new MessageTemplate(
                "default",
                "{table}有 {count} 处空白：{cells}。空白按 0 核对合计；若为 0，建议填写 0。",
                "{table} has {count} blank cell(s): {cells}. Sums are checked reading a blank as 0; where the value is 0, consider writing 0."));

        /// <summary>GD-AR-003: Negative number in an annual report (年度报告数字为负数).</summary>
        public static readonly RuleDescriptor NegativeCounts = Rule(
            "GD-AR-003",
            FindingSeverity.Error,
            FindingCategory.Structure,
            DocumentKind.AnnualReport,
            new BilingualText("年度报告数字为负数", "Negative number in an annual report"),
            new BilingualText(
                "件数、项目数和金额都是非负数（只有“本年增/减”可以为负）。整数以外的数值由 GD-STR-002 报告。",
                "Counts, item numbers and amounts are not negative (only the net change 本年增/减 may be). A value that is not a whole number is GD-STR-002."),
            new MessageTemplate(
                "default",
                "“{cell}”为负数 {value}，应为 0 或正数。",
                "The cell '{cell}' ({cellZh}) is negative ({value}); it must be 0 or more."));

        /// <summary>GD-AR-004: Applications received and handled do not balance (申请数与办理数不平衡).</summary>
        public static readonly RuleDescriptor ColumnBalance = Rule(
            "GD-AR-004",
            FindingSeverity.Error,
            FindingCategory.Consistency,
            DocumentKind.AnnualReport,
            new BilingualText("申请数与办理数不平衡", "Applications received and handled do not balance"),
            new BilingualText(
                "表三每一列（各类申请人及总计）：" + BalanceSum + "（表格本身印有此关系）。",
                "In every column of table III (each kind of applicant and the total): I received this year + II carried over = III(7) total handled + IV carried forward (the form prints this identity)."),
            SumBroken,
            SumBrokenDespiteBlanks);

        /// <summary>GD-AR-005: Row total is not the sum of the applicants (行合计不等于各类申请人之和).</summary>
        public static readonly RuleDescriptor RowTotals = Rule(
            "GD-AR-005",
            FindingSeverity.Error,
            FindingCategory.Consistency,
            DocumentKind.AnnualReport,
            new BilingualText("行合计不等于各类申请人之和", "Row total is not the sum of the applicants"),
            new BilingualText(
                "表三每一行：" + ApplicantSum + "。",
                "In every row of table III: total = natural persons + commercial enterprises + research institutions + public-interest organisations + legal service agencies + other organisations."),
            SumBroken,
            SumBrokenDespiteBlanks);

        /// <summary>GD-AR-006: Total handled is not the sum of the outcomes (办理结果总计不等于各项之和).</summary>
        public static readonly RuleDescriptor OutcomeTotal = Rule(
            "GD-AR-006",
            FindingSeverity.Error,
            FindingCategory.Consistency,
            DocumentKind.AnnualReport,
            new BilingualText("办理结果总计不等于各项之和", "Total handled is not the sum of the outcomes"),
            new BilingualText(
                "表三每一列：" + OutcomeSum + "。",
                "In every column of table III: III(7) total = (1) disclosed + (2) partially disclosed + the rows of (3) withheld + (4) unable to provide + (5) not processed + (6) other processing."),
            SumBroken,
            SumBrokenDespiteBlanks);

        /// <summary>GD-AR-007: Annual report tables do not match its format (年度报告表格与格式不符).</summary>
        public static readonly RuleDescriptor FormatCoherence = Rule(
            "GD-AR-007",
            FindingSeverity.Error,
            FindingCategory.Structure,
            DocumentKind.AnnualReport,
            new BilingualText("年度报告表格与格式不符", "Annual report tables do not match its format"),
            new BilingualText(
                "2019 年格式（国办公开办函〔2019〕60号，用于 2019、2020 年度）用 2019 年的表二、三（六）只有一行；2021 年格式（国办公开办函〔2021〕30号，2021 年度起）用 2021 年的表二、三（六）分为逾期不补正、逾期未缴费、其他三行。报告年度应使用对应格式。",
                "The 2019 format (国办公开办函〔2019〕60号, for the 2019 and 2020 reports) has the 2019 table II and one row III(6); the 2021 format (国办公开办函〔2021〕30号, from the 2021 report) has the 2021 table II and three rows III(6): amendment overdue, fee overdue, other. A report uses the format of its year."),
            new MessageTemplate(
                "formatOfYear",
                "{year} 年度报告应使用{expected}，而不是{format}。",
                "A {year} report uses the {expected}, not the {format}."),
            new MessageTemplate(
                "tableMissing",
                "缺少二、主动公开政府信息情况（{format}的表二）。",
                "Section II, proactive disclosure (table II of the {format}), is missing."),
            new MessageTemplate(
                "otherFormatTable",
                "报告为{format}，却填写了另一格式的表二；请按{format}填写。",
                "The report is in the {format} but fills in table II of the other format; use the table of its own format."),
            new MessageTemplate(
                "rowOf2021",
                "2019 年格式的三（六）其他处理只有一行，不分“逾期不补正”“逾期未缴费”；请并入其他处理一行，或改用 2021 年格式。",
                "In the 2019 format, III(6) other processing is one row, without 'amendment overdue' and 'fee overdue'; add them into that row, or use the 2021 format."),
            new MessageTemplate(
                "rowMissing",
                "2021 年格式的三（六）其他处理应有三行，缺少“{row}”。",
                "In the 2021 format, III(6) other processing has three rows; row {row} is missing."));

        /// <summary>GD-AR-008: Reconsideration or litigation total does not add up (复议、诉讼总计不等于各项之和).</summary>
        public static readonly RuleDescriptor RemedyTotals = Rule(
            "GD-AR-008",
            FindingSeverity.Error,
            FindingCategory.Consistency,
            DocumentKind.AnnualReport,
            new BilingualText("复议、诉讼总计不等于各项之和", "Reconsideration or litigation total does not add up"),
            new BilingualText(
                "表四的行政复议、未经复议直接起诉、复议后起诉各组：" + RemedySum + "。",
                "In each group of table IV (reconsideration, litigation without reconsideration, litigation after reconsideration): total = upheld + corrected + other + pending."),
            SumBroken,
            SumBrokenDespiteBlanks);

        /// <summary>GD-AR-009: Carried-over applications do not match last year's report (上年结转与上年报告不衔接).</summary>
        public static readonly RuleDescriptor ReportContinuity = Rule(
            "GD-AR-009",
            FindingSeverity.Error,
            FindingCategory.Consistency,
            DocumentKind.AnnualReport,
            new BilingualText("上年结转与上年报告不衔接", "Carried-over applications do not match last year's report"),
            new BilingualText(
                $"同一机关相邻两年的年度报告：第 N 年表三“{CarriedForwardRow.Form!.Printed}”应等于第 N+1 年“{CarriedOverRow.Form!.Printed}”，逐列比较。两份报告可在同一文件中，也可在一次校验的不同文件中（如一个文件夹里的 2023 年网页和 2024 年 PDF），按机关名称配对；问题定位在后读到的报告，并指出另一文件中的对应单元格。",
                "For an agency's reports of two consecutive years, table III row IV (carried forward) of year N equals row II (carried over) of year N+1, column by column. The two reports may be in one file or in different files of one run (e.g. a folder holding the 2023 page and the 2024 PDF), matched by the agency's name; the finding is located in the report read second and names the other file's cell as its related location."),
            new MessageTemplate(
                "default",
                $"“{{column}}”列：{{year}} 年度报告“{CarriedForwardRow.Form!.Printed}”为 {{carriedForward}}，而 {{nextYear}} 年度报告“{ShortLabel(CarriedOverRow)}”为 {{carriedOver}}，两者应相等。",
                $"Column {{column}}: the {{year}} report carries {{carriedForward}} forward (row IV, {CarriedForward.Pointer}/{{columnKey}}), but the {{nextYear}} report carries {{carriedOver}} over (row II, {CarriedOver.Pointer}/{{columnKey}}); they must be equal."));

        /// <summary>GD-AR-010: A sum with blank cells cannot be confirmed (含空白的合计关系无法确认).</summary>
        public static readonly RuleDescriptor UnconfirmedSum = Rule(
            "GD-AR-010",
            FindingSeverity.Warning,
            FindingCategory.Consistency,
            DocumentKind.AnnualReport,
            new BilingualText("含空白的合计关系无法确认", "A sum with blank cells cannot be confirmed"),
            new BilingualText(
                "表格空白按 0 读（官方报告在数值为 0 处常留空白）。某一合计关系（GD-AR-004、005、006、008）按 0 读不成立、但空白格若填入差额即可成立时，无法确认它是否成立：报告须由空白格补足的差额，请核对空白格。已填写的数字无论空白填什么都不能成立时，按原规则报错。",
                "A blank cell reads as 0 (official reports leave a cell blank where the value is 0). When an identity of the tables (GD-AR-004, 005, 006, 008) does not hold with its blanks read as 0, but would hold if the blanks held the difference, it cannot be confirmed: the finding names the difference the blank cells would have to hold. When no values of the blanks can make it hold, the identity's own rule reports an error."),
            new MessageTemplate(
                "unconfirmed",
                "{identity}无法确认：{sums}，相差 {difference}，须由空白格（{blanks}）合计填 {difference} 才成立，而空白按 0 读。",
                "{identity} cannot be confirmed: {sums}; it holds only if the blank cells ({blanks}) hold {difference} between them, but a blank reads as 0 (cells {cells})."));

        /// <summary>GD-AR-011: A total is blank (总计为空白).</summary>
        public static readonly RuleDescriptor BlankTotal = Rule(
            "GD-AR-011",
            FindingSeverity.Information,
            FindingCategory.Completeness,
            DocumentKind.AnnualReport,
            new BilingualText("总计为空白", "A total is blank"),
            new BilingualText(
                "表三的行、列总计或表四的总计为空白，而它所合计的各项已填写且不全为 0：该合计关系无从核对，报告各项之和供核对。",
                "A total of table III (row or column) or of table IV is blank while the parts it totals are written and not all 0: the identity cannot be checked; the finding gives the sum of the parts."),
            new MessageTemplate(
                "totalBlank",
                "{identity}无法核对：“{total}”为空白，而已填写的各项合计 {difference}（{sums}）。",
                "{identity} cannot be checked: the total '{total}' is blank, while the written parts come to {difference} ({sums}; cells {cells})."));

        /// <summary>GD-AR-012: A count the text states contradicts the tables (正文所述数字与表格不符).</summary>
        public static readonly RuleDescriptor NarrativeAgainstTables = Rule(
            "GD-AR-012",
            FindingSeverity.Warning,
            FindingCategory.Consistency,
            DocumentKind.AnnualReport,
            new BilingualText("正文所述数字与表格不符", "A count the text states contradicts the tables"),
            new BilingualText(
                "“一、总体情况”所述的申请、办理结果、复议和诉讼件数（新收申请、上年结转、办结/答复、予以公开、部分公开、不予公开、无法提供、不予处理、其他处理、结转下年度、行政复议、行政诉讼，及“均获维持”）与表三、表四相应单元格比对：已填写的单元格之和已超过正文数字，或单元格全部填写而不相等，即为不符。汉字数字、“万”、“共/合计”均可识别；同比增减、百分比、约数、其中部分、他年数字不作比对；正文数字找不到对应单元格的不比对。文字提取属启发式，故为警告。",
                "The counts section I states (applications received, carried over, handled/answered, disclosed, partially disclosed, withheld, unable to provide, not processed, other processing, carried forward, reconsiderations, lawsuits, and \"all upheld\") are compared with the cells of tables III and IV they describe: it is a contradiction when the written cells already exceed the stated count, or when all are written and differ. Chinese numerals, 万 and 共/合计 are read; year-on-year changes, percentages, approximations, parts (其中) and other years' figures are not compared, nor is a count that maps to no cell. Reading text is heuristic, hence a warning."),
            new MessageTemplate(
                "count",
                "正文称“{text}”，即{quantity} {stated} 件；表格为 {written} 件{blanks}：{cells}。",
                "The text says \"{text}\", i.e. {quantity} {stated}; the tables give {written}{blanks}: {cells}."),
            new MessageTemplate(
                "allUpheld",
                "正文称“{text}”，表四并非全部维持：{results}。",
                "The text says \"{text}\" (all upheld), but table IV does not: {results}."));

        /// <summary>GD-AR-013: Section 五 or 六 says nothing (第五、六部分内容空泛).</summary>
        public static readonly RuleDescriptor SectionSaysNothing = Rule(
            "GD-AR-013",
            FindingSeverity.Warning,
            FindingCategory.Completeness,
            DocumentKind.AnnualReport,
            new BilingualText("第五、六部分内容空泛", "Section V or VI says nothing"),
            new BilingualText(
                "“五、存在的主要问题及改进情况”只写“无”“暂无”“无其他需要报告的事项”之类，或标题后不足 30 个汉字；条例第五十条要求报告存在的主要问题及改进情况，30 个汉字是问题与改进各一句的下限。“六、其他需要报告的事项”自 2021 年度报告起检查：国办公开办函〔2021〕30号（2021 年 9 月 26 日）写明第六部分“主要报告本机关认为需要报告的其他事项，以及其他有关文件专门要求通过年度报告予以报告的事项。各行政机关依据《政府信息公开信息处理费管理办法》收取信息处理费的情况，在此处专门报告”，格式模板第六部分注“收取信息处理费情况在此处报告”——这是 30号对第六部分提出的唯一一项具体内容（本规则核对的即是它；“其他有关文件”要求报告的事项因文件而异，不检查）；2021 年也是国办函〔2020〕109号（政府信息公开信息处理费管理办法，2020 年 11 月 17 日印发）下的第一个整年。故第六部分只写“无”之类、或完全没有提到收费的，报告为警告；一句“本年度未收取信息处理费。”即已说明，不论长短。2019、2020 年度报告的第六部分可以写“无”（已发布的上海市人民政府办公厅 2019 年度报告即如此）。空白的第五、六部分由 GD-AR-001 报告。",
                "Section V (problems and improvements) reads only 无, 暂无, 无其他需要报告的事项 or the like, or has fewer than 30 Chinese characters after its heading; Article 50 of the Regulations requires the main problems and the improvements to be reported, and 30 characters is the least one sentence on each takes. Section VI (other matters) is checked from the 2021 report on: 国办公开办函〔2021〕30号 (26 September 2021) says section VI \"mainly reports other matters the agency considers need reporting, and matters other documents specifically require to be reported in the annual report; the information-processing fees each agency collects under the fee rules are reported specifically here\", and the template's section VI reads 收取信息处理费情况在此处报告 — the one specific content 30号 asks of section VI (the one this rule checks; what \"other documents\" require differs from document to document and is not checked); 2021 is also the first whole year under 国办函〔2020〕109号 (the information-processing fee rules, issued on 17 November 2020). So a section VI that reads only 无 or the like, or says nothing of fees, is a warning; one sentence such as 本年度未收取信息处理费 says it, however short. A 2019 or 2020 report's section VI may read 无 (the published 2019 report of the Shanghai municipal government office does). A blank section V or VI is GD-AR-001's."),
            new MessageTemplate(
                "placeholder",
                "“{section}”只写了“{text}”。",
                "Section {section} reads only \"{text}\"."),
            new MessageTemplate(
                "short",
                "“{section}”标题后只有 {count} 个汉字（不足 {minimum} 个）：“{text}”。",
                "Section {section} has {count} Chinese characters after its heading (fewer than {minimum}): \"{text}\"."),
            new MessageTemplate(
                "noFeeStatement",
                "“六、其他需要报告的事项”没有说明信息处理费的收取情况（国办函〔2020〕109号）：“{text}”。",
                "Section VI (other matters) says nothing of the information-processing fees (国办函〔2020〕109号): \"{text}\"."));

        /// <summary>GD-AR-014: Section 六 says no fee was charged while the report states fees (第六部分称未收费而报告写有收费).</summary>
        public static readonly RuleDescriptor FeeStatementConflict = Rule(
            "GD-AR-014",
            FindingSeverity.Warning,
            FindingCategory.Consistency,
            DocumentKind.AnnualReport,
            new BilingualText("第六部分称未收费而报告写有收费", "Section VI says no fee was charged while the report states fees"),
            new BilingualText(
                "“六、其他需要报告的事项”称未收取（信息处理）费用，而报告其他文字写明收取了金额大于 0 的信息处理费（国办函〔2020〕109号）。表三“申请人逾期未按收费通知要求缴纳费用”一行记的是未缴费的收费通知，不是已收的费用，不与“未收费”矛盾，不作比对；表二“行政事业性收费”是机关的收费项目，不是信息处理费，也不比对。国办公开办函〔2021〕30号对第六部分只具体要求报告信息处理费的收取情况（其原文见 GD-AR-013），故只检查收费表述。文字提取属启发式，故为警告。",
                "Section VI (other matters) says no (information-processing) fee was charged, while another part of the report's text states an information-processing fee above 0 (国办函〔2020〕109号). Table III's row for fee notices not paid in time counts unpaid notices, not fees collected, and does not contradict \"no fee\", so it is not compared; table II's 行政事业性收费 are the agency's fee items, not the information-processing fee, and are not compared either. 国办公开办函〔2021〕30号 asks specifically only for the information-processing fees collected in section VI (its words are quoted under GD-AR-013), so only the fee statement is checked. Reading text is heuristic, hence a warning."),
            new MessageTemplate(
                "default",
                "第六部分称“{none}”，而{where}写有“{charged}”。",
                "Section VI says \"{none}\", while {where} states \"{charged}\"."));

        /// <summary>GD-AR-015: Documents in force do not continue from last year's report (现行有效件数与上年报告不衔接).</summary>
        public static readonly RuleDescriptor InForceContinuity = Rule(
            "GD-AR-015",
            FindingSeverity.Warning,
            FindingCategory.Consistency,
            DocumentKind.AnnualReport,
            new BilingualText("现行有效件数与上年报告不衔接", "Documents in force do not continue from last year's report"),
            new BilingualText(
                "同一机关相邻两年的年度报告（2021 年格式，国办公开办函〔2021〕30号）：表二第二十条第（一）项“规章”“行政规范性文件”两行，第 N+1 年“现行有效件数”应等于第 N 年“现行有效件数”加第 N+1 年“本年制发件数”减“本年废止件数”。四个数都已填写才比较。配对方式同 GD-AR-009（同一文件中，或一次校验的不同文件中按机关名称配对）。已发布的相邻年度报告（淮安市洪泽区人民政府 2023、2024 年度报告：5 + 3 − 0 = 8）衔接成立；但机关可能在两年之间改变统计口径（如规范性文件集中清理后重新核定现行有效件数），故为警告。",
                "For an agency's reports of two consecutive years in the 2021 format (国办公开办函〔2021〕30号), each row of table II item (1) — 规章 and 行政规范性文件 — continues: 现行有效件数 (in force) of year N+1 equals 现行有效件数 of year N plus 本年制发件数 (issued) minus 本年废止件数 (repealed) of year N+1. It is compared only when all four numbers are written. Reports are paired as for GD-AR-009 (in one file, or in different files of one run by the agency's name). Published consecutive reports hold it (the 2023 and 2024 reports of 淮安市洪泽区人民政府: 5 + 3 − 0 = 8); but an agency may change how it counts between two years (e.g. re-establishing the documents in force after a clean-up), hence a warning."),
            new MessageTemplate(
                "default",
                "“{row}”：{year} 年度报告现行有效 {previousInForce} 件，{nextYear} 年度报告本年制发 {issued} 件、本年废止 {repealed} 件，现行有效应为 {expected} 件，而报告为 {inForce} 件。",
                "{rowEnglish}: the {year} report has {previousInForce} in force; with {issued} issued and {repealed} repealed in {nextYear}, the {nextYear} report should have {expected} in force, but it has {inForce}."));

        /// <summary>GD-AR-016: Section 一 opens a sentence with an earlier year (第一部分以往年年份起句).</summary>
        public static readonly RuleDescriptor EarlierYearInText = Rule(
            "GD-AR-016",
            FindingSeverity.Warning,
            FindingCategory.Consistency,
            DocumentKind.AnnualReport,
            new BilingualText("第一部分以往年年份起句", "Section I opens a sentence with an earlier year"),
            new BilingualText(
                "“一、总体情况”综述本报告年度的工作（条例第五十条；国办公开办函〔2021〕30号）。其中一句（或一个分项）以早于报告年度的年份加逗号起句，如 2023 年度报告写“2022年，我市……”“2022年全年，……”，往往是沿用了上年报告的文字：报告第一处，请核对。句中提到的年份（同比、较2022年、2022年以来）是比较，晚于报告年度的年份（2025年我们将……）是计划，都不报告。已发布的各份报告（本库所收 2019–2024 年度报告）都不触发此规则。文字提取属启发式，故为警告。",
                "Section I (overall situation) sums up the report year's work (Article 50; 国办公开办函〔2021〕30号). A sentence (or a numbered paragraph) of it that opens with a year before the report's year and a comma — 2022年，我市… or 2022年全年，… in the 2023 report — is usually text carried over from last year's report: the first one is reported, to be checked. A year named inside a sentence (同比, 较2022年, 2022年以来) is a comparison and a later year (2025年我们将…) names plans; neither is reported. None of the published reports bundled for the tests (2019–2024) triggers it. Reading text is heuristic, hence a warning."),
            new MessageTemplate(
                "default",
                "第一部分有一句以“{said}年”起句，而本报告是 {year} 年度报告：“{text}”。是否沿用了上年报告的文字？",
                "Section I has a sentence opening with {said}, in the report for {year}: \"{text}\". Was it carried over from last year's report?"));

        /// <summary>GD-AR-017: A section repeats last year's report (章节文字沿用上年报告).</summary>
        public static readonly RuleDescriptor CarriedOverText = Rule(
            "GD-AR-017",
            FindingSeverity.Warning,
            FindingCategory.Consistency,
            DocumentKind.AnnualReport,
            new BilingualText("章节文字沿用上年报告", "A section repeats last year's report"),
            new BilingualText(
                "同一机关相邻两年的年度报告，“一、总体情况”或“五、存在的主要问题及改进情况”中有 30% 以上的文字与上年报告同一部分逐字相同：按连续 12 个以上相同的汉字或数字计（标点、空格不计，“2023年”与“2024年”这样的年份视为相同），占本部分汉字和数字的比例。条例第五十条要求报告本年度的情况和本年度存在的问题及改进情况，上年的文字原样沿用，往往是未据实编写（各地年报编制通知要求“不得出现敷衍、雷同现象”）。30% 约为本库所收不同机关的报告之间同一部分最高相同比例（14%，来自“以习近平新时代中国特色社会主义思想为指导”之类的通用表述）的两倍；已发布的淮安市洪泽区人民政府 2023、2024 年度报告第一部分相同 43%、第五部分相同 38%（改进措施“一是……”“三是……”两条逐字相同），报告。配对方式同 GD-AR-009。是否雷同须人工判断，故为警告；提示给出比例和最长的一段相同文字。",
                "In an agency's reports for two consecutive years, 30% or more of section I (overall situation) or section V (problems and improvements) is word for word the text of the same section of last year's report: counted in runs of 12 or more identical Chinese characters or digits (punctuation and spaces left out, a year such as 2023年 and 2024年 taken as the same), as a share of the section's characters. Article 50 asks for the year's own situation, problems and improvements; last year's text kept as it was usually means the section was not written for the year (the notices on compiling the reports ask that they not be perfunctory or copied, 不得出现敷衍、雷同现象). 30% is about twice the highest share between different agencies' reports of the corpus bundled for the tests (14%, from common phrases such as 以习近平新时代中国特色社会主义思想为指导); the published 2023 and 2024 reports of 淮安市洪泽区人民政府 share 43% of section I and 38% of section V (the improvements 一是… and 三是… word for word) and are reported. Reports are paired as for GD-AR-009. Whether a text is copied takes a reader's judgement, hence a warning; the finding gives the share and the longest passage repeated."),
            new MessageTemplate(
                "default",
                "{year} 年度报告“{section}”有 {share}% 的文字与 {otherYear} 年度报告同一部分逐字相同，最长一段：“{passage}”。",
                "{share}% of section {sectionEnglish} of the {year} report is word for word that of the {otherYear} report; the longest passage: \"{passage}\"."));

        /// <summary>GD-AR-018: A region's summary report does not add up with its members' reports (汇总报告与所属机关报告数字不符).</summary>
        public static readonly RuleDescriptor RegionSummary = Rule(
            "GD-AR-018",
            FindingSeverity.Warning,
            FindingCategory.Consistency,
            DocumentKind.AnnualReport,
            new BilingualText("汇总报告与所属机关报告数字不符", "A region's summary report does not add up with its members' reports"),
            new BilingualText(
                "国办公开办函〔2021〕30号：“县级以上地方人民政府年度报告，应当逐级汇总相关情况和数据”——县级政府汇总所属部门和乡镇政府的年度报告，地市级政府汇总所属部门和县级政府的年度报告，省级政府汇总所属部门和地市级政府的年度报告。一次校验中，县级以上地方人民政府的报告，其文字写明汇总（“汇总……各……”）或写出全区域的申请数（“全市共受理政府信息公开申请 N 件”），即作为汇总报告；同一年度、机关名称以该区域名称开头的其他报告（本级政府部门、办公室，乡镇、街道，下一级人民政府；已有下一级人民政府报告的，其所属部门由它汇总，不重复计入）为其所属机关报告。表三（申请情况）、表四（复议诉讼）的各格可以相加：申请按受理机关各计一次，30号规定复议机关作共同被告的诉讼“只计算原行为主体的案件数量”，汇总时不会重复。汇总报告某格小于本批所属机关报告该格之和，必有一方有误，报告为警告；汇总报告写明所汇总的单位数（“汇总 23 个部门和 8 个乡镇”）且本批所属机关报告已齐时，某格不等于各格之和也报告。表二不比对：汇总报告的表二可以一半是本级、一半是全区域——已发布的淮安市人民政府 2024 年度报告表二“规章”本年制发 1 件、“行政规范性文件”本年制发 8 件（市政府本级），而“行政许可”447228 件、“行政处罚”3985758 件（全市）——规章和规范性文件又只由有权制定的机关制发，逐格相加没有依据。",
                "国办公开办函〔2021〕30号: \"the annual reports of local people's governments at and above the county level shall summarise the situation and data level by level\" — a county government summarises the reports of its departments and townships, a city government those of its departments and counties, a province those of its departments and cities. In one run, a report of a local government at or above the county level whose text says it summarises (汇总……各……) or states applications for the whole region (全市共受理政府信息公开申请 N 件) is a summary; the other reports of the same year whose agency's name begins with the region's name (the government's departments and office, townships and sub-districts, the governments one level down; where a lower government's report is in the run, its departments are summed by it and not counted twice) are its members. The cells of table III (applications) and table IV (reviews and litigation) add up: an application is counted once, by the agency that received it, and 30号 counts a suit in which the review body is a co-defendant \"only for the original agency\", so a summary counts nothing twice. A cell of the summary below the sum of its members' cells in the run means one of them is wrong and is a warning; when the summary states how many units it summarises (汇总 23 个部门和 8 个乡镇) and the run holds that many members, a cell that differs from their sum is reported too. Table II is not compared: a summary's table II can be half the government's own and half the region's — the published 2024 report of 淮安市人民政府 gives 1 rule and 8 normative documents issued (the city government's own) but 447228 licensing and 3985758 penalty decisions (the whole city) — and rules and normative documents are issued only by the agencies empowered to, so adding them cell by cell has no ground."),
            new MessageTemplate(
                "belowMembers",
                "汇总报告“{cell}”为 {value}，少于本批 {count} 份所属机关报告该格之和 {sum}（{members}）。汇总报告所述：“{statement}”",
                "The summary's {cell} is {value}, below the sum {sum} of that cell in the {count} member reports of this run ({members}). The summary says: \"{statement}\""),
            new MessageTemplate(
                "differs",
                "汇总报告“{cell}”为 {value}，而它所汇总的 {count} 份所属机关报告（汇总报告称汇总 {units} 个单位）该格之和为 {sum}（{members}）。汇总报告所述：“{statement}”",
                "The summary's {cell} is {value}, while the {count} member reports it summarises (it says {units} units) hold {sum} in that cell ({members}). The summary says: \"{statement}\""));

        /// <summary>GD-AR-019: A region's summary cannot be confirmed from the reports of the run (汇总报告无法用本批报告核对).</summary>
        public static readonly RuleDescriptor RegionSummaryUnconfirmed = Rule(
            "GD-AR-019",
            FindingSeverity.Information,
            FindingCategory.Consistency,
            DocumentKind.AnnualReport,
            new BilingualText("汇总报告无法用本批报告核对", "A region's summary cannot be confirmed from the reports of the run"),
            new BilingualText(
                "一次校验中有汇总报告（见 GD-AR-018）及其所属机关报告，但所属机关报告不齐（汇总报告写明的单位数多于本批所属机关报告数），或汇总报告没有写明汇总了多少个单位：汇总数是否等于各机关之和无法确认，只能确认它不小于本批各机关之和（小于时由 GD-AR-018 报告）。每份汇总报告报告一次，列出本批所属机关报告；这不是报告的缺陷。",
                "A run holds a summary report (see GD-AR-018) and some of its members' reports, but not all of them (the summary states more units than the run holds), or the summary does not state how many units it summarises: whether its cells equal the sums of its members' cannot be confirmed; only that no cell is below the sum of the members in the run (GD-AR-018 reports one that is). Reported once per summary, with the member reports of the run; it is not a fault of the report."),
            new MessageTemplate(
                "default",
                "汇总报告与本批 {count} 份所属机关报告（{members}）的数字无法核对是否相等：{units}。汇总报告所述：“{statement}”",
                "Whether the summary's cells equal the sums of the {count} member reports in this run ({members}) cannot be confirmed: {units}. The summary says: \"{statement}\""));

        /// <summary>GD-TIME-001: Enforcement result published late (执法结果公示超期).</summary>
        public static readonly RuleDescriptor EnforcementPublishedInTime = Rule(
            "GD-TIME-001",
            FindingSeverity.Error,
            FindingCategory.Timeliness,
            DocumentKind.EnforcementDisclosure,
            new BilingualText("执法结果公示超期", "Enforcement result published late"),
            new BilingualText(
                "行政许可、行政处罚的执法决定信息自执法决定作出之日起 7 个工作日内公开，其他执法决定信息 20 个工作日内公开，法律、行政法规另有规定的除外（国办发〔2018〕118号；按法定节假日和调休计算工作日）。",
                "Licence and penalty decisions are published within 7 working days of the decision, other enforcement decisions within 20, unless a law or administrative regulation provides otherwise (国办发〔2018〕118号; working days on the statutory holiday calendar)."),
            Late,
            LateProvisional);

        /// <summary>GD-TIME-002: Proactive information published late (主动公开超期).</summary>
        public static readonly RuleDescriptor DirectoryPublishedInTime = Rule(
            "GD-TIME-002",
            FindingSeverity.Error,
            FindingCategory.Timeliness,
            DocumentKind.DirectoryItem,
            new BilingualText("主动公开超期", "Proactive information published late"),
            new BilingualText(
                "条例第二十六条：属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起 20 个工作日内予以公开。依申请公开的条目不适用。",
                "Article 26 of the Regulations: information to be published proactively is published within 20 working days of being formed or changed. Items disclosed on request are not checked."),
            Late,
            LateProvisional);

        /// <summary>GD-TIME-003: Annual report published late (年度报告发布超期).</summary>
        public static readonly RuleDescriptor AnnualReportPublishedInTime = Rule(
            "GD-TIME-003",
            FindingSeverity.Error,
            FindingCategory.Timeliness,
            DocumentKind.AnnualReport,
            new BilingualText("年度报告发布超期", "Annual report published late"),
            new BilingualText(
                "条例第四十九条：县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布；县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告。乡（镇）人民政府、街道办事处等其他机关的年度报告，条例没有规定发布期限，报告为 GD-TIME-004（提示），除非规则集配置了期限（如省级规定）。",
                "Article 49 of the Regulations: departments of people's governments at county level and above publish last year's annual report by 31 January; the disclosure authority of a local people's government at county level and above publishes the government's report by 31 March. For township governments, sub-district offices and other agencies the Regulations set no date: their reports get GD-TIME-004 (information), unless the rule set configures a date (e.g. a province's)."),
            new MessageTemplate(
                "late",
                "{year} 年度报告于 {published} 发布，晚于{agencyKind}的发布期限 {due}（{ground}）。",
                "The {year} report was published on {published}, after the deadline of {due} for a {agencyKind} ({ground})."));

        /// <summary>GD-TIME-004: Time limit not checkable (时限无法核验).</summary>
        public static readonly RuleDescriptor NotCheckable = Rule(
            "GD-TIME-004",
            FindingSeverity.Information,
            FindingCategory.Timeliness,
            null,
            new BilingualText("时限无法核验", "Time limit not checkable"),
            new BilingualText(
                "期限要用到工作日日历未覆盖的年份（如尚未公布放假安排的年份），或缺少判断期限所需的信息（如机关类型），因此不作判断，而不是猜测。由各时效规则（GD-TIME-001 至 GD-TIME-006）报告。",
                "The deadline needs a year the working-day calendar does not cover (e.g. one whose holidays are not announced yet), or information the deadline depends on (e.g. the agency kind), so it is not judged rather than guessed. Reported by the timeliness rules GD-TIME-001 to GD-TIME-006."),
            new MessageTemplate(
                "outsideCalendar",
                "{event}为 {eventDate}，{period}的期限要用到工作日日历未覆盖的年份（日历覆盖 {years}），无法核验{action}是否及时。",
                "The {event} was on {eventDate}; a deadline of {period} needs a year the working-day calendar does not cover (it covers {years}), so whether the {action} was in time cannot be checked."),
            new MessageTemplate(
                "agencyKindUnknown",
                "报告于 {published} 发布；未写明机关类型（县级以上人民政府部门 1 月 31 日前，县级以上地方人民政府 3 月 31 日前），无法核验是否及时。",
                "The report was published on {published}; the agency kind is not given (departments at county level and above by 31 January, local governments at county level and above by 31 March), so timeliness cannot be checked."),
            new MessageTemplate(
                "noStatutoryDate",
                "报告于 {published} 发布；条例第四十九条没有规定{agencyKind}年度报告的发布期限（只规定了县级以上人民政府部门和县级以上地方人民政府），未核验是否及时。有地方规定的，可在规则集中配置期限。",
                "The report was published on {published}; Article 49 sets no date for a {agencyKind}'s annual report (only for departments and local governments at county level and above), so timeliness is not checked. Where a local rule sets one, configure it in the rule set."));

        /// <summary>GD-TIME-005: Reply to an application late (依申请公开答复超期).</summary>
        public static readonly RuleDescriptor ReplyInTime = Rule(
            "GD-TIME-005",
            FindingSeverity.Error,
            FindingCategory.Timeliness,
            null,
            new BilingualText("依申请公开答复超期", "Reply to an application late"),
            new BilingualText(
                "条例第三十三条：收到申请之日起 20 个工作日内答复；经批准并告知申请人延长的，最长 40 个工作日；征求第三方和其他机关意见所需时间不计算在内；申请经补正的，自收到补正之日起计算（第三十条）。适用于 ApplicationTimeline。",
                "Article 33 of the Regulations: reply within 20 working days of receipt, or 40 with an approved and notified extension; time spent consulting third parties and other agencies is not counted; after an amendment the period runs from its receipt (Article 30). Applies to ApplicationTimeline."),
            Late,
            LateProvisional);

        /// <summary>GD-TIME-006: Amendment request late (补正告知超期).</summary>
        public static readonly RuleDescriptor AmendmentRequestInTime = Rule(
            "GD-TIME-006",
            FindingSeverity.Error,
            FindingCategory.Timeliness,
            null,
            new BilingualText("补正告知超期", "Amendment request late"),
            new BilingualText(
                "条例第三十条：申请内容不明确的，应当自收到申请之日起 7 个工作日内一次性告知申请人作出补正。适用于 ApplicationTimeline。",
                "Article 30 of the Regulations: an unclear application is answered with one request to amend it within 7 working days of receipt. Applies to ApplicationTimeline."),
            Late,
            LateProvisional);

        /// <summary>GD-CMP-001: A standard item is missing from the local catalogue (本地目录缺少标准目录事项).</summary>
        public static readonly RuleDescriptor ComparisonMissing = Rule(
            "GD-CMP-001",
            FindingSeverity.Warning,
            FindingCategory.Completeness,
            DocumentKind.CatalogueEntry,
            new BilingualText("本地目录缺少标准目录事项", "A standard item is missing from the local catalogue"),
            new BilingualText(
                "标准目录（内置目录或比对时给定的目录）的某个事项，本地目录中没有名称相同（规范化后）或相近（相似度至少 0.6）的事项。由 govdisclosure compare 报告。",
                "An item of the standard (the built-in catalogue, or the one the comparison is given) that no local entry matches by normalised name or by a similarity of at least 0.6. Reported by govdisclosure compare."),
            new MessageTemplate(
                "default",
                "缺少标准目录事项“{standard}”（公开时限：{timeLimit}）",
                "The standard item '{standard}' is missing (time limit: {timeLimit})"));

        /// <summary>GD-CMP-002: A local entry is weaker than the standard (本地目录事项弱于标准目录).</summary>
        public static readonly RuleDescriptor ComparisonWeakened = Rule(
            "GD-CMP-002",
            FindingSeverity.Warning,
            FindingCategory.Consistency,
            DocumentKind.CatalogueEntry,
            new BilingualText("本地目录事项弱于标准目录", "A local entry is weaker than the standard"),
            new BilingualText(
                "与标准目录事项配对的本地事项在某一方面弱于标准：公开时限更长（同一单位比较）、缺少必须公开（●）的内容要素、缺少公开渠道、主动公开改为依申请公开、全社会收窄为特定群体、未写公开依据。每一方面报告一次。",
                "A local entry matched with a standard entry is weaker in one way: a longer time limit (same unit), a required (●) content element missing, a channel missing, proactive disclosure dropped, the whole public narrowed to a group, or no legal basis. One finding per way."),
            new MessageTemplate(
                "default",
                "“{local}”：{difference}",
                "'{local}': {difference}"));

        /// <summary>GD-CMP-003: A local addition to the standard (本地目录增加的事项).</summary>
        public static readonly RuleDescriptor ComparisonAdded = Rule(
            "GD-CMP-003",
            FindingSeverity.Information,
            FindingCategory.Completeness,
            DocumentKind.CatalogueEntry,
            new BilingualText("本地目录增加的事项", "A local addition to the standard"),
            new BilingualText(
                "本地目录的事项与标准目录的任何事项都不匹配：地方增加的事项，不是问题；若其实对应某个标准事项，请统一名称。",
                "A local entry that matches no standard item: the locality's own addition, not a fault; if it does stand for a standard item, use the standard's name."),
            new MessageTemplate(
                "default",
                "“{local}”不对应标准目录的任何事项（本地增加）",
                "'{local}' matches no standard item (a local addition)"));

        /// <summary>GD-CMP-004: A local entry goes beyond the standard (本地目录事项强于标准目录).</summary>
        public static readonly RuleDescriptor ComparisonStronger = Rule(
            "GD-CMP-004",
            FindingSeverity.Information,
            FindingCategory.Consistency,
            DocumentKind.CatalogueEntry,
            new BilingualText("本地目录事项强于标准目录", "A local entry goes beyond the standard"),
            new BilingualText(
                "与标准目录事项配对的本地事项在某一方面超出标准：公开时限更短、增加了内容要素或公开渠道、增加主动公开或面向全社会。",
                "A local entry matched with a standard entry goes beyond it in one way: a shorter time limit, more content elements or channels, proactive disclosure or the whole public added."),
            new MessageTemplate(
                "default",
                "“{local}”：{difference}",
                "'{local}': {difference}"));

        /// <summary>GD-CMP-005: A probable match with a standard item (可能对应的标准目录事项).</summary>
        public static readonly RuleDescriptor ComparisonProbable = Rule(
            "GD-CMP-005",
            FindingSeverity.Information,
            FindingCategory.Consistency,
            DocumentKind.CatalogueEntry,
            new BilingualText("可能对应的标准目录事项", "A probable match with a standard item"),
            new BilingualText(
                "本地事项与标准事项名称规范化后不相同，但相似度（一级、二级事项名称及内容要素）至少 0.6，按可能对应处理并给出相似度；请核对，名称宜与标准一致。",
                "A local entry whose names differ from a standard item's after normalisation but whose similarity (first- and second-level names, content elements) is at least 0.6: treated as a probable match and shown with its score; check it, and prefer the standard's name."),
            new MessageTemplate(
                "default",
                "“{local}”可能对应标准目录事项“{standard}”（相似度 {score}）",
                "'{local}' probably stands for the standard item '{standard}' (similarity {score})"));

        /// <summary>GD-CMP-006: A time limit cannot be compared with the standard's (公开时限无法与标准比较).</summary>
        public static readonly RuleDescriptor ComparisonNotComparable = Rule(
            "GD-CMP-006",
            FindingSeverity.Information,
            FindingCategory.Timeliness,
            DocumentKind.CatalogueEntry,
            new BilingualText("公开时限无法与标准比较", "A time limit cannot be compared with the standard's"),
            new BilingualText(
                "本地事项与标准事项的公开时限措辞不同，且不能换算比较：一个以工作日计、一个以日计，或其中一个未写期限。",
                "A local entry's time limit is worded differently from the standard's and cannot be weighed against it: one counts working days and the other calendar days, or one sets no period."),
            new MessageTemplate(
                "default",
                "“{local}”：{difference}",
                "'{local}': {difference}"));

        /// <summary>GD-CMP-007: A service guide is published in one source only (办事指南仅在一处公开).</summary>
        public static readonly RuleDescriptor ComparisonGuideInOneSource = Rule(
            "GD-CMP-007",
            FindingSeverity.Information,
            FindingCategory.Completeness,
            DocumentKind.ServiceGuide,
            new BilingualText("办事指南仅在一处公开", "A service guide is published in one source only"),
            new BilingualText(
                "按实施编码、基本编码或规范化后的事项名称（及实施主体）在另一来源中找不到对应的办事指南。由 govdisclosure compare 比对两处以上公开的办事指南时报告。",
                "No guide of the other source has the same implementation code, basic code or normalised item name (and implementing body). Reported by govdisclosure compare when service guides of two or more sources are compared."),
            new MessageTemplate(
                "onlyInFirst",
                "“{item}”仅在第一个来源公开，第二个来源没有对应的办事指南",
                "'{item}' is published in the first source only; the second has no guide for it"),
            new MessageTemplate(
                "onlyInSecond",
                "“{item}”仅在第二个来源公开，第一个来源没有对应的办事指南",
                "'{item}' is published in the second source only; the first has no guide for it"));

        /// <summary>GD-CMP-008: A material is listed in one copy of a guide only (办事指南的申请材料不一致).</summary>
        public static readonly RuleDescriptor ComparisonGuideMaterial = Rule(
            "GD-CMP-008",
            FindingSeverity.Warning,
            FindingCategory.Consistency,
            DocumentKind.ServiceGuide,
            new BilingualText("办事指南的申请材料不一致", "A material is listed in one copy of a guide only"),
            new BilingualText(
                "同一事项在不同地方公开的两份办事指南（办事指南一致性检查），某项申请材料只在其中一份列出（材料名称规范化后不同，且相似度低于 0.8）。每项材料报告一次，给出两处位置。",
                "Of two copies of one item's guide published in different places, a material is listed in one only (its normalised name differs, with a similarity below 0.8). One finding per material, with both locations."),
            new MessageTemplate(
                "default",
                "“{item}”：{difference}",
                "'{item}': {difference}"));

        /// <summary>GD-CMP-009: An element differs between copies of a guide (办事指南要素内容不一致).</summary>
        public static readonly RuleDescriptor ComparisonGuideElementDiffers = Rule(
            "GD-CMP-009",
            FindingSeverity.Warning,
            FindingCategory.Consistency,
            DocumentKind.ServiceGuide,
            new BilingualText("办事指南要素内容不一致", "An element differs between copies of a guide"),
            new BilingualText(
                "同一事项的两份办事指南，某一要素内容不同：设定依据或收费依据引用的文件、申请条件、办理地点、办理机构、收费标准、办理时间、联系电话、办理流程、法定或承诺办结时限。全角半角、空白和标点不算差异。每一要素报告一次，给出两处位置。",
                "Of two copies of one item's guide, an element says different things: the documents the legal basis or the fee basis cites, the conditions, place, handling body, fees, opening hours, phone, procedure, or the legal or promised time limit. Width, spacing and punctuation are not differences. One finding per element, with both locations."),
            new MessageTemplate(
                "default",
                "“{item}”：{difference}",
                "'{item}': {difference}"));

        /// <summary>GD-CMP-010: An element is given in one copy of a guide only (办事指南要素仅一份公开).</summary>
        public static readonly RuleDescriptor ComparisonGuideElementInOneCopy = Rule(
            "GD-CMP-010",
            FindingSeverity.Warning,
            FindingCategory.Completeness,
            DocumentKind.ServiceGuide,
            new BilingualText("办事指南要素仅一份公开", "An element is given in one copy of a guide only"),
            new BilingualText(
                "同一事项的两份办事指南，某一要素一份写明、另一份空缺。每一要素报告一次，给出两处位置。",
                "Of two copies of one item's guide, one gives an element that the other leaves blank. One finding per element, with both locations."),
            new MessageTemplate(
                "default",
                "“{item}”：{difference}",
                "'{item}': {difference}"));

        /// <summary>GD-PUB-001: A published table has a row the form does not have (已发布表格中有格式没有的行).</summary>
        public static readonly RuleDescriptor PublishedExtraRow = Rule(
            "GD-PUB-001",
            FindingSeverity.Warning,
            FindingCategory.Structure,
            DocumentKind.AnnualReport,
            new BilingualText("已发布表格中有格式没有的行", "A published table has a row the form does not have"),
            new BilingualText(
                "已发布年度报告的表格中有一行，其标签不是国办公开办函〔2019〕60号或〔2021〕30号格式的行（如 其他主动公开文件）。按标签读取单元格，这一行不计入任何格式中的行，不会使其他行错位；其数值列在提示中。表三中编号相同、文字只差个别字的行标签（印错，如淮安市洪泽区人民政府 2023、2024 年度报告的“2.其他法律行政止公开”，格式为“2.其他法律行政法规禁止公开”）按最接近的格式行读取并在提示中说明：同一编号下只有一行格式标签含有已发布标签除至多一字外的全部文字（依次）、且已发布标签至少有该格式标签四分之三的文字时才如此读取，否则按格式中没有的行处理（该格式行由 GD-PUB-002 报告缺少）。",
                "A table of the published annual report has a row whose label is none of the rows of the 国办公开办函〔2019〕60号 or 〔2021〕30号 form (e.g. 其他主动公开文件). Cells are read by their labels, so the row shifts no other value; its numbers are shown in the finding. A label of table III that has the number of a row of the form and differs from its words by a letter or a few (a misprint: 2.其他法律行政止公开 in the 2023 and 2024 reports of 淮安市洪泽区人民政府, where the form has 2.其他法律行政法规禁止公开) is read as that row and said so: only when exactly one row of the form under that number holds all but at most one of the published label's letters in order, and the published label has at least three quarters of the form's; otherwise it is a row the form does not have (and the form's row is reported missing by GD-PUB-002)."),
            new MessageTemplate(
                "default",
                "{table}的行“{row}”不是格式中的行，未计入任何行（{values}）。",
                "Row '{row}' of {table} is not a row of the form; it is counted in no row ({values})."),
            new MessageTemplate(
                "repeated",
                "{table}的行“{row}”与前面的行重复，未计入（{values}）。",
                "Row '{row}' of {table} repeats a row read before; it is not counted ({values})."),
            new MessageTemplate(
                "nearest",
                "{table}的行“{row}”不是格式中的行标签，按最接近的格式行“{expected}”读取（{values}）。",
                "Row '{row}' of {table} is not a label of the form; it is read as the nearest row of the form, '{expected}' ({values})."));

        /// <summary>GD-PUB-002: A row of the form is missing from the published table (已发布表格缺少格式中的行).</summary>
        public static readonly RuleDescriptor PublishedMissingRow = Rule(
            "GD-PUB-002",
            FindingSeverity.Error,
            FindingCategory.Completeness,
            DocumentKind.AnnualReport,
            new BilingualText("已发布表格缺少格式中的行", "A row of the form is missing from the published table"),
            new BilingualText(
                "已发布年度报告的表格缺少格式中的一行（按行标签查找，如 （四）无法提供 / 3.补正后申请内容仍不明确）；该行的数值无从读取，视为未填写。",
                "A table of the published annual report lacks a row of the form (looked for by its label, e.g. （四）无法提供 / 3.补正后申请内容仍不明确); its values cannot be read and are taken as not filled in."),
            new MessageTemplate(
                "default",
                "{table}没有“{row}”行，该行视为未填写。",
                "The published {table} has no row '{row}'; it is taken as not filled in."));

        /// <summary>GD-PUB-003: A cell of a published table is not a number (已发布表格的单元格不是数字).</summary>
        public static readonly RuleDescriptor PublishedUnreadableCell = Rule(
            "GD-PUB-003",
            FindingSeverity.Error,
            FindingCategory.ValueSet,
            DocumentKind.AnnualReport,
            new BilingualText("已发布表格的单元格不是数字", "A cell of a published table is not a number"),
            new BilingualText(
                "已发布年度报告表格中应填数字的单元格写的是无法读作数字的文字；该格视为未填写，原文列在提示中。“0”读作 0；空白、“—”“/”“无”读作未填写。",
                "A cell of a published annual report's table that should hold a number holds text that cannot be read as one; the cell is taken as not filled in and its text is shown. \"0\" reads as 0; a blank, \"—\", \"/\" or \"无\" reads as not filled in."),
            new MessageTemplate(
                "default",
                "{table}“{row}”行“{column}”列写的是“{value}”，不是数字，视为未填写。",
                "In {table}, row '{row}', column '{column}' holds '{value}', not a number; it is taken as not filled in."),
            new MessageTemplate(
                "noRow",
                "{table}“{column}”列写的是“{value}”，不是数字，视为未填写。",
                "In {table}, column '{column}' holds '{value}', not a number; it is taken as not filled in."));

        /// <summary>GD-PUB-004: A column of the form is missing from the published table (已发布表格缺少格式中的列).</summary>
        public static readonly RuleDescriptor PublishedMissingColumn = Rule(
            "GD-PUB-004",
            FindingSeverity.Error,
            FindingCategory.Completeness,
            DocumentKind.AnnualReport,
            new BilingualText("已发布表格缺少格式中的列", "A column of the form is missing from the published table"),
            new BilingualText(
                "已发布年度报告的表格缺少格式中的一列（按列标题查找，如 申请人情况 / 科研机构）；该列的数值无从读取，视为未填写。",
                "A table of the published annual report lacks a column of the form (looked for by its heading, e.g. 申请人情况 / 科研机构); its values cannot be read and are taken as not filled in."),
            new MessageTemplate(
                "default",
                "{table}没有“{column}”列，该列视为未填写。",
                "The published {table} has no column '{column}'; its cells are taken as not filled in."),
            new MessageTemplate(
                "inRow",
                "{table}“{row}”行没有“{column}”列，视为未填写。",
                "In {table}, row '{row}' has no column '{column}'; it is taken as not filled in."));

        /// <summary>GD-PUB-005: Section headings skip or repeat a numeral (章节编号跳号或重复).</summary>
        public static readonly RuleDescriptor PublishedSectionNumbering = Rule(
            "GD-PUB-005",
            FindingSeverity.Warning,
            FindingCategory.Structure,
            DocumentKind.AnnualReport,
            new BilingualText("章节编号跳号或重复", "Section headings skip or repeat a numeral"),
            new BilingualText(
                "已发布年度报告的章节标题编号应依次为一至六（条例第五十条所列内容，国办公开办函〔2019〕60号、〔2021〕30号格式）。某一标题的编号跳过了前一个编号（一、二、四），或重复、倒退（一、二、二）。章节按标题文字识别，编号错了内容照样读取；报告给出格式在此处的编号和页面上各标题编号的顺序。",
                "The section headings of a published annual report are numbered 一 to 六 in order (the contents Article 50 lists, in the 国办公开办函〔2019〕60号 and 〔2021〕30号 formats). A heading's numeral skips the one before it (一、二、四) or repeats or goes back (一、二、二). Sections are found by their headings' words, so a wrong numeral loses no text; the finding gives the numeral the form has there and the numerals in the page's order."),
            new MessageTemplate(
                "skipped",
                "标题“{heading}”的编号跳过了“{expected}”（页面上各章节编号依次为：{sequence}）。",
                "The heading '{heading}' skips the numeral {expected} (the page numbers its sections {sequence})."),
            new MessageTemplate(
                "repeated",
                "标题“{heading}”的编号重复或倒退，此处应为“{expected}”（页面上各章节编号依次为：{sequence}）。",
                "The heading '{heading}' repeats or goes back a numeral where {expected} belongs (the page numbers its sections {sequence})."));

        /// <summary>GD-PUB-006: A table was not read from the document (表格未能从文件中读取).</summary>
        public static readonly RuleDescriptor PublishedTableNotRead = Rule(
            "GD-PUB-006",
            FindingSeverity.Warning,
            FindingCategory.Completeness,
            DocumentKind.AnnualReport,
            new BilingualText("表格未能从文件中读取", "A table was not read from the document"),
            new BilingualText(
                "已发布年度报告（PDF）中的表格未能读取：表格按文字位置读取（行按数字所在的基线，列按表头单元格的宽度，行名按数字旁的文字），行或列无法区分时该表不读，数字一概不猜。该表的数值不作检查，也不报告为缺少（GD-AR-001、GD-AR-007 不就此表报告）；其余表格和各章节文字照常读取和检查。",
                "A table of the published annual report (a PDF) was not read: tables are read from the text positions (rows by the baseline of their numbers, columns by the widths of the header cells, each row's label from the text beside its numbers), and a table whose rows or columns cannot be told apart is left unread; no number is guessed. The table's values are not checked, nor reported missing (GD-AR-001 and GD-AR-007 say nothing of it); the other tables and the sections' text are read and checked as usual."),
            new MessageTemplate(
                "default",
                "未能从此 PDF 读取{table}，其数值未作检查。",
                "{table} could not be read from this PDF; its values are not checked."));

        /// <summary>Every built-in rule, in the order declared above (by family, then id).</summary>
        public static IReadOnlyList<RuleDescriptor> All { get; } = Declared.ToArray();

        /// <summary>The address of a rule's documentation, its anchor in the rules README, as text (a descriptor parses it when its <see cref="RuleDescriptor.HelpUri"/> is asked for).</summary>
        /// <param name="ruleId">A rule id such as <c>GD-SG-003</c>.</param>
        private static string HelpAddressOf(string ruleId) => Documentation + "#" + ruleId.ToLowerInvariant();

        private static RuleDescriptor Rule(string id, FindingSeverity severity, FindingCategory category, DocumentKind? documentKind, BilingualText title, BilingualText description, params MessageTemplate[] messages)
        {
            var descriptor = new RuleDescriptor(id, severity, category, documentKind, title, description) { Help = new HelpAddress(HelpAddressOf(id)), Messages = messages };
            Declared.Add(descriptor);
            return descriptor;
        }

        /// <summary>A row of table 三 by its number and the word it is read by, as a sum quotes it: 一、本年新收.</summary>
        private static string ShortLabel(FieldShape row) => row.Number!.Chinese + row.Form!.Words[0];

        private static IReadOnlyList<FieldShape> Fields<T>() => DocumentShapes.Of(typeof(T))!.Fields;
    }
}
