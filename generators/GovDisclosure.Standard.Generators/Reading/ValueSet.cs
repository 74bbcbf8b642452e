using GovDisclosure.Standard.Codelists;
using GovDisclosure.Standard.Text;
using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Generators.Reading
{
    /// <summary>
    /// A closed value set of the catalogue format (catalog-format.md), built from the core library's
    /// code-list rows (<c>Codelists/Rows</c>, linked into the generator): the generator cannot load the
    /// library, but it compiles the same table. Files must write codes; the names and synonyms only
    /// help suggestions, and name a value exactly as the library's parser does.
    /// </summary>
    internal sealed class ValueSet
    {
        private ValueSet(string description, string? typeName, CodelistRow[] rows)
        {
            Description = description;
            TypeName = typeName;
            Values = rows.Select(r => new ClosedValue(r.Code, Identifiers.ToPascalCase(r.Code), r.ChineseName, new[] { r.EnglishName }.Concat(r.Synonyms).ToArray())).ToArray();
        }

        /// <summary>How messages name the set, e.g. "disclosure channel".</summary>
        public string Description { get; }

        /// <summary>The core library type whose static fields hold the values, or <c>null</c> when the set has none.</summary>
        public string? TypeName { get; }

        public IReadOnlyList<ClosedValue> Values { get; }

        public static ValueSet Channels { get; } = new ValueSet(
            "disclosure channel", "global::GovDisclosure.Standard.Disclosure.DisclosureChannel", DisclosureChannelRows.All);

        public static ValueSet Audiences { get; } = new ValueSet(
            "disclosure audience", "global::GovDisclosure.Standard.Disclosure.DisclosureAudience", DisclosureAudienceRows.All);

        public static ValueSet Modes { get; } = new ValueSet(
            "disclosure mode", "global::GovDisclosure.Standard.Disclosure.DisclosureMode", DisclosureModeRows.All);

        public static ValueSet Levels { get; } = new ValueSet(
            "administrative level", "global::GovDisclosure.Standard.Disclosure.AdministrativeLevel", AdministrativeLevelRows.All);

        public static ValueSet Requirements { get; } = new ValueSet(
            "element requirement", "global::GovDisclosure.Standard.Catalogue.ElementRequirement", ElementRequirementRows.All);

        public static ValueSet Coverages { get; } = new ValueSet(
            "catalogue coverage", "global::GovDisclosure.Standard.Catalogue.GuidelineCoverage", GuidelineCoverageRows.All);

        /// <summary>The prefix of a named 其他 channel, <c>other:</c>.</summary>
        public const string OtherChannelPrefix = "other:";

        public ClosedValue? Find(string code) => Values.FirstOrDefault(v => string.Equals(v.Code, code, StringComparison.Ordinal));

        /// <summary>
        /// The value a wording names the way the library's parser reads it (code, Chinese or English
        /// name, or synonym, compared after <see cref="ChineseText.Fold"/>), or <c>null</c>.
        /// </summary>
        public ClosedValue? Recognise(string text)
        {
            string folded = ChineseText.Fold(text);
            return Values.FirstOrDefault(v => new[] { v.Code, v.ChineseName }.Concat(v.Synonyms).Any(s => ChineseText.Fold(s) == folded));
        }

        /// <summary>The advice part of an unknown-value message: the closest value, or the whole list.</summary>
        public string Advise(string text)
        {
            ClosedValue? named = Recognise(text);
            ClosedValue?[] parts = ItemList.Split(text, ItemList.Separators).Select(Recognise).Distinct().ToArray();
            if (named is null && parts.Length > 1 && parts.All(v => v != null))
            {
                // 乡、村级 is two values, as a table cell of the library reads it (ItemList, linked from the core).
                return "write one code per array item: " + string.Join(", ", parts.Select(v => $"'{v!.Code}' ({v.ChineseName})"));
            }

            IEnumerable<ClosedValue> candidates = this == Channels ? Values.Where(v => v.Code != "other") : Values;
            ClosedValue? closest = named ?? ClosestSpelling.Among(text, candidates, v => new[] { v.Code, v.ChineseName }.Concat(v.Synonyms));
            if (this == Channels && text.IndexOf('网') >= 0 && closest?.Code != "governmentWebsite" && closest?.Code != "twoMicroOneEnd")
            {
                // An online site or portal (政务服务网) is a named other channel, never the hall it resembles (政务服务中心).
                return $"did you mean '{OtherChannelPrefix}{text.Trim()}' (a channel outside the checklist)?";
            }

            string known = string.Join(", ", Values.Select(v => v.Code == "other" ? "other:<name>" : v.Code));
            return closest is null
                ? "known values are " + known
                : $"did you mean '{closest.Code}' ({closest.ChineseName})?";
        }
    }
}
