using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Benchmarks
{
    /// <summary>
    /// The per-record hot path of <c>govdisclosure validate</c> once a record is read: binding the raw
    /// record to a typed document (with structure and value-set findings) and running the standard
    /// rule set on it. The typed API (<see cref="DisclosureValidator.Validate{TDocument}(TDocument)"/>)
    /// runs the rules alone, so the difference is the cost of binding.
    /// </summary>
    [MemoryDiagnoser]
    public class ValidationBenchmarks
    {
        private readonly DisclosureValidator validator = new DisclosureValidator();
        private SourceRecord entryRecord = null!;
        private SourceRecord guideRecord = null!;
        private CatalogueEntry entry = null!;
        private ServiceGuide guide = null!;

        [GlobalSetup]
        public void Setup()
        {
            entryRecord = SampleRecords.Read(SampleRecords.CatalogueEntryJson);
            guideRecord = SampleRecords.Read(SampleRecords.ServiceGuideJson);
            entry = CanonicalJson.Deserialize<CatalogueEntry>(SampleRecords.CatalogueEntryJson);
            guide = CanonicalJson.Deserialize<ServiceGuide>(SampleRecords.ServiceGuideJson);
        }

        [Benchmark]
        public RecordValidation BindAndValidateCatalogueEntry() => validator.ValidateRecord(DocumentKind.CatalogueEntry, entryRecord);

        [Benchmark]
        public RecordValidation BindAndValidateServiceGuide() => validator.ValidateRecord(DocumentKind.ServiceGuide, guideRecord);

        [Benchmark]
        public IReadOnlyList<Finding> RulesOnTypedCatalogueEntry() => validator.Validate(entry);

        [Benchmark]
        public IReadOnlyList<Finding> RulesOnTypedServiceGuide() => validator.Validate(guide);
    }
}
