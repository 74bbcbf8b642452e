using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// The field catalogue (字段目录): for every document kind, its model type and its fields, and the
    /// shapes of the parts they are made of. The tabular layouts, the completeness rules, the JSON
    /// Schemas, the annual report's table labels and binding all read their field facts here.
    /// </summary>
    public static class DocumentShapes
    {
        private static readonly Lazy<Catalogue> Shapes = new Lazy<Catalogue>(() => new Catalogue());

        /// <summary>The shape of every document kind, in the order of <c>DocumentKind.Declared</c>.</summary>
        public static IReadOnlyList<DocumentShape> All => Shapes.Value.Documents;

        /// <summary>The shape of every model type that has one: documents and their parts.</summary>
        public static IReadOnlyList<ObjectShape> Objects => Shapes.Value.Objects;

        /// <summary>The shape of a document kind.</summary>
        /// <param name="kind">A document kind.</param>
        public static DocumentShape For(DocumentKind kind)
        {
            if (kind is null)
            {
                throw new ArgumentNullException(nameof(kind));
            }

            // A loop, not a predicate: the validator asks once per record, and a lambda over kind is an allocation each time.
            IReadOnlyList<DocumentShape> documents = Shapes.Value.Documents;
            for (int i = 0; i < documents.Count; i++)
            {
                if (documents[i].Kind == kind)
                {
                    return documents[i];
                }
            }

            throw new ArgumentException($"No shape for the document kind '{kind.Code}'.", nameof(kind));
        }

        /// <summary>The document shape whose model type is <paramref name="type"/>, or <c>null</c>.</summary>
        /// <param name="type">A model type.</param>
        public static DocumentShape? ForType(Type type) => All.FirstOrDefault(s => s.Type == type);

        /// <summary>The shape of a model type (a document or a part), or <c>null</c> when it has none.</summary>
        /// <param name="type">A model type.</param>
        public static ObjectShape? Of(Type type) =>
            Shapes.Value.ByType.TryGetValue(type ?? throw new ArgumentNullException(nameof(type)), out ObjectShape? shape) ? shape : null;

        private sealed class Catalogue
        {
            public Catalogue()
            {
                Documents = new[]
                {
                    new DocumentShape(DocumentKind.CatalogueEntry, CatalogueEntryFields.Entry),
                    new DocumentShape(DocumentKind.ServiceGuide, ServiceGuideFields.Guide),
                    new DocumentShape(DocumentKind.DirectoryItem, DirectoryItemFields.Item),
                    new DocumentShape(DocumentKind.EnforcementDisclosure, EnforcementDisclosureFields.Disclosure),
                    new DocumentShape(DocumentKind.AnnualReport, AnnualReportFields.Report),
                    new DocumentShape(DocumentKind.DisclosureGuide, DisclosureGuideFields.Guide),
                };
                Objects = new[]
                {
                    CatalogueEntryFields.Entry,
                    CatalogueEntryFields.ContentElement,
                    ServiceGuideFields.Guide,
                    ServiceGuideFields.Material,
                    ServiceGuideFields.Fee,
                    ServiceGuideFields.Period,
                    DirectoryItemFields.Item,
                    EnforcementDisclosureFields.Disclosure,
                    AnnualReportFields.Report,
                    AnnualReportFields.Proactive2019,
                    AnnualReportFields.Documents2019,
                    AnnualReportFields.Items2019,
                    AnnualReportFields.FeeItems2019,
                    AnnualReportFields.Procurement2019,
                    AnnualReportFields.Proactive2021,
                    AnnualReportFields.Documents2021,
                    AnnualReportFields.Applications,
                    AnnualReportFields.Applicants,
                    AnnualReportFields.Outcomes,
                    AnnualReportFields.Withheld,
                    AnnualReportFields.UnableToProvide,
                    AnnualReportFields.NotProcessed,
                    AnnualReportFields.OtherProcessing,
                    AnnualReportFields.ReviewAndLitigation,
                    AnnualReportFields.RemedyOutcomes,
                    AnnualReportFields.Amount,
                    DisclosureGuideFields.Guide,
                    DisclosureGuideFields.Office,
                    ApplicationTimelineFields.Timeline,
                };
                ByType = Objects.ToDictionary(o => o.Type);
            }

            public IReadOnlyList<DocumentShape> Documents { get; }

            public IReadOnlyList<ObjectShape> Objects { get; }

            public IReadOnlyDictionary<Type, ObjectShape> ByType { get; }
        }
    }
}
