using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue;

namespace GovDisclosure.Standard.Generators.TimeLimits
{
    /// <summary>
    /// Decides whether the core library can read a time limit (公开时限), with the library's own
    /// lexer (<c>TimeLimitLexer</c>, whose source files this project compiles too): every clause needs
    /// a trigger (an event, 实时, 即时 or 及时) and an event needs a period; a bare period with no event
    /// (20个工作日) is read too, its trigger unknown.
    /// </summary>
    internal static class TimeLimitRecogniser
    {
        /// <summary>
        /// <c>null</c> when the wording can be read; otherwise the clauses that cannot, for the
        /// diagnostic message.
        /// </summary>
        public static string? Problem(string text)
        {
            TimeLimitLexedWording wording = TimeLimitLexer.Read(text);
            if (wording.Clauses.Count == 0 && wording.Notice is null)
            {
                return "it has no clause with a trigger and a period";
            }

            List<string> unread = wording.Clauses.Where(c => !c.IsUnderstood && !c.IsBarePeriod).Select(c => "'" + c.Text + "'").ToList();
            return unread.Count == 0 ? null : "no trigger and period recognised in " + string.Join(", ", unread);
        }
    }
}
