using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Catalogue.Comparison;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.ServiceGuides.Comparison;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Comparison;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting.Comparison
{
    /// <summary>
    /// The comparisons a tool or a portal runs (比对): a local catalogue against the standard, and service guides of
    /// several sources against each other. Each reads its inputs (a path or a caller's stream, in any supported format),
    /// compares, and returns a <see cref="ComparisonReport"/>; an input or record that cannot be read is reported on it,
    /// never thrown. Write the report with <see cref="ComparisonReportWriter"/>.
    /// </summary>
    public static class ComparisonRun
    {
        /// <summary>
        /// Compares a local catalogue (a county's or township's 标准目录) with the standard entries of its pilot domains —
        /// the built-in catalogue, or <see cref="CatalogueComparisonOptions.Standard"/>: per domain, matched, missing, added and
        /// weakened, and the findings GD-CMP-001 to GD-CMP-006.
        /// </summary>
        /// <param name="local">The local catalogue; read as catalogue entries unless its options force another kind.</param>
        /// <param name="options">The domain, the standard, the rule set.</param>
        public static ComparisonReport CompareWithStandard(ValidationSource local, CatalogueComparisonOptions? options = null)
        {
            if (local is null)
            {
                throw new ArgumentNullException(nameof(local));
            }

            var notes = new List<ComparisonNote>();
            var locations = new Dictionary<object, SourceRecord>(ObjectIdentity.Instance);
            (ReportFile file, List<CatalogueEntry> entries) = Read<CatalogueEntry>(local, DocumentKind.CatalogueEntry, locations, notes);
            return Compare(file, entries, e => locations.TryGetValue(e, out SourceRecord? record) ? record.Origin with { RecordNumber = record.Number } : null, notes, options);
        }

        /// <summary>
        /// Compares a catalogue a program already holds (e.g. a portal's own entries, compiled by the source generator)
        /// with the standard, as <see cref="CompareWithStandard(ValidationSource, CatalogueComparisonOptions)"/> does; its
        /// entries are located as <c>/entries/N</c> of <paramref name="name"/>.
        /// </summary>
        /// <param name="entries">The local catalogue's entries.</param>
        /// <param name="name">The name reports give the catalogue.</param>
        /// <param name="options">The domain, the standard, the rule set.</param>
        public static ComparisonReport CompareWithStandard(IReadOnlyList<CatalogueEntry> entries, string name, CatalogueComparisonOptions? options = null)
        {
            if (entries is null)
            {
                throw new ArgumentNullException(nameof(entries));
            }

            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            var index = new Dictionary<object, int>(ObjectIdentity.Instance);
            for (int i = 0; i < entries.Count; i++)
            {
                index[entries[i]] = i;
            }

            var file = new ReportFile(name) { Kind = DocumentKind.CatalogueEntry };
            return Compare(file, entries.ToList(), e => index.TryGetValue(e, out int i) ? new SourceLocation { File = name, RecordNumber = i + 1, JsonPointer = "/entries/" + i } : null, new List<ComparisonNote>(), options);
        }

        private static ComparisonReport Compare(ReportFile file, List<CatalogueEntry> entries, Func<CatalogueEntry, SourceLocation?> locateLocal, List<ComparisonNote> notes, CatalogueComparisonOptions? options)
        {
            CatalogueComparisonOptions settings = options ?? new CatalogueComparisonOptions();
            var comparisons = new List<CatalogueStandardComparison>();
            var findings = new List<Finding>();
            var standardLocations = new Dictionary<object, SourceLocation>(ObjectIdentity.Instance);
            var catalogue = new SourceLocation { File = file.Path };
            CatalogueDefinition? definition = settings.Standard;
            var groups = entries.GroupBy(e => e.Domain ?? settings.Domain ?? definition?.Domain).Select(g => (g.Key, Entries: (IReadOnlyList<CatalogueEntry>)g.ToArray())).ToList();
            if (groups.Count == 0 && (settings.Domain ?? definition?.Domain) is PilotDomain only && file.Failure is null)
            {
                groups.Add((only, Array.Empty<CatalogueEntry>()));
            }

            foreach (var group in groups)
            {
                if (!(group.Key is PilotDomain domain))
                {
                    notes.Add(new ComparisonNote(catalogue,
                        new BilingualText($"{group.Entries.Count} 条目录事项未写试点领域，未参与比对；请指定比对的试点领域", $"{group.Entries.Count} entries name no pilot domain and were not compared; give the pilot domain to compare them with"),
                        true));
                    continue;
                }

                IReadOnlyList<CatalogueEntry> standard = definition is null
                    ? StandardCatalogue.For(domain)
                    : definition.Entries.Where(e => (e.Domain ?? definition.Domain) == domain).ToArray();
                string standardPath = settings.StandardName ?? $"catalog/domains/{domain.Code}.catalog.json";
                for (int i = 0; i < standard.Count; i++)
                {
                    standardLocations[standard[i]] = new SourceLocation { File = standardPath, JsonPointer = "/entries/" + i };
                }

                CatalogueStandardComparison comparison = CatalogueStandardComparison.Compare(domain, group.Entries, standard);
                comparisons.Add(comparison);
                findings.AddRange(CatalogueComparisonFindings.Of(comparison, e => locateLocal(e) ?? standardLocations[e], catalogue, settings.Rules));
            }

            return new ComparisonReport(ComparisonKind.CatalogueWithStandard, new[] { file }, definition is null ? null : settings.StandardName ?? definition.Domain?.Code, comparisons, Array.Empty<ServiceGuideSourcePair>(), findings, notes);
        }

        /// <summary>
        /// Compares the service guides (办事指南) of two or more sources — the department's site, the portal, the
        /// 政务服务网 … — each source after the first against the first: items paired by 实施编码, 基本编码 or normalised
        /// name (<see cref="ServiceGuideComparison"/>), every element that differs one finding with both locations
        /// (GD-CMP-008 to GD-CMP-010), items of one source only GD-CMP-007. A source whose records are not service guides is
        /// reported as not read.
        /// </summary>
        /// <param name="sources">The sources, the first being the one the others are compared with.</param>
        /// <param name="rules">The rule set giving each rule's severity; <see cref="RuleSet.Standard"/> when <c>null</c>.</param>
        public static ComparisonReport CompareServiceGuides(IReadOnlyList<ValidationSource> sources, RuleSet? rules = null)
        {
            if (sources is null)
            {
                throw new ArgumentNullException(nameof(sources));
            }

            var notes = new List<ComparisonNote>();
            var locations = new Dictionary<object, SourceRecord>(ObjectIdentity.Instance);
            var read = sources.Select(s => Read<ServiceGuide>(s, null, locations, notes)).ToArray();
            var pairs = new List<ServiceGuideSourcePair>();
            var findings = new List<Finding>();
            for (int i = 1; i < read.Length; i++)
            {
                ServiceGuideComparison comparison = ServiceGuideComparison.Compare(read[0].Documents, read[i].Documents);
                pairs.Add(new ServiceGuideSourcePair(sources[0].Name, sources[i].Name, comparison));
                findings.AddRange(ServiceGuideComparisonFindings.Of(
                    comparison,
                    (guide, pointer) => locations[guide].Locate(pointer),
                    new SourceLocation { File = sources[0].Name },
                    new SourceLocation { File = sources[i].Name },
                    rules));
            }

            return new ComparisonReport(ComparisonKind.ServiceGuides, read.Select(r => r.File).ToArray(), null, Array.Empty<CatalogueStandardComparison>(), pairs, findings, notes);
        }

        private static (ReportFile File, List<T> Documents) Read<T>(ValidationSource source, DocumentKind? kind, Dictionary<object, SourceRecord> locations, List<ComparisonNote> notes)
            where T : class
        {
            var file = new ReportFile(source.Name);
            var documents = new List<T>();
            SourceInput input;
            try
            {
                input = source.Open(kind);
            }
            catch (InputException e)
            {
                file.NotOpened = true;
                file.Failure = e.Text;
                file.FailureLocation = e.Location;
                return (file, documents);
            }

            file.Format = input.Format;
            file.Kind = input.Kind;
            file.KindDetected = input.KindDetected;
            file.Encoding = input.Encoding?.WebName;
            file.Sheet = input.Sheet;
            DocumentKind expected = typeof(T) == typeof(ServiceGuide) ? DocumentKind.ServiceGuide : DocumentKind.CatalogueEntry;
            if (input.Kind != expected)
            {
                file.NotOpened = true;
                file.Failure = new BilingualText($"读作“{input.Kind.ChineseName}”，不是{expected.ChineseName}，未参与比对", $"Read as {input.Kind.EnglishName}, not {expected.EnglishName}: not compared");
                file.FailureLocation = new SourceLocation { File = source.Name };
                return (file, documents);
            }

            try
            {
                foreach (RecordValidation record in new DisclosureValidator().Validate(input.Kind, input.Records()))
                {
                    file.Add(record);
                    if (record.Document is T document)
                    {
                        documents.Add(document);
                        locations[document] = record.Record;
                        // A value the reader could not take (e.g. an unknown channel) is left out of the document compared; say so.
                        foreach (Finding error in record.Findings.Where(f => f.Severity == FindingSeverity.Error && f.Category == FindingCategory.Structure))
                        {
                            notes.Add(new ComparisonNote(error.Location,
                                new BilingualText($"{error.RuleId} {error.Message.Chinese}（比对时不计此值，详见 govdisclosure validate）", $"{error.RuleId} {error.Message.English} (compared without it; see govdisclosure validate)"),
                                false));
                        }
                    }
                    else
                    {
                        Finding? why = record.Findings.FirstOrDefault(f => f.Severity == FindingSeverity.Error);
                        notes.Add(new ComparisonNote(record.Record.Origin with { RecordNumber = record.Record.Number },
                            new BilingualText("记录无法读取，未参与比对" + (why is null ? string.Empty : "：" + why.Message.Chinese), "Record not read, left out of the comparison" + (why is null ? string.Empty : ": " + why.Message.English)),
                            true));
                    }
                }
            }
            catch (Exception e) when (e is InputException || e is IOException || e is InvalidDataException || e is DecoderFallbackException)
            {
                file.Failure = e is InputException located ? located.Text : new BilingualText("读取中断：" + e.Message, "Reading stopped: " + e.Message);
                file.FailureLocation = e is InputException at ? at.Location : new SourceLocation { File = source.Name, RecordNumber = file.Summary.Read + 1 };
            }

            return (file, documents);
        }
    }
}
