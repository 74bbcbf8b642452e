using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovDisclosure.Standard.Generators.Diagnostics;
using GovDisclosure.Standard.Generators.Json;
using GovDisclosure.Standard.Generators.Model;
using GovDisclosure.Standard.Generators.TimeLimits;

namespace GovDisclosure.Standard.Generators.Reading
{
    /// <summary>
    /// Reads one <c>*.catalog.json</c> file (catalog-format.md) into a <see cref="CatalogueModel"/>,
    /// checking everything that can be checked from the file alone.
    /// </summary>
    internal static class CatalogueFileReader
    {
        private static readonly string[] TopLevelFields = { "$schema", "domain", "version", "coverage", "coverageNote", "provenance", "firstLevelItems", "guidelineItemCounts", "entries" };
        private static readonly string[] FirstLevelItemFields = { "name", "source" };
        private static readonly string[] ItemCountFields = { "firstLevel", "secondLevel", "source" };
        private static readonly string[] ProvenanceFields = { "title", "documentNumber", "issuedOn", "verified", "note" };
        private static readonly string[] ElementFields = { "name", "requirement" };
        private static readonly string[] EntryFields =
        {
            "code", "firstLevelItem", "secondLevelItem", "thirdLevelItem", "contentElements", "legalBasis", "timeLimit",
            "responsibleBody", "channels", "audiences", "modes", "levels", "categories", "categoriesInferred", "verified", "confirmedBy", "note",
        };

        public static CatalogueParse Read(string filePath, string text)
        {
            var diagnostics = new List<DiagnosticInfo>();
            string fileName = Path.GetFileName(filePath);
            JsonReadResult json = JsonReader.Read(text);
            if (json.Root is null)
            {
                diagnostics.Add(DiagnosticInfo.At(GeneratorDiagnostics.InvalidJson, filePath, json.ErrorSpan, fileName, json.Error!));
                return new CatalogueParse(filePath, null, null, default, EquatableArray.From(diagnostics));
            }

            if (json.Root.Kind != JsonKind.Object)
            {
                diagnostics.Add(DiagnosticInfo.At(GeneratorDiagnostics.WrongValueType, filePath, json.Root.Anchor, fileName, "(document)", "an object", json.Root.DescribeKind()));
                return new CatalogueParse(filePath, null, null, default, EquatableArray.From(diagnostics));
            }

            var file = new ObjectReader(filePath, json.Root, "catalogue", diagnostics);
            file.WarnAboutUnknownFields(TopLevelFields);
            string? domain = file.RequiredString("domain");
            SourceSpan domainSpan = file.SpanOf("domain");
            string? version = file.RequiredString("version");
            string? coverage = file.OptionalString("coverage");
            if (coverage != null && ValueSet.Coverages.Find(coverage) is null)
            {
                file.Report(GeneratorDiagnostics.UnknownValue, file.SpanOf("coverage"), "catalogue", coverage, ValueSet.Coverages.Description, ValueSet.Coverages.Advise(coverage));
            }

            string? coverageNote = file.OptionalString("coverageNote");
            ProvenanceModel? provenance = ReadProvenance(file);
            List<FirstLevelItemModel>? firstLevelItems = ReadFirstLevelItems(filePath, file, diagnostics);
            GuidelineItemCountsModel? itemCounts = ReadItemCounts(file);
            if (domain != null && Identifiers.ProblemWithCode(domain) is string domainProblem)
            {
                file.Report(GeneratorDiagnostics.InvalidIdentifier, domainSpan, "catalogue", domain, domainProblem);
                domain = null;
            }

            var entries = new List<EntryModel>();
            var spans = new List<EntrySpan>();
            IReadOnlyList<JsonValue>? items = file.Array("entries", required: true, nonEmpty: false);
            if (items != null)
            {
                var codes = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
                for (int i = 0; i < items.Count; i++)
                {
                    (EntryModel? entry, SourceSpan codeSpan) = ReadEntry(filePath, items[i], i, provenance?.Verified, codes, diagnostics);
                    if (entry != null)
                    {
                        entries.Add(entry);
                        spans.Add(new EntrySpan(entry.PropertyName, codeSpan));
                    }
                }
            }

            if (diagnostics.Any(d => d.IsError) || domain is null || version is null)
            {
                return new CatalogueParse(filePath, null, domain, domainSpan, EquatableArray.From(diagnostics));
            }

            var model = new CatalogueModel(filePath, fileName, domain, domainSpan, version, coverage, coverageNote, provenance,
                EquatableArray.From(firstLevelItems ?? new List<FirstLevelItemModel>()), itemCounts, EquatableArray.From(entries), EquatableArray.From(spans));
            return new CatalogueParse(filePath, model, domain, domainSpan, EquatableArray.From(diagnostics));
        }

        private static ProvenanceModel? ReadProvenance(ObjectReader file)
        {
            ObjectReader? provenance = file.OptionalObject("provenance", "provenance");
            if (provenance is null)
            {
                return null;
            }

            provenance.WarnAboutUnknownFields(ProvenanceFields);
            string? issuedOn = provenance.OptionalString("issuedOn");
            if (issuedOn != null && !IsoDate.IsValid(issuedOn))
            {
                provenance.Report(GeneratorDiagnostics.WrongValueType, provenance.SpanOf("issuedOn"), "provenance", "issuedOn", "an ISO date (yyyy-MM-dd)", "'" + issuedOn + "'");
            }

            return new ProvenanceModel(
                provenance.OptionalString("title"),
                provenance.OptionalString("documentNumber"),
                issuedOn,
                provenance.OptionalBool("verified"),
                provenance.OptionalString("note"));
        }

        private static List<FirstLevelItemModel>? ReadFirstLevelItems(string filePath, ObjectReader file, List<DiagnosticInfo> diagnostics)
        {
            IReadOnlyList<JsonValue>? items = file.Array("firstLevelItems", required: false, nonEmpty: true);
            if (items is null)
            {
                return null;
            }

            var result = new List<FirstLevelItemModel>();
            var names = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            for (int i = 0; i < items.Count; i++)
            {
                if (items[i].Kind != JsonKind.Object)
                {
                    file.WrongKind("firstLevelItems", items[i], "an array of objects with name and source");
                    continue;
                }

                var item = new ObjectReader(filePath, items[i], $"firstLevelItems[{i}]", diagnostics);
                item.WarnAboutUnknownFields(FirstLevelItemFields);
                string? name = item.RequiredString("name");
                string? source = item.RequiredString("source");
                if (name is null || source is null)
                {
                    continue;
                }

                SourceSpan nameSpan = item.SpanOf("name");
                if (names.TryGetValue(name, out SourceSpan firstSpan))
                {
                    item.Report(GeneratorDiagnostics.DuplicateCode, nameSpan, $"firstLevelItems[{i}]", "first-level item", name, firstSpan.Describe());
                    continue;
                }

                names.Add(name, nameSpan);
                result.Add(new FirstLevelItemModel(name, source));
            }

            return result;
        }

        private static GuidelineItemCountsModel? ReadItemCounts(ObjectReader file)
        {
            ObjectReader? counts = file.OptionalObject("guidelineItemCounts", "guidelineItemCounts");
            if (counts is null)
            {
                return null;
            }

            counts.WarnAboutUnknownFields(ItemCountFields);
            int? firstLevel = PositiveCount(counts, "firstLevel", required: true);
            int? secondLevel = PositiveCount(counts, "secondLevel", required: false);
            string? source = counts.RequiredString("source");
            return firstLevel is int first && source != null ? new GuidelineItemCountsModel(first, secondLevel, source) : null;
        }

        private static int? PositiveCount(ObjectReader counts, string name, bool required)
        {
            JsonValue? value = counts.Value.Property(name)?.Value;
            if (value is null || value.Kind == JsonKind.Null)
            {
                return required ? counts.RequiredInteger(name) : null;
            }

            int? number = counts.Integer(name, value);
            if (number is int n && n < 1)
            {
                counts.WrongKind(name, value, "a whole number of at least 1");
                return null;
            }

            return number;
        }

        private static (EntryModel? Entry, SourceSpan CodeSpan) ReadEntry(
            string filePath, JsonValue item, int index, bool? inheritedVerified, Dictionary<string, SourceSpan> codes, List<DiagnosticInfo> diagnostics)
        {
            if (item.Kind != JsonKind.Object)
            {
                diagnostics.Add(DiagnosticInfo.At(GeneratorDiagnostics.WrongValueType, filePath, item.Anchor, $"entries[{index}]", "entries", "an array of objects", item.DescribeKind()));
                return (null, default);
            }

            int before = diagnostics.Count(d => d.IsError);
            JsonProperty? codeProperty = item.Property("code");
            string context = codeProperty?.Value.Kind == JsonKind.String ? $"entry '{codeProperty.Value.Text}'" : $"entries[{index}]";
            var entry = new ObjectReader(filePath, item, context, diagnostics);
            entry.WarnAboutUnknownFields(EntryFields);

            string? code = entry.RequiredString("code");
            SourceSpan codeSpan = entry.SpanOf("code");
            if (code != null)
            {
                if (Identifiers.ProblemWithCode(code) is string problem)
                {
                    entry.Report(GeneratorDiagnostics.InvalidIdentifier, codeSpan, context, code, problem);
                }
                else if (codes.TryGetValue(code, out SourceSpan firstSpan))
                {
                    entry.Report(GeneratorDiagnostics.DuplicateCode, codeSpan, context, "entry code", code, firstSpan.Describe());
                }
                else
                {
                    codes.Add(code, codeSpan);
                    string property = Identifiers.ToPascalCase(code);
                    if (Identifiers.ReservedCatalogueMembers.Contains(property))
                    {
                        entry.Report(GeneratorDiagnostics.IdentifierCollision, codeSpan, context, property, "a member every generated catalogue class declares or inherits (" + string.Join(", ", Identifiers.ReservedCatalogueMembers) + ")");
                    }
                }
            }

            string? first = entry.RequiredString("firstLevelItem");
            string? second = entry.RequiredString("secondLevelItem");
            string? third = entry.OptionalString("thirdLevelItem");
            List<ContentElementModel>? elements = ReadElements(filePath, entry, context, diagnostics);
            IReadOnlyList<(string Text, SourceSpan Span)>? basis = entry.StringArray("legalBasis", required: true, nonEmpty: true);
            string? timeLimit = entry.RequiredString("timeLimit");
            if (timeLimit != null && TimeLimitRecogniser.Problem(timeLimit) is string timeProblem)
            {
                entry.Report(GeneratorDiagnostics.UnreadableTimeLimit, entry.SpanOf("timeLimit"), context, timeLimit, timeProblem);
            }

            string? body = entry.RequiredString("responsibleBody");
            List<string>? channels = ReadChannels(entry, context);
            List<string>? audiences = ReadCodes(entry, context, "audiences", ValueSet.Audiences);
            List<string>? modes = ReadCodes(entry, context, "modes", ValueSet.Modes);
            List<string>? levels = ReadCodes(entry, context, "levels", ValueSet.Levels, required: false);
            List<int>? categories = ReadCategories(entry, context);
            bool? categoriesInferred = entry.OptionalBool("categoriesInferred");
            bool? verified = entry.OptionalBool("verified") ?? inheritedVerified;
            IReadOnlyList<(string Text, SourceSpan Span)>? confirmedBy = entry.StringArray("confirmedBy", required: false, nonEmpty: false);
            string? note = entry.OptionalString("note");

            if (diagnostics.Count(d => d.IsError) > before
                || code is null || first is null || second is null || elements is null || basis is null || timeLimit is null
                || body is null || channels is null || audiences is null || modes is null || levels is null || categories is null
                || confirmedBy is null)
            {
                return (null, codeSpan);
            }

            var model = new EntryModel(
                code,
                Identifiers.ToPascalCase(code),
                first,
                second,
                third,
                EquatableArray.From(elements),
                EquatableArray.From(basis.Select(b => b.Text)),
                timeLimit,
                body,
                EquatableArray.From(channels),
                EquatableArray.From(audiences),
                EquatableArray.From(modes),
                EquatableArray.From(levels),
                EquatableArray.From(categories),
                categoriesInferred,
                verified,
                EquatableArray.From(confirmedBy.Select(c => c.Text)),
                note);
            return (model, codeSpan);
        }

        private static List<ContentElementModel>? ReadElements(string filePath, ObjectReader entry, string context, List<DiagnosticInfo> diagnostics)
        {
            IReadOnlyList<JsonValue>? items = entry.Array("contentElements", required: true, nonEmpty: true);
            if (items is null)
            {
                return null;
            }

            var elements = new List<ContentElementModel>();
            bool ok = true;
            foreach (JsonValue item in items)
            {
                if (item.Kind != JsonKind.Object)
                {
                    entry.WrongKind("contentElements", item, "an array of objects with name and requirement");
                    ok = false;
                    continue;
                }

                var element = new ObjectReader(filePath, item, context + " content element", diagnostics);
                element.WarnAboutUnknownFields(ElementFields);
                string? name = element.RequiredString("name");
                string? requirement = element.OptionalString("requirement") ?? "unspecified";
                if (ValueSet.Requirements.Find(requirement) is null)
                {
                    element.Report(GeneratorDiagnostics.UnknownValue, element.SpanOf("requirement"), context, requirement, ValueSet.Requirements.Description, ValueSet.Requirements.Advise(requirement));
                    ok = false;
                }

                if (name is null)
                {
                    ok = false;
                }
                else
                {
                    elements.Add(new ContentElementModel(name, requirement));
                }
            }

            return ok ? elements : null;
        }

        private static List<string>? ReadChannels(ObjectReader entry, string context)
        {
            IReadOnlyList<(string Text, SourceSpan Span)>? items = entry.StringArray("channels", required: true, nonEmpty: true);
            if (items is null)
            {
                return null;
            }

            var channels = new List<string>();
            bool ok = true;
            foreach ((string text, SourceSpan span) in items)
            {
                if (text.StartsWith(ValueSet.OtherChannelPrefix, StringComparison.Ordinal))
                {
                    string name = text.Substring(ValueSet.OtherChannelPrefix.Length).Trim();
                    if (name.Length == 0)
                    {
                        entry.Report(GeneratorDiagnostics.UnknownValue, span, context, text, ValueSet.Channels.Description, "an 其他 channel needs its name: write 'other:<name>', e.g. 'other:公共资源交易平台'");
                        ok = false;
                    }
                    else
                    {
                        channels.Add(ValueSet.OtherChannelPrefix + name);
                    }

                    continue;
                }

                ClosedValue? known = ValueSet.Channels.Find(text);
                if (known is null || known.Code == "other")
                {
                    string advice = known is null
                        ? ValueSet.Channels.Advise(text)
                        : "an 其他 channel needs its name: write 'other:<name>', e.g. 'other:公共资源交易平台'";
                    entry.Report(GeneratorDiagnostics.UnknownValue, span, context, text, ValueSet.Channels.Description, advice);
                    ok = false;
                }
                else
                {
                    channels.Add(known.Code);
                }
            }

            return ok ? channels : null;
        }

        /// <summary>
        /// The codes of a closed value set. A required field must hold at least one; an optional one
        /// (公开层级, which the national minimum of 国办发〔2019〕54号 does not include) may be absent or empty.
        /// </summary>
        private static List<string>? ReadCodes(ObjectReader entry, string context, string field, ValueSet set, bool required = true)
        {
            IReadOnlyList<(string Text, SourceSpan Span)>? items = entry.StringArray(field, required, nonEmpty: required);
            if (items is null)
            {
                return null;
            }

            var codes = new List<string>();
            bool ok = true;
            foreach ((string text, SourceSpan span) in items)
            {
                if (set.Find(text) is null)
                {
                    entry.Report(GeneratorDiagnostics.UnknownValue, span, context, text, set.Description, set.Advise(text));
                    ok = false;
                }
                else
                {
                    codes.Add(text);
                }
            }

            return ok ? codes : null;
        }

        private static List<int>? ReadCategories(ObjectReader entry, string context)
        {
            IReadOnlyList<JsonValue>? items = entry.Array("categories", required: false, nonEmpty: false);
            if (items is null)
            {
                return null;
            }

            var numbers = new List<int>();
            bool ok = true;
            foreach (JsonValue item in items)
            {
                int? number = entry.Integer("categories", item);
                if (number is null)
                {
                    ok = false;
                }
                else if (number < 1 || number > 15)
                {
                    entry.Report(GeneratorDiagnostics.UnknownValue, item.Span, context, item.Text!, "disclosure category (Art. 20 item)", "Article 20 has items 1 to 15");
                    ok = false;
                }
                else
                {
                    numbers.Add(number.Value);
                }
            }

            return ok ? numbers : null;
        }
    }
}
