using System.Collections.Generic;

namespace GovDisclosure.Standard.Review
{
    /// <summary>Collects the changes a comparison finds, in order.</summary>
    internal sealed class ChangeCollector
    {
        private readonly List<ReviewChange> changes = new List<ReviewChange>();

        public IReadOnlyList<ReviewChange> Changes => changes;

        public void Add(ChangeKind kind, string path, string? oldValue, string? newValue, string chinese, string english) =>
            changes.Add(new ReviewChange(kind, path, oldValue, newValue, new BilingualText(chinese, english)));
    }
}
