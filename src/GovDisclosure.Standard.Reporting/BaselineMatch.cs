using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>One run's use of a <see cref="FindingBaseline"/>: each accepted finding is used up once, in input order.</summary>
    internal sealed class BaselineMatch
    {
        private readonly Dictionary<BaselineKey, int> left;

        public BaselineMatch(FindingBaseline baseline)
        {
            left = new Dictionary<BaselineKey, int>(baseline.Counts.Count);
            foreach (KeyValuePair<BaselineKey, int> pair in baseline.Counts)
            {
                left.Add(pair.Key, pair.Value);
            }
        }

        /// <summary>How many findings the baseline accepted so far.</summary>
        public long Accepted { get; private set; }

        /// <summary>How many accepted findings of the baseline have not been met (fixed, or changed).</summary>
        public long Unmatched => left.Values.Sum(c => (long)c);

        /// <summary>The record's result without the findings the baseline accepts (moved to <see cref="RecordValidation.Accepted"/>), its status recomputed from those left.</summary>
        public RecordValidation Filter(string file, RecordValidation result)
        {
            IReadOnlyList<Finding> kept = Filter(file, result.Findings, out IReadOnlyList<Finding> accepted);
            if (kept.Count == result.Findings.Count)
            {
                return result;
            }

            RecordStatus status = result.Status == RecordStatus.Unreadable ? RecordStatus.Unreadable
                : kept.Any(f => f.Severity >= FindingSeverity.Warning) ? RecordStatus.WithFindings
                : RecordStatus.Valid;
            return new RecordValidation(result.Record, result.Document, status, kept) { Accepted = accepted };
        }

        /// <summary>The findings the baseline does not accept.</summary>
        public IReadOnlyList<Finding> Filter(string? file, IReadOnlyList<Finding> findings) => Filter(file, findings, out _);

        /// <summary>The findings the baseline does not accept; <paramref name="accepted"/> receives those it does.</summary>
        public IReadOnlyList<Finding> Filter(string? file, IReadOnlyList<Finding> findings, out IReadOnlyList<Finding> accepted)
        {
            List<Finding>? kept = null;
            var taken = new List<Finding>();
            for (int i = 0; i < findings.Count; i++)
            {
                Finding finding = findings[i];
                BaselineKey key = BaselineKey.Of(file, finding);
                if (FindingBaseline.Accepts(finding.RuleId) && left.TryGetValue(key, out int count) && count > 0)
                {
                    left[key] = count - 1;
                    Accepted++;
                    kept ??= findings.Take(i).ToList();
                    taken.Add(finding);
                    continue;
                }

                kept?.Add(finding);
            }

            accepted = taken;
            return kept ?? findings;
        }
    }
}
