using System.Collections.Generic;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Directories;
using GovDisclosure.Standard.DisclosureGuides;
using GovDisclosure.Standard.Enforcement;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.ServiceGuides;

namespace GovDisclosure.Standard.Json
{
    /// <summary>
    /// The source-generated System.Text.Json metadata for every document kind: no reflection at run
    /// time. Internal: read and write with <see cref="CanonicalJson"/>, and compose with your own context
    /// through <c>CanonicalJson.Options.TypeInfoResolver</c> (<c>JsonTypeInfoResolver.Combine</c>).
    /// </summary>
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = new[]
        {
            typeof(DisclosureCategoryJsonConverter),
            typeof(PublicationChannelJsonConverter),
            typeof(DisclosureTimeLimitJsonConverter),
            typeof(CalendarDateJsonConverter),
            typeof(CodelistJsonConverter<PilotDomain>),
            typeof(CodelistJsonConverter<ElementRequirement>),
            typeof(CodelistJsonConverter<GuidelineCoverage>),
            typeof(CodelistJsonConverter<GovDisclosure.Standard.Disclosure.DisclosureAudience>),
            typeof(CodelistJsonConverter<GovDisclosure.Standard.Disclosure.DisclosureMode>),
            typeof(CodelistJsonConverter<GovDisclosure.Standard.Disclosure.AdministrativeLevel>),
            typeof(CodelistJsonConverter<GovDisclosure.Standard.Disclosure.AgencyKind>),
            typeof(CodelistJsonConverter<GovDisclosure.Standard.Calendar.TimeUnit>),
            typeof(CodelistJsonConverter<MaterialNecessity>),
            typeof(CodelistJsonConverter<EnforcementCategory>),
            typeof(CodelistJsonConverter<AnnualReportFormat>),
        })]
    [JsonSerializable(typeof(GovDisclosure.Standard.Applications.ApplicationTimeline))]
    [JsonSerializable(typeof(CatalogueDefinition))]
    [JsonSerializable(typeof(CatalogueEntry))]
    [JsonSerializable(typeof(List<CatalogueEntry>))]
    [JsonSerializable(typeof(ServiceGuide))]
    [JsonSerializable(typeof(List<ServiceGuide>))]
    [JsonSerializable(typeof(DisclosureGuide))]
    [JsonSerializable(typeof(List<DisclosureGuide>))]
    [JsonSerializable(typeof(DirectoryItem))]
    [JsonSerializable(typeof(List<DirectoryItem>))]
    [JsonSerializable(typeof(EnforcementDisclosure))]
    [JsonSerializable(typeof(List<EnforcementDisclosure>))]
    [JsonSerializable(typeof(AnnualReport))]
    [JsonSerializable(typeof(List<AnnualReport>))]
    internal sealed partial class GovDisclosureJsonContext : JsonSerializerContext
    {
    }
}
