using System;
using System.Security.Cryptography;
using System.Text;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// What makes two findings "the same accepted finding" in a <see cref="FindingBaseline"/>: the rule, the file as
    /// named in the run (with <c>/</c> separators), the field (the JSON pointer within the record) and the offending
    /// value — not the record number, line or cell, so that records moved or inserted above do not make accepted
    /// findings new. A value of more than <see cref="MaxValueLength"/> characters is kept as its SHA-256.
    /// </summary>
    internal readonly record struct BaselineKey(string RuleId, string File, string Pointer, string? Value)
    {
        /// <summary>The longest value a baseline holds as written.</summary>
        public const int MaxValueLength = 256;

        /// <summary>The key of <paramref name="finding"/> read from the input named <paramref name="file"/>.</summary>
        public static BaselineKey Of(string? file, Finding finding) => new BaselineKey(
            finding.RuleId,
            (file ?? finding.Location.File ?? string.Empty).Replace('\\', '/'),
            finding.Location.JsonPointer,
            ValueOf(finding.Value));

        /// <summary>The value as a baseline holds it: as written, or <c>sha256:…</c> when longer than <see cref="MaxValueLength"/>.</summary>
        public static string? ValueOf(string? value)
        {
            if (value is null || value.Length <= MaxValueLength)
            {
                return value;
            }

            using var sha = SHA256.Create();
            return "sha256:" + BitConverter.ToString(sha.ComputeHash(Encoding.UTF8.GetBytes(value))).Replace("-", string.Empty).ToLowerInvariant();
        }

        /// <summary>The order a baseline is written in: file, rule, field, value.</summary>
        public static int Compare(BaselineKey a, BaselineKey b)
        {
            int order = string.CompareOrdinal(a.File, b.File);
            order = order != 0 ? order : string.CompareOrdinal(a.RuleId, b.RuleId);
            order = order != 0 ? order : string.CompareOrdinal(a.Pointer, b.Pointer);
            return order != 0 ? order : string.CompareOrdinal(a.Value, b.Value);
        }
    }
}
