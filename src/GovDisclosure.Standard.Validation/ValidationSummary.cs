using System;
using System.Collections.Generic;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// A running account of a validation run that accounts for every record: read = valid + with
    /// findings + unreadable. It holds counts only, so memory does not grow with the input.
    /// </summary>
    public sealed class ValidationSummary
    {
        private readonly Dictionary<string, long> byRule = new Dictionary<string, long>(StringComparer.Ordinal);

        /// <summary>Records read.</summary>
        public long Read { get; private set; }

        /// <summary>Records with no finding at warning or above.</summary>
        public long Valid { get; private set; }

        /// <summary>Records with at least one warning or error.</summary>
        public long WithFindings { get; private set; }

        /// <summary>Records that could not be read or bound.</summary>
        public long Unreadable { get; private set; }

        /// <summary>Findings of severity error.</summary>
        public long Errors { get; private set; }

        /// <summary>Findings of severity warning.</summary>
        public long Warnings { get; private set; }

        /// <summary>Findings of severity information.</summary>
        public long Information { get; private set; }

        /// <summary>Findings per rule id.</summary>
        public IReadOnlyDictionary<string, long> FindingsByRule => byRule;

        /// <summary>The most serious severity seen, or <c>null</c> when there were no findings.</summary>
        public FindingSeverity? HighestSeverity =>
            Errors > 0 ? FindingSeverity.Error : Warnings > 0 ? FindingSeverity.Warning : Information > 0 ? FindingSeverity.Information : (FindingSeverity?)null;

        /// <summary>Counts one record's result.</summary>
        /// <param name="result">The result.</param>
        public void Add(RecordValidation result)
        {
            if (result is null)
            {
                throw new ArgumentNullException(nameof(result));
            }

            Read++;
            switch (result.Status)
            {
                case RecordStatus.Valid:
                    Valid++;
                    break;
                case RecordStatus.WithFindings:
                    WithFindings++;
                    break;
                default:
                    Unreadable++;
                    break;
            }

            // By index: a foreach over the interface would box the list's enumerator for every record.
            IReadOnlyList<Finding> findings = result.Findings;
            for (int i = 0; i < findings.Count; i++)
            {
                Add(findings[i]);
            }
        }

        /// <summary>Counts a finding that belongs to no single record (e.g. a cross-record check).</summary>
        /// <param name="finding">The finding.</param>
        public void Add(Finding finding)
        {
            if (finding is null)
            {
                throw new ArgumentNullException(nameof(finding));
            }

            switch (finding.Severity)
            {
                case FindingSeverity.Error:
                    Errors++;
                    break;
                case FindingSeverity.Warning:
                    Warnings++;
                    break;
                default:
                    Information++;
                    break;
            }

            byRule.TryGetValue(finding.RuleId, out long count);
            byRule[finding.RuleId] = count + 1;
        }
    }
}
