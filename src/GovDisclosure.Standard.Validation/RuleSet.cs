using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// A named, immutable set of rules (规则集). Start from <see cref="Standard"/> and derive your own
    /// without forking: add rules (<see cref="With(ValidationRule)"/>), leave rules out
    /// (<see cref="Without"/>), raise or lower a rule's severity (<see cref="WithSeverity"/>), set a
    /// due date the Regulations leave open (<see cref="WithAnnualReportDue"/>), and name the result
    /// (<see cref="Named"/>), e.g. a province's stricter set. Besides the national <see cref="Standard"/>
    /// set, <see cref="BuiltIn"/> holds opt-in sets for local conventions, each saying whose they are.
    /// </summary>
    public sealed class RuleSet
    {
        private static readonly Lazy<RuleSet> StandardSet = new Lazy<RuleSet>(() => new RuleSet(
            "standard",
            StandardRules.Create(),
            new Dictionary<string, FindingSeverity>(StringComparer.Ordinal),
            new BilingualText("标准规则集：《中华人民共和国政府信息公开条例》和国家文件规定的检查。", "The standard set: the checks of the Regulations and the national documents.")));

        private static readonly Lazy<RuleSet> StrictSet = new Lazy<RuleSet>(CreateStrict);

        private static readonly Lazy<RuleSet> PlatformColumnSet = new Lazy<RuleSet>(() => Standard.With(StandardRules.PlatformColumn()).Named(
            "platform-column",
            new BilingualText(
                "标准规则集，加上某区 2020 年政务公开任务对政府信息公开平台“法定主动公开内容”栏目的做法（GD-CAT-011：市、县级人民政府栏目至少含第二十条全部 15 项，其他机关至少含第 1、2、5 至 10、14、15 项）。地方做法，出处未经核实；不限定机关应公开的范围。",
                "The standard set plus a district's 2020 convention for the platform column 法定主动公开内容 (GD-CAT-011: city and county governments' columns show at least all 15 items of Article 20, other agencies' at least items 1, 2, 5 to 10, 14 and 15). A local convention whose source is unconfirmed; never a limit on what an agency owes.")));

        private static readonly Lazy<RuleSet> FivePartGuideSet = new Lazy<RuleSet>(() => Standard.With(StandardRules.FivePartGuide()).Named(
            "five-part-guide",
            new BilingualText(
                "标准规则集，加上某区 2020 年对政府信息公开指南的做法：指南分五部分（GD-DG-001）。全国性的要求是条例第十二条（GD-DG-002，已在标准规则集中）。",
                "The standard set plus a district's 2020 convention for disclosure guides: a guide in five parts (GD-DG-001). The national requirement is Article 12 of the Regulations (GD-DG-002, in the standard set).")));

        /// <summary>The built-in sets by name, each made when first asked for: a run that names one set never builds the others.</summary>
        private static readonly (string Name, Func<RuleSet> Set)[] ByName =
        {
            ("standard", () => Standard),
            ("strict", () => Strict),
            ("platform-column", () => PlatformColumn),
            ("five-part-guide", () => FivePartGuide),
        };

        private readonly IReadOnlyDictionary<string, FindingSeverity> severities;
        private readonly Dictionary<string, ValidationRule> byId;

        private RuleSet(string name, IReadOnlyList<ValidationRule> rules, IReadOnlyDictionary<string, FindingSeverity> severities, BilingualText? description)
        {
            Name = name;
            Rules = rules;
            Description = description;
            this.severities = severities;
            byId = new Dictionary<string, ValidationRule>(StringComparer.Ordinal);
            foreach (ValidationRule rule in rules)
            {
                if (byId.ContainsKey(rule.Id))
                {
                    throw new ArgumentException($"Rule id '{rule.Id}' appears twice in rule set '{name}'.", nameof(rules));
                }

                byId.Add(rule.Id, rule);
            }
        }

        /// <summary>The standard rule set (标准规则集, name <c>standard</c>): every national rule at its own severity.</summary>
        public static RuleSet Standard => StandardSet.Value;

        /// <summary>The strict set (name <c>strict</c>): the standard rules with every warning raised to an error, for acceptance checks.</summary>
        public static RuleSet Strict => StrictSet.Value;

        /// <summary>
        /// The opt-in platform-column set (name <c>platform-column</c>): the standard rules plus GD-CAT-011,
        /// a district's 2020 convention for what the platform column 法定主动公开内容 of each kind of agency
        /// shows at least. Its source (国办公开办函〔2019〕61号, or the 2020 work points) is unconfirmed.
        /// </summary>
        public static RuleSet PlatformColumn => PlatformColumnSet.Value;

        /// <summary>
        /// The opt-in five-part-guide set (name <c>five-part-guide</c>): the standard rules plus GD-DG-001, a
        /// district's 2020 convention that a disclosure guide has five parts. The national rule is Art. 12 (GD-DG-002).
        /// </summary>
        public static RuleSet FivePartGuide => FivePartGuideSet.Value;

        /// <summary>The built-in named sets: <see cref="Standard"/>, <see cref="Strict"/>, and the opt-in <see cref="PlatformColumn"/> and <see cref="FivePartGuide"/>.</summary>
        public static IReadOnlyList<RuleSet> BuiltIn => ByName.Select(s => s.Set()).ToArray();

        /// <summary>The names of <see cref="BuiltIn"/>, in its order, known without making the sets (a command line lists them at every start).</summary>
        internal static IReadOnlyList<string> BuiltInNames { get; } = ByName.Select(s => s.Name).ToArray();

        /// <summary>The set's name, recorded in <see cref="ValidationRunInfo.RuleSetName"/>.</summary>
        public string Name { get; }

        /// <summary>What the set is for and, for a local convention, whose it is; <c>null</c> for a set made with <see cref="Named"/> without one.</summary>
        public BilingualText? Description { get; }

        /// <summary>The rules, in the order they run.</summary>
        public IReadOnlyList<ValidationRule> Rules { get; }

        /// <summary>The built-in set named <paramref name="name"/> (case-insensitive), or <c>null</c>.</summary>
        /// <param name="name">A set name such as <c>standard</c> or <c>strict</c>.</param>
        public static RuleSet? FindBuiltIn(string? name) =>
            ByName.FirstOrDefault(s => string.Equals(s.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase)).Set?.Invoke();

        /// <summary>Whether the set has a rule with this id.</summary>
        /// <param name="ruleId">A rule id.</param>
        public bool Contains(string ruleId) => ruleId != null && byId.ContainsKey(ruleId);

        /// <summary>The rule with this id, or <c>null</c>.</summary>
        /// <param name="ruleId">A rule id.</param>
        public ValidationRule? Find(string ruleId) => ruleId != null && byId.TryGetValue(ruleId, out ValidationRule? rule) ? rule : null;

        /// <summary>The severity findings of a rule get in this set (its own, or the one set by <see cref="WithSeverity"/>).</summary>
        /// <param name="ruleId">A rule id of this set.</param>
        /// <exception cref="ArgumentException">The set has no such rule.</exception>
        public FindingSeverity SeverityOf(string ruleId)
        {
            ValidationRule rule = Find(ruleId) ?? throw new ArgumentException($"Rule set '{Name}' has no rule '{ruleId}'.", nameof(ruleId));
            return severities.TryGetValue(ruleId, out FindingSeverity severity) ? severity : rule.Descriptor.Severity;
        }

        /// <summary>A copy with <paramref name="rule"/> added, or replacing the rule with the same id.</summary>
        /// <param name="rule">The rule, e.g. your own <see cref="DocumentRule{TDocument}"/>.</param>
        public RuleSet With(ValidationRule rule)
        {
            if (rule is null)
            {
                throw new ArgumentNullException(nameof(rule));
            }

            var rules = Rules.ToList();
            int existing = rules.FindIndex(r => r.Id == rule.Id);
            if (existing >= 0)
            {
                rules[existing] = rule;
            }
            else
            {
                rules.Add(rule);
            }

            return new RuleSet(Name, rules, severities, Description);
        }

        /// <summary>A copy with every rule of <paramref name="rules"/> added (see <see cref="With(ValidationRule)"/>).</summary>
        /// <param name="rules">The rules.</param>
        public RuleSet With(IEnumerable<ValidationRule> rules)
        {
            RuleSet set = this;
            foreach (ValidationRule rule in rules ?? throw new ArgumentNullException(nameof(rules)))
            {
                set = set.With(rule);
            }

            return set;
        }

        /// <summary>A copy without the rule <paramref name="ruleId"/>.</summary>
        /// <param name="ruleId">The id of a rule of this set.</param>
        /// <exception cref="ArgumentException">The set has no such rule (a misspelt id is an error, not a no-op).</exception>
        /// <exception cref="InvalidOperationException">The rule is GD-STR-001, which says why a record is unreadable and cannot be left out.</exception>
        public RuleSet Without(string ruleId)
        {
            if (!Contains(ruleId))
            {
                throw new ArgumentException($"Rule set '{Name}' has no rule '{ruleId}'.", nameof(ruleId));
            }

            if (ruleId == RuleDescriptors.UnreadableRecord.Id)
            {
                throw new InvalidOperationException($"{ruleId} cannot be left out: an unreadable record must always say why.");
            }

            var remaining = severities.Where(p => p.Key != ruleId).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            return new RuleSet(Name, Rules.Where(r => r.Id != ruleId).ToArray(), remaining, Description);
        }

        /// <summary>A copy in which findings of <paramref name="ruleId"/> get <paramref name="severity"/>, e.g. a warning made an error.</summary>
        /// <param name="ruleId">The id of a rule of this set.</param>
        /// <param name="severity">The new severity.</param>
        /// <exception cref="ArgumentException">The set has no such rule.</exception>
        public RuleSet WithSeverity(string ruleId, FindingSeverity severity)
        {
            if (!Contains(ruleId))
            {
                throw new ArgumentException($"Rule set '{Name}' has no rule '{ruleId}'.", nameof(ruleId));
            }

            var changed = severities.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            changed[ruleId] = severity;
            return new RuleSet(Name, Rules, changed, Description);
        }

        /// <summary>A copy with another name, e.g. <c>chongqing-2024</c>, and the description given (none when left out).</summary>
        /// <param name="name">The new name.</param>
        /// <param name="description">What the set is for and whose convention it follows.</param>
        public RuleSet Named(string name, BilingualText? description = null)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("A rule set needs a name.", nameof(name));
            }

            return new RuleSet(name.Trim(), Rules, severities, description);
        }

        /// <summary>
        /// A copy in which GD-TIME-003 holds the annual reports of agencies of kind <paramref name="agencyKind"/>
        /// to a due date of the following year that the Regulations do not set, e.g. a province's date for
        /// townships and 街道办事处 (Art. 49 sets 31 January for 县级以上人民政府部门 and 31 March for 县级以上地方人民政府
        /// only). A date set for a kind that Art. 49 covers replaces the statutory one.
        /// </summary>
        /// <param name="agencyKind">The kind of agency.</param>
        /// <param name="month">The month of the due date, 1 to 12.</param>
        /// <param name="day">The day of the due date in that month (29 February is not accepted).</param>
        /// <exception cref="ArgumentException">The set has no GD-TIME-003, or the date is not a day of every year.</exception>
        public RuleSet WithAnnualReportDue(AgencyKind agencyKind, int month, int day)
        {
            if (!(Find(Timeliness.AnnualReportPublishedInTimeRule.RuleId) is Timeliness.AnnualReportPublishedInTimeRule rule))
            {
                throw new ArgumentException($"Rule set '{Name}' has no rule '{Timeliness.AnnualReportPublishedInTimeRule.RuleId}'.", nameof(agencyKind));
            }

            return With(rule.WithDue(agencyKind, month, day));
        }

        /// <summary>What every rule of the set is, in run order, with the severity it has in this set.</summary>
        public IReadOnlyList<RuleDescriptor> Describe() =>
            Rules.Select(r => severities.TryGetValue(r.Id, out FindingSeverity s) ? r.Descriptor.WithSeverity(s) : r.Descriptor).ToArray();

        /// <inheritdoc />
        public override string ToString() => Name;

        private static RuleSet CreateStrict()
        {
            RuleSet set = Standard.Named("strict", new BilingualText("严格规则集：标准规则集的全部警告都作为错误，用于验收。", "The strict set: the standard rules with every warning raised to an error, for acceptance checks."));
            foreach (ValidationRule rule in Standard.Rules.Where(r => r.Descriptor.Severity == FindingSeverity.Warning))
            {
                set = set.WithSeverity(rule.Id, FindingSeverity.Error);
            }

            return set;
        }
    }
}
