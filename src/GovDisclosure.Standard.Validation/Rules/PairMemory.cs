using System;
using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>The last document seen per pair rule and key, during one streaming validation.</summary>
    internal sealed class PairMemory
    {
        private readonly Dictionary<string, object> last = new Dictionary<string, object>(StringComparer.Ordinal);

        /// <summary>How many documents are remembered (one per rule and key).</summary>
        public int Count => last.Count;

        public object? Recall(string ruleId, string key) =>
            last.TryGetValue(ruleId + "\u0001" + key, out object? document) ? document : null;

        public void Remember(string ruleId, string key, object document) => last[ruleId + "\u0001" + key] = document;
    }
}
