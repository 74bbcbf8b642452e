using System;
using System.Collections.Generic;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// A finding as the JSON report writes it in its <c>findings</c>: one object of the record's file, number and status,
    /// the rule, severity, category, the message in the run's language and in both, the template's id and arguments, the
    /// value, span, location and related locations. Written once, over the writer (<see cref="WriterMembers"/>) or as raw
    /// bytes (<see cref="RawMembers"/>).
    /// </summary>
    internal static class JsonFinding
    {
        /// <summary>Writes <paramref name="finding"/> as an array's item.</summary>
        /// <param name="members">Where it is written.</param>
        /// <param name="finding">The finding.</param>
        /// <param name="file">The record's file, or <c>null</c>.</param>
        /// <param name="record">The record's number, or <c>null</c>.</param>
        /// <param name="status">The record's status, or <c>null</c>.</param>
        /// <param name="accepted">Whether the baseline accepts it.</param>
        /// <param name="chinese">The run's language is Chinese, else English.</param>
        /// <param name="messages">Puts the messages together (the same as <paramref name="members"/> use).</param>
        /// <param name="repeated">
        /// When <paramref name="members"/> are <see cref="RawMembers"/>: the members from the rule to the arguments as put together
        /// for an earlier finding with the same values, given again; <c>null</c> to put them together every time.
        /// </param>
        /// <param name="runs">
        /// When <paramref name="members"/> are <see cref="RawMembers"/>: the finding's start and the location's start, each with
        /// its file, as put together for an earlier finding of the same file, given again; <c>null</c> to put them together every time.
        /// </param>
        public static void Write<TMembers>(TMembers members, Finding finding, string? file, long? record, RecordStatus? status, bool accepted, bool chinese, EscapedMessages messages, RepeatedMembers? repeated = null, JsonFindingRuns? runs = null)
            where TMembers : IJsonMembers
        {
            RawMembers? kept = runs != null && members is RawMembers into ? into : null;
            if (kept is null || !runs!.Start.TryRepeat(kept, file))
            {
                members.StartObject();
                JsonFields.String(members, JsonNames.File, file);
                if (kept != null)
                {
                    runs!.Start.Keep(kept);
                }
            }

            JsonFields.Number(members, JsonNames.Record, record);
            if (status != null)
            {
                members.Code(JsonNames.RecordStatus, Labels.Status(status.Value));
            }

            RawMembers? raw = repeated != null && members is RawMembers put ? put : null;
            if (raw is null || !repeated!.TryRepeat(raw, finding, chinese, accepted))
            {
                Described(members, finding, accepted, chinese, messages);
                if (raw != null)
                {
                    repeated!.Keep(raw, finding, chinese, accepted);
                }
            }

            JsonFields.String(members, JsonNames.Value, finding.Value);
            if (finding.SpanStart != null)
            {
                members.Number(JsonNames.SpanStart, finding.SpanStart.Value);
                members.Number(JsonNames.SpanLength, finding.SpanLength ?? 0);
            }

            JsonFields.Location(members, finding.Location, JsonNames.Location, kept is null ? null : runs!.Location);
            if (finding.RelatedLocations.Count > 0)
            {
                members.StartArray(JsonNames.RelatedLocations);
                IReadOnlyList<SourceLocation> related = finding.RelatedLocations;
                for (int i = 0; i < related.Count; i++)
                {
                    JsonFields.Location(members, related[i]);
                }

                members.EndArray();
            }

            members.EndObject();
        }

        /// <summary>What a finding says, the same for every finding of a template with the same values: the rule, severity and category, the message in the run's language and in both, the template's id and arguments.</summary>
        private static void Described<TMembers>(TMembers members, Finding finding, bool accepted, bool chinese, EscapedMessages messages)
            where TMembers : IJsonMembers
        {
            members.Code(JsonNames.RuleId, finding.RuleId);
            members.Code(JsonNames.Severity, Labels.Code(finding.Severity));
            members.Code(JsonNames.Category, finding.Category.Code);
            // The message in the run's language is written twice (as "message" and in "messages"): put together once.
            bool together = messages.TryQuoted(finding, chinese, out ReadOnlySpan<byte> message);
            members.Message(JsonNames.Message, finding, chinese, together, message);
            if (accepted)
            {
                members.Boolean(JsonNames.Accepted, true);
            }

            members.StartObject(JsonNames.Messages);
            messages.WriteBoth(members, JsonNames.Zh, JsonNames.En, finding, chinese, together, message);
            members.EndObject();
            if (finding.MessageId != null)
            {
                members.Code(JsonNames.MessageId, finding.MessageId);
                members.StartObject(JsonNames.Arguments);
                IReadOnlyList<FindingArgument> arguments = finding.Arguments;
                for (int i = 0; i < arguments.Count; i++)
                {
                    FindingArgument argument = arguments[i];
                    members.StartObject(argument.Name);
                    members.String(JsonNames.Zh, argument.Value.Chinese);
                    members.String(JsonNames.En, argument.Value.English);
                    members.EndObject();
                }

                members.EndObject();
            }
        }
    }
}
