using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Review
{
    /// <summary>Every change between two versions of one reviewed file, in the order found.</summary>
    public sealed class DiffResult
    {
        /// <summary>Creates a diff result.</summary>
        /// <param name="fileKind">What kind of file was compared.</param>
        /// <param name="changes">The changes.</param>
        public DiffResult(ReviewedFileKind fileKind, IReadOnlyList<ReviewChange> changes)
        {
            FileKind = fileKind;
            Changes = changes ?? throw new ArgumentNullException(nameof(changes));
        }

        /// <summary>What kind of file was compared.</summary>
        public ReviewedFileKind FileKind { get; }

        /// <summary>The changes; empty when the two versions are the same.</summary>
        public IReadOnlyList<ReviewChange> Changes { get; }

        /// <summary><c>true</c> when any change is breaking (a major version; <c>govdisclosure diff</c> exits 1).</summary>
        public bool HasBreakingChanges => Changes.Any(c => c.Kind == ChangeKind.Breaking);

        /// <summary>How many changes are of a kind.</summary>
        /// <param name="kind">The kind.</param>
        public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);
    }
}
