using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Binding;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// Binds one record with the single-pass <see cref="DocumentBinder"/> and with the former
    /// <see cref="NodeTreeBinder"/>, and lists every way the two outcomes differ: the findings (rule,
    /// severity, category, every part of the location, message, arguments, value, in order), the
    /// pointers reported, and the canonical JSON of the bound document.
    /// </summary>
    internal static class BinderOracle
    {
        public static IReadOnlyList<string> Differences(DocumentKind kind, SourceRecord record, ISet<string>? enabled = null)
        {
            if (record.Content is not JsonElement content || content.ValueKind != JsonValueKind.Object)
            {
                return Array.Empty<string>();
            }

            Type type = DocumentShapes.For(kind).Type;
            enabled ??= BindingDescription.AllRules;
            // The validator's own path: a record kept as its bytes is bound from them.
            BindingOutcome single = record.Utf8.IsEmpty
                ? DocumentBinder.Bind(type, content, record.Locate, enabled)
                : DocumentBinder.Bind(type, record.Utf8.Span, record, enabled);
            BindingOutcome oracle = NodeTreeBinder.Bind(type, content, record.Locate, enabled);
            var differences = new List<string>();
            string[] mine = single.Findings.Select(BindingDescription.Describe).ToArray();
            string[] theirs = oracle.Findings.Select(BindingDescription.Describe).ToArray();
            for (int i = 0; i < Math.Max(mine.Length, theirs.Length); i++)
            {
                string a = i < mine.Length ? mine[i] : "(none)";
                string b = i < theirs.Length ? theirs[i] : "(none)";
                if (a != b)
                {
                    differences.Add($"record {record.Number}, finding {i}:\n  single pass: {a}\n  oracle:      {b}");
                }
            }

            string reportedMine = string.Join(",", single.ReportedPointers.OrderBy(p => p, StringComparer.Ordinal));
            string reportedTheirs = string.Join(",", oracle.ReportedPointers.OrderBy(p => p, StringComparer.Ordinal));
            if (reportedMine != reportedTheirs)
            {
                differences.Add($"record {record.Number}, reported pointers:\n  single pass: {reportedMine}\n  oracle:      {reportedTheirs}");
            }

            string documentMine = BindingDescription.Canonical(single.Document);
            string documentTheirs = BindingDescription.Canonical(oracle.Document);
            if (documentMine != documentTheirs)
            {
                differences.Add($"record {record.Number}, document:\n  single pass: {documentMine}\n  oracle:      {documentTheirs}");
            }

            return differences;
        }
    }
}
