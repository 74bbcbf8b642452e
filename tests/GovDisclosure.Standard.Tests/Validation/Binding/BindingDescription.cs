using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Binding;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// A binding outcome spelled out as text, every part of it: each finding (rule, severity, category, every part of the
    /// location, message id, both messages, value, arguments, in order), the pointers reported, and the canonical JSON of
    /// the bound document. The binder's golden files are written in it, and the binder's laws compare in it.
    /// </summary>
    internal static class BindingDescription
    {
        /// <summary>Every rule id the library knows, so that no finding of the binder is filtered out.</summary>
        public static readonly ISet<string> AllRules = new HashSet<string>(
            RuleRegistry.All.Select(r => r.Id).Concat(RuleSet.Standard.Rules.Select(r => r.Id)),
            StringComparer.Ordinal);

        /// <summary>The rules whose findings the binder makes itself.</summary>
        public static readonly IReadOnlyList<string> BinderRules = new[]
        {
            RuleDescriptors.WrongType.Id, RuleDescriptors.AdditionalField.Id, RuleDescriptors.DuplicateField.Id, RuleDescriptors.MissingMember.Id,
            RuleDescriptors.UnknownCode.Id, RuleDescriptors.UnknownChannel.Id, RuleDescriptors.UnreadableDate.Id, RuleDescriptors.NonCanonicalForm.Id,
        };

        private static readonly JsonSerializerOptions Plain = new JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };

        /// <summary>A finding with every part spelled out.</summary>
        public static string Describe(Finding finding) => Describe(finding, finding.Location);

        /// <summary>
        /// A finding with every part spelled out but its line and column: what a record says, wherever in its file and
        /// however spaced, escaped or commented it is written.
        /// </summary>
        public static string DescribeWherever(Finding finding) => Describe(finding, finding.Location with { Line = null, Column = null });

        private static string Describe(Finding finding, SourceLocation location) =>
            string.Join(
                " | ",
                finding.RuleId,
                finding.Severity,
                finding.Category,
                JsonSerializer.Serialize(location, Plain),
                finding.MessageId,
                finding.Message.Chinese,
                finding.Message.English,
                finding.Value ?? "(no value)",
                JsonSerializer.Serialize(finding.Arguments, Plain));

        /// <summary>A bound document's canonical JSON, or "(none)".</summary>
        public static string Canonical(object? document) =>
            document is null ? "(none)" : JsonSerializer.Serialize(document, document.GetType(), CanonicalJson.Options);

        /// <summary>
        /// How the validator's binder binds <paramref name="record"/> (from its members when a table's reader kept it as
        /// its members, from its bytes when it was kept as bytes, as the validator does), as lines: the record's number,
        /// its findings, the pointers reported, the document (its canonical JSON, or when <paramref name="documentInFull"/>
        /// is false the first 16 hexadecimal digits of that JSON's SHA-256).
        /// </summary>
        public static string Of(DocumentKind kind, SourceRecord record, ISet<string> enabled, bool documentInFull = true)
        {
            var text = new StringBuilder();
            text.Append("record ").Append(record.Number).Append('\n');
            if (record.Content is not JsonElement content || content.ValueKind != JsonValueKind.Object)
            {
                return text.Append("  (not an object: not bound)\n").ToString();
            }

            Type type = DocumentShapes.For(kind).Type;
            BindingOutcome bound = record.Members is RecordMembers members
                ? DocumentBinder.Bind(type, members, record, enabled)
                : record.Utf8.IsEmpty
                ? DocumentBinder.Bind(type, content, record.Locate, enabled)
                : DocumentBinder.Bind(type, record.Utf8.Span, record, enabled);
            foreach (Finding finding in bound.Findings)
            {
                text.Append("  finding: ").Append(Describe(finding)).Append('\n');
            }

            text.Append("  reported: ").Append(string.Join(",", bound.ReportedPointers.OrderBy(p => p, StringComparer.Ordinal))).Append('\n');
            string document = Canonical(bound.Document);
            return documentInFull
                ? text.Append("  document: ").Append(document).Append('\n').ToString()
                : text.Append("  document sha256: ").Append(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(document))), 0, 16).Append('\n').ToString();
        }
    }
}
