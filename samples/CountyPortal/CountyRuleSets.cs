using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;

namespace Bailuwan.CountyPortal
{
    /// <summary>
    /// The county's own rule sets, configured without code: every <c>rules/*.rules.json</c> beside the program is a
    /// rules file (<see cref="RuleSetFile"/>: <c>extends</c>, <c>name</c>, per-rule <c>off</c>/<c>on</c>/severity), read once
    /// at start, and chosen by its name with <c>?rules=</c> like the built-in sets. A file with a mistake stops the start
    /// with its line and column. The report's due date is no part of a rules file (its only members are extends, name and
    /// rules); it is a setting of the run.
    /// </summary>
    internal sealed class CountyRuleSets
    {
        private readonly IReadOnlyList<RuleSet> sets;

        private CountyRuleSets(IReadOnlyList<RuleSet> sets)
        {
            this.sets = sets;
        }

        /// <summary>The names a request may give: the built-in sets, then the county's.</summary>
        public IEnumerable<string> Names => RuleSet.BuiltIn.Select(s => s.Name).Concat(sets.Select(s => s.Name));

        /// <summary>Reads every <c>*.rules.json</c> of <paramref name="folder"/> (none when it does not exist), in name order.</summary>
        /// <exception cref="GovDisclosure.Standard.Input.InputException">A file cannot be read or holds a mistake (located).</exception>
        public static CountyRuleSets Load(string folder) =>
            new CountyRuleSets(Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*.rules.json").OrderBy(f => f, StringComparer.Ordinal).Select(f => RuleSetFile.Load(f)).ToArray()
                : Array.Empty<RuleSet>());

        /// <summary>The set named <paramref name="name"/>: the county's first, then the built-in ones; <c>null</c> when none is.</summary>
        public RuleSet? Find(string name) =>
            sets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)) ?? RuleSet.FindBuiltIn(name);
    }
}
