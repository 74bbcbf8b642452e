using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// A named, immutable set of rules (规则集). Start from <see cref="Standard"/> and derive your own
    /// without forking: add rules (<see cref="With(ValidationRule)"/>), leave rules out
    /// (<see cref="Without"/>), raise or lower a rule's severity (<see cref="WithSeverity"/>), and name
    /// the result (<see cref="Named"/>), e.g. a province's stricter set.
    /// </summary>
    public sealed class RuleSet
    {
        private static readonly Lazy<RuleSet> StandardSet = new Lazy<RuleSet>(() => new RuleSet("standard", StandardRules.Create(), new Dictionary<string, FindingSeverity>(StringComparer.Ordinal)));
        private static readonly Lazy<RuleSet> StrictSet = new Lazy<RuleSet>(CreateStrict);
        private readonly IReadOnlyDictionary<string, FindingSeverity> severities;
        private readonly Dictionary<string, ValidationRule> byId;

        private RuleSet(string name, IReadOnlyList<ValidationRule> rules, IReadOnlyDictionary<string, FindingSeverity> severities)
        {
            Name = name;
            Rules = rules;
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

        /// <summary>The standard rule set (标准规则集, name <c>standard</c>): every built-in rule at its own severity.</summary>
        public static RuleSet Standard => StandardSet.Value;

        /// <summary>The strict set (name <c>strict</c>): the standard rules with every warning raised to an error, for acceptance checks.</summary>
        public static RuleSet Strict => StrictSet.Value;

        /// <summary>The built-in named sets: <see cref="Standard"/> and <see cref="Strict"/>.</summary>
        public static IReadOnlyList<RuleSet> BuiltIn => new[] { Standard, Strict };

        /// <summary>The set's name, recorded in <see cref="ValidationRunInfo.RuleSetName"/>.</summary>
        public string Name { get; }

        /// <summary>The rules, in the order they run.</summary>
        public IReadOnlyList<ValidationRule> Rules { get; }

        /// <summary>The built-in set named <paramref name="name"/> (case-insensitive), or <c>null</c>.</summary>
        /// <param name="name">A set name such as <c>standard</c> or <c>strict</c>.</param>
        public static RuleSet? FindBuiltIn(string? name) =>
            BuiltIn.FirstOrDefault(s => string.Equals(s.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

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

            return new RuleSet(Name, rules, severities);
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

            if (ruleId == Structure.UnreadableRecordRule.Rule.Id)
            {
                throw new InvalidOperationException($"{ruleId} cannot be left out: an unreadable record must always say why.");
            }

            var remaining = severities.Where(p => p.Key != ruleId).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            return new RuleSet(Name, Rules.Where(r => r.Id != ruleId).ToArray(), remaining);
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
            return new RuleSet(Name, Rules, changed);
        }

        /// <summary>A copy with another name, e.g. <c>chongqing-2024</c>.</summary>
        /// <param name="name">The new name.</param>
        public RuleSet Named(string name)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("A rule set needs a name.", nameof(name));
            }

            return new RuleSet(name.Trim(), Rules, severities);
        }

        /// <summary>What every rule of the set is, in run order, with the severity it has in this set.</summary>
        public IReadOnlyList<RuleDescriptor> Describe() =>
            Rules.Select(r => severities.TryGetValue(r.Id, out FindingSeverity s) && s != r.Descriptor.Severity
                ? new RuleDescriptor(r.Id, s, r.Descriptor.Category, r.Descriptor.DocumentKind, r.Descriptor.Title, r.Descriptor.Description)
                : r.Descriptor).ToArray();

        /// <inheritdoc />
        public override string ToString() => Name;

        private static RuleSet CreateStrict()
        {
            RuleSet set = Standard.Named("strict");
            foreach (ValidationRule rule in Standard.Rules.Where(r => r.Descriptor.Severity == FindingSeverity.Warning))
            {
                set = set.WithSeverity(rule.Id, FindingSeverity.Error);
            }

            return set;
        }
    }
}
