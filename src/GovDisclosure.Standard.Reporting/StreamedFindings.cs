using System;
using System.IO;
using System.Text.Json;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// The findings of a JSON report (the results of a SARIF report) after the first, put together by <see cref="RawMembers"/>
    /// with the comma before each and written to the report's stream in runs of ~64 KB, past its <see cref="Utf8JsonWriter"/>:
    /// a finding's bytes are copied once (into <see cref="RawMembers"/>' buffer) instead of twice (then into the writer's).
    /// The first finding is the writer's (<see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>, or member by
    /// member), so the writer knows its array has an item: the findings written past it leave its state (depth, a comma before
    /// the next token) as they found it, and it writes the rest of the report as it would have. Whenever the writer writes,
    /// the findings kept are written first (<see cref="BeforeWriter"/>); whenever findings are kept, the writer has written
    /// everything it holds. One per report writer; not for sharing between threads.
    /// </summary>
    internal sealed class StreamedFindings
    {
        /// <summary>How many bytes of findings are kept before they are written, as the writers flush theirs.</summary>
        public const int DefaultRun = 64 * 1024;

        private readonly Utf8JsonWriter writer;
        private readonly Stream output;
        private readonly RawMembers raw;
        private readonly int run;

        /// <summary>Whether the writer's array has an item, so that the findings after it follow it with a comma.</summary>
        private bool following;

        /// <summary>Findings of <paramref name="writer"/>'s array put together by <paramref name="raw"/> and written to <paramref name="output"/> (the writer's stream) when <paramref name="run"/> bytes are kept.</summary>
        public StreamedFindings(Utf8JsonWriter writer, Stream output, RawMembers raw, int run = DefaultRun)
        {
            this.writer = writer ?? throw new ArgumentNullException(nameof(writer));
            this.output = output ?? throw new ArgumentNullException(nameof(output));
            this.raw = raw ?? throw new ArgumentNullException(nameof(raw));
            this.run = Math.Max(run, 1);
        }

        /// <summary>
        /// Starts putting together the next finding past the writer (<see cref="RawMembers.StartFollowing"/>); <c>false</c>
        /// when no item came before it in the writer's array (it is the writer's: <see cref="BeforeWriter"/>).
        /// </summary>
        public bool Start()
        {
            if (!following)
            {
                return false;
            }

            if (writer.BytesPending > 0)
            {
                writer.Flush();
            }

            return raw.StartFollowing(writer);
        }

        /// <summary>Keeps the finding put together since <see cref="Start"/>, written with the others; <c>false</c> (nothing kept) when <see cref="RawMembers.Failed"/>.</summary>
        public bool Kept()
        {
            if (!raw.KeepItem())
            {
                return false;
            }

            if (raw.Kept >= run)
            {
                raw.WriteKept(output);
            }

            return true;
        }

        /// <summary>
        /// Before the writer writes: the findings kept are written to the stream first. <paramref name="item"/>: what the
        /// writer writes is an item of the findings' array, so the findings after it follow it.
        /// </summary>
        public void BeforeWriter(bool item)
        {
            raw.WriteKept(output);
            following |= item;
        }
    }
}
