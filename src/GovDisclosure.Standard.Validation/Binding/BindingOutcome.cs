using System.Collections.Generic;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>What binding made of one record: the document (or none), its findings, and the pointers it reported.</summary>
    internal readonly struct BindingOutcome
    {
        public BindingOutcome(object? document, IReadOnlyList<Finding> findings, IReadOnlyCollection<string> reportedPointers)
        {
            Document = document;
            Findings = findings;
            ReportedPointers = reportedPointers;
        }

        public object? Document { get; }

        public IReadOnlyList<Finding> Findings { get; }

        public IReadOnlyCollection<string> ReportedPointers { get; }
    }
}
