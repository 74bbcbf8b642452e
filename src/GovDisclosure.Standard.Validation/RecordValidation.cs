using System.Collections.Generic;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>The result of checking one record: the record, the document bound from it (if any), and the findings.</summary>
    public sealed record RecordValidation
    {
        /// <summary>Creates a record result.</summary>
        /// <param name="record">The raw record.</param>
        /// <param name="document">The typed document bound from it; <c>null</c> when it could not be bound.</param>
        /// <param name="status">What became of the record.</param>
        /// <param name="findings">Every finding, in rule order.</param>
        public RecordValidation(SourceRecord record, object? document, RecordStatus status, IReadOnlyList<Finding> findings)
        {
            Record = record;
            Document = document;
            Status = status;
            Findings = findings;
        }

        /// <summary>The raw record.</summary>
        public SourceRecord Record { get; }

        /// <summary>The typed document (e.g. a <see cref="Catalogue.CatalogueEntry"/>); <c>null</c> when unreadable.</summary>
        public object? Document { get; }

        /// <summary>What became of the record.</summary>
        public RecordStatus Status { get; }

        /// <summary>Every finding, in rule order.</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>
        /// Findings a baseline of accepted findings (基线) took out of <see cref="Findings"/>: not counted and no part of the
        /// status or the exit code, but reports show them marked as accepted (SARIF <c>suppressions</c>). Empty unless a
        /// baseline was applied.
        /// </summary>
        public IReadOnlyList<Finding> Accepted { get; init; } = System.Array.Empty<Finding>();
    }
}
