using System;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Why a reader stopped before the end of its input (读取中断), e.g. a syntax error inside a JSON
    /// array: the records before it were yielded, the error itself was yielded as an unreadable
    /// record, and nothing after it could be read. Callers treat it as "input unreadable".
    /// </summary>
    public sealed record InputStop
    {
        /// <summary>Creates the stop.</summary>
        /// <param name="location">Where reading stopped.</param>
        /// <param name="reason">Why, in Chinese and English.</param>
        public InputStop(SourceLocation location, BilingualText reason)
        {
            Location = location ?? throw new ArgumentNullException(nameof(location));
            Reason = reason ?? throw new ArgumentNullException(nameof(reason));
        }

        /// <summary>Where reading stopped.</summary>
        public SourceLocation Location { get; }

        /// <summary>Why reading stopped.</summary>
        public BilingualText Reason { get; }
    }
}
