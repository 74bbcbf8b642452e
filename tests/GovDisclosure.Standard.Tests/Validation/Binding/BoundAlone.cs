using System.Collections.Generic;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// The law of what the binder keeps from record to record (the texts, lists, codes and the reports of a text that did
    /// not fit, <c>RecentTexts</c>, <c>RecentLists</c>, <c>WrittenLists</c>, <c>ReadValues</c>): a record bound after
    /// others binds as it binds alone, on a thread that has bound nothing (<see cref="OnAFreshThread"/>) — the same
    /// findings with every part of their locations, messages and values, in order, the same pointers reported and a
    /// document with the same canonical JSON.
    /// </summary>
    internal static class BoundAlone
    {
        /// <summary>
        /// How <paramref name="record"/> binds on this thread, after what was bound here before, set beside how it binds
        /// alone (<see cref="BindingDescription.Of"/> both); <c>null</c> when the two are the same.
        /// </summary>
        public static string? Difference(DocumentKind kind, SourceRecord record, ISet<string>? enabled = null)
        {
            enabled ??= BindingDescription.AllRules;
            string here = BindingDescription.Of(kind, record, enabled);
            string alone = OnAFreshThread.Run(() => BindingDescription.Of(kind, record, enabled));
            return here == alone ? null : $"bound after others:\n{here}bound alone:\n{alone}";
        }
    }
}
