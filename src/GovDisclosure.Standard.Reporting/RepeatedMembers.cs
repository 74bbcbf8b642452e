using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// A run of a finding's members that a report writes the same for many findings (its rule, severity and category, its
    /// message in both languages, the template's id and arguments), kept as the bytes <see cref="RawMembers"/> put together
    /// the last time, per message template: the next finding of that template with the same values (a rule's findings name
    /// the same field, code and quoted words again and again) at the same <see cref="RawMembers.Place"/> gets those bytes
    /// again, copied, instead of each member being looked up, quoted and laid out anew. Only findings with a template are
    /// kept; the bytes are a function of what is compared (the rule's id, category code and message id by identity, the
    /// arguments' texts by value, severity, language, whether accepted, the place), so a finding that differs in any of it
    /// has its members put together as before. One per run of members of one writer, beside its <see cref="RawMembers"/>;
    /// not for sharing between threads.
    /// </summary>
    internal sealed class RepeatedMembers
    {
        /// <summary>The last run of members per template (by identity: a rule's templates are made once).</summary>
        private readonly Dictionary<MessageTemplate, Kept> kept = new Dictionary<MessageTemplate, Kept>(ByIdentity.Instance);

        /// <summary>The run <see cref="TryRepeat"/> could not give, which <see cref="Keep"/> fills; <c>null</c> when there is none to keep.</summary>
        private Kept? pending;

        /// <summary>Where in the <see cref="RawMembers"/>' bytes the pending run starts, and the place it starts at.</summary>
        private int from;
        private long place;

        /// <summary>
        /// Appends to <paramref name="raw"/> the members kept for <paramref name="finding"/> when they were put together for a
        /// finding with the same values at the same place; otherwise <c>false</c>, and the caller puts them together and
        /// then calls <see cref="Keep"/>.
        /// </summary>
        /// <param name="raw">Where the finding is put together.</param>
        /// <param name="finding">The finding.</param>
        /// <param name="chinese">The run's language is Chinese, else English.</param>
        /// <param name="accepted">Whether the baseline accepts the finding.</param>
        public bool TryRepeat(RawMembers raw, Finding finding, bool chinese, bool accepted)
        {
            pending = null;
            if (!finding.TryGetTemplate(out MessageTemplate? template, out FindingArgument[]? ordered))
            {
                return false;
            }

            if (!kept.TryGetValue(template, out Kept? run))
            {
                run = new Kept();
                kept.Add(template, run);
            }

            long at = raw.Place;
            if (run.Same(finding, ordered, chinese, accepted, at))
            {
                raw.Repeat(run.Bytes.AsSpan(0, run.Length));
                return true;
            }

            pending = run;
            from = raw.Length;
            place = at;
            return false;
        }

        /// <summary>Keeps the members put together since <see cref="TryRepeat"/> said no, for <paramref name="finding"/> (the same as asked for then).</summary>
        /// <param name="raw">Where the finding is put together.</param>
        /// <param name="finding">The finding.</param>
        /// <param name="chinese">The run's language is Chinese, else English.</param>
        /// <param name="accepted">Whether the baseline accepts the finding.</param>
        public void Keep(RawMembers raw, Finding finding, bool chinese, bool accepted)
        {
            Kept? run = pending;
            pending = null;
            if (run is null)
            {
                return;
            }

            if (raw.Failed)
            {
                run.Forget();
                return;
            }

            run.Set(finding, chinese, accepted, place, raw.Since(from));
        }

        /// <summary>A template's last run of members: the values it was put together from, and its bytes.</summary>
        private sealed class Kept
        {
            private string? ruleId;
            private FindingSeverity severity;
            private string? category;
            private string? messageId;
            private bool chinese;
            private bool accepted;
            private long place;

            /// <summary>Each argument's name, Chinese and English text, in the template's parameter order.</summary>
            private string[] arguments = Array.Empty<string>();

            public byte[] Bytes { get; private set; } = Array.Empty<byte>();

            /// <summary>How many of <see cref="Bytes"/> are the run; 0 when none is kept.</summary>
            public int Length { get; private set; }

            public bool Same(Finding finding, FindingArgument[] ordered, bool chinese, bool accepted, long place)
            {
                if (Length == 0
                    || !ReferenceEquals(ruleId, finding.RuleId)
                    || severity != finding.Severity
                    || !ReferenceEquals(category, finding.Category.Code)
                    || !ReferenceEquals(messageId, finding.MessageId)
                    || this.chinese != chinese
                    || this.accepted != accepted
                    || this.place != place
                    || arguments.Length != 3 * ordered.Length)
                {
                    return false;
                }

                for (int i = 0; i < ordered.Length; i++)
                {
                    FindingArgument argument = ordered[i];
                    // By value: a rule quotes a record's own text, the same words in many records but another string in each.
                    if (!string.Equals(arguments[3 * i], argument.Name, StringComparison.Ordinal)
                        || !string.Equals(arguments[(3 * i) + 1], argument.Value.Chinese, StringComparison.Ordinal)
                        || !string.Equals(arguments[(3 * i) + 2], argument.Value.English, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                return true;
            }

            public void Set(Finding finding, bool chinese, bool accepted, long place, ReadOnlySpan<byte> bytes)
            {
                finding.TryGetTemplate(out _, out FindingArgument[]? ordered);
                int count = 3 * ordered!.Length;
                if (arguments.Length != count)
                {
                    arguments = new string[count];
                }

                for (int i = 0; i < ordered.Length; i++)
                {
                    FindingArgument argument = ordered[i];
                    arguments[3 * i] = argument.Name;
                    arguments[(3 * i) + 1] = argument.Value.Chinese;
                    arguments[(3 * i) + 2] = argument.Value.English;
                }

                ruleId = finding.RuleId;
                severity = finding.Severity;
                category = finding.Category.Code;
                messageId = finding.MessageId;
                this.chinese = chinese;
                this.accepted = accepted;
                this.place = place;
                if (Bytes.Length < bytes.Length)
                {
                    Bytes = new byte[Math.Max(bytes.Length, 2 * Bytes.Length)];
                }

                bytes.CopyTo(Bytes);
                Length = bytes.Length;
            }

            public void Forget() => Length = 0;
        }

        /// <summary>Templates compared by identity (a template does not compare by value, but this says so and hashes no member).</summary>
        private sealed class ByIdentity : IEqualityComparer<MessageTemplate>
        {
            public static readonly ByIdentity Instance = new ByIdentity();

            public bool Equals(MessageTemplate? x, MessageTemplate? y) => ReferenceEquals(x, y);

            public int GetHashCode(MessageTemplate obj) => RuntimeHelpers.GetHashCode(obj);
        }
    }
}
