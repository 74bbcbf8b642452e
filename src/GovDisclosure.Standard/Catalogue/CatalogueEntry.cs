using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Collections;
using GovDisclosure.Standard.Disclosure;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>
    /// One row of a standard catalogue (标准目录) for grass-roots disclosure: the item, what is
    /// published about it, on what basis, by when, by whom, through which channels, to whom, how and
    /// at which level. The national minimum (国办发〔2019〕54号) is name, content, basis, time limit,
    /// responsible body, mode, channels and audience.
    /// </summary>
    /// <remarks>
    /// Fields are nullable because exports are often incomplete; the validation rules report what is
    /// missing. Entries of the built-in catalogue are always complete.
    /// </remarks>
    public sealed record CatalogueEntry
    {
        private readonly IReadOnlyList<ContentElement> contentElements = ValueList<ContentElement>.None;
        private readonly IReadOnlyList<string> legalBasis = ValueList<string>.None;
        private readonly IReadOnlyList<PublicationChannel> channels = ValueList<PublicationChannel>.None;
        private readonly IReadOnlyList<DisclosureAudience> audiences = ValueList<DisclosureAudience>.None;
        private readonly IReadOnlyList<DisclosureMode> modes = ValueList<DisclosureMode>.None;
        private readonly IReadOnlyList<AdministrativeLevel> levels = ValueList<AdministrativeLevel>.None;
        private readonly IReadOnlyList<DisclosureCategory> categories = ValueList<DisclosureCategory>.None;
        private readonly IReadOnlyList<string> confirmedBy = ValueList<string>.None;

        /// <summary>The entry's stable ASCII code within its domain (e.g. <c>minimumLivingAllowanceServiceGuide</c>); exports may have none.</summary>
        public string? Code { get; init; }

        /// <summary>The pilot domain (试点领域) the entry belongs to.</summary>
        public PilotDomain? Domain { get; init; }

        /// <summary>序号 — the row's number in the exporter's table, when given.</summary>
        public string? SequenceNumber { get; init; }

        /// <summary>一级事项 — the first-level item.</summary>
        public string? FirstLevelItem { get; init; }

        /// <summary>二级事项 — the second-level item.</summary>
        public string? SecondLevelItem { get; init; }

        /// <summary>三级事项 — the third-level item, where the catalogue has one.</summary>
        public string? ThirdLevelItem { get; init; }

        /// <summary>公开内容（要素）— the content elements to publish.</summary>
        public IReadOnlyList<ContentElement> ContentElements
        {
            get => contentElements;
            init => contentElements = ValueList<ContentElement>.Of(value);
        }

        /// <summary>公开依据 — the laws, regulations and documents that require publication.</summary>
        public IReadOnlyList<string> LegalBasis
        {
            get => legalBasis;
            init => legalBasis = ValueList<string>.Of(value);
        }

        /// <summary>公开时限 — the time limit, verbatim and read.</summary>
        public DisclosureTimeLimit? TimeLimit { get; init; }

        /// <summary>公开主体 — the body responsible for publishing.</summary>
        public string? ResponsibleBody { get; init; }

        /// <summary>公开渠道和载体 — the channels and carriers.</summary>
        public IReadOnlyList<PublicationChannel> Channels
        {
            get => channels;
            init => channels = ValueList<PublicationChannel>.Of(value);
        }

        /// <summary>公开对象 — the whole public or a specific group.</summary>
        public IReadOnlyList<DisclosureAudience> Audiences
        {
            get => audiences;
            init => audiences = ValueList<DisclosureAudience>.Of(value);
        }

        /// <summary>公开方式 — proactive or on request.</summary>
        public IReadOnlyList<DisclosureMode> Modes
        {
            get => modes;
            init => modes = ValueList<DisclosureMode>.Of(value);
        }

        /// <summary>
        /// 公开层级 — the levels of government that publish. Optional: the national minimum
        /// (国办发〔2019〕54号) has no level column, and an entry without one has an empty list.
        /// </summary>
        public IReadOnlyList<AdministrativeLevel> Levels
        {
            get => levels;
            init => levels = ValueList<AdministrativeLevel>.Of(value);
        }

        /// <summary>The Art. 20 items (1–15) the entry serves; written in JSON as their numbers.</summary>
        public IReadOnlyList<DisclosureCategory> Categories
        {
            get => categories;
            init => categories = ValueList<DisclosureCategory>.Of(value);
        }

        /// <summary>
        /// <c>true</c> when <see cref="Categories"/> is the catalogue author's reading of Art. 20, not a
        /// mapping the source document states; <c>null</c> when not stated.
        /// </summary>
        public bool? CategoriesInferred { get; init; }

        /// <summary>Whether the entry's wording was checked against its guideline; <c>null</c> when not stated.</summary>
        public bool? Verified { get; init; }

        /// <summary>
        /// The published copies that agree on the entry's item, content elements, legal basis and time
        /// limit, each as publisher — address (date read); two copies by different publishers (not mirrors
        /// of each other) confirm the entry twice.
        /// </summary>
        public IReadOnlyList<string> ConfirmedBy
        {
            get => confirmedBy;
            init => confirmedBy = ValueList<string>.Of(value);
        }

        /// <summary>A provenance note: where the entry comes from, what was or was not checked.</summary>
        public string? Note { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
