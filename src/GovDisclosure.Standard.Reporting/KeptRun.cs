using System;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// A run of a finding's members whose bytes depend only on one text, by identity (a file's path), or on none, and on the
    /// <see cref="RawMembers.Place"/> they start at: the containers and names around a SARIF location's values, the same for
    /// every finding of a file. The run is put together member by member once and kept with the state it leaves (depth,
    /// whether its container has a member); the next run with the same text at the same place gets those bytes copied. A
    /// run that opens or closes containers is repeated only where it started before, so it leaves the same state. One per
    /// run of members of one writer, beside its <see cref="RawMembers"/>; not for sharing between threads.
    /// </summary>
    internal sealed class KeptRun
    {
        private byte[] bytes = new byte[256];
        private int length;
        private object? key;
        private long place;
        private int depthAfter;
        private bool firstAfter;

        /// <summary>Whether <see cref="TryRepeat"/> could not give the run, and <see cref="Keep"/> is to keep it.</summary>
        private bool pending;
        private object? pendingKey;
        private long pendingPlace;
        private int from;

        /// <summary>
        /// Appends to <paramref name="raw"/> the run kept for <paramref name="text"/> (by identity; <c>null</c> for a run that
        /// depends on no text) at <paramref name="raw"/>'s place; otherwise <c>false</c>, and the caller puts the run together
        /// and then calls <see cref="Keep"/>.
        /// </summary>
        /// <param name="raw">Where the finding is put together.</param>
        /// <param name="text">What the run's bytes are made of besides the place, compared by identity.</param>
        public bool TryRepeat(RawMembers raw, object? text)
        {
            long at = raw.Place;
            if (length > 0 && ReferenceEquals(key, text) && place == at)
            {
                raw.Repeat(bytes.AsSpan(0, length), depthAfter, firstAfter);
                return true;
            }

            pending = true;
            pendingKey = text;
            pendingPlace = at;
            from = raw.Length;
            return false;
        }

        /// <summary>Keeps what <paramref name="raw"/> put together since the <see cref="TryRepeat"/> that could not give the run (nothing when it <see cref="RawMembers.Failed"/>).</summary>
        /// <param name="raw">Where the finding is put together.</param>
        public void Keep(RawMembers raw)
        {
            if (!pending)
            {
                return;
            }

            pending = false;
            if (raw.Failed)
            {
                length = 0;
                return;
            }

            ReadOnlySpan<byte> run = raw.Since(from);
            if (run.Length == 0)
            {
                length = 0;
                return;
            }

            if (bytes.Length < run.Length)
            {
                bytes = new byte[Math.Max(run.Length, 2 * bytes.Length)];
            }

            run.CopyTo(bytes);
            length = run.Length;
            key = pendingKey;
            place = pendingPlace;
            depthAfter = raw.Depth;
            firstAfter = raw.First;
        }
    }
}
