using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>The last document seen per pair rule and key, during one streaming validation.</summary>
    internal sealed class PairMemory
    {
        /// <summary>
        /// The documents by rule id and key, both compared ordinally (a pair of strings, not one text joining them: a pair rule
        /// asks for every record, and the joined text would be a new string each time).
        /// </summary>
        private readonly Dictionary<(string RuleId, string Key), object> last = new Dictionary<(string RuleId, string Key), object>();

        /// <summary>How many documents are remembered (one per rule and key).</summary>
        public int Count => last.Count;

        public object? Recall(string ruleId, string key) =>
            last.TryGetValue((ruleId, key), out object? document) ? document : null;

        public void Remember(string ruleId, string key, object document) => last[(ruleId, key)] = document;
    }
}
