using System;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Shapes;
using Xunit;

namespace GovDisclosure.Standard.Tests.Shapes
{
    /// <summary>
    /// A field path named by property names (<c>nameof</c>) is the path the same chain of property reads gives as an
    /// expression tree, for every field of the catalogue and every field of a part reached through its field.
    /// </summary>
    public sealed class FieldPathsByNameTests
    {
        /// <summary>Every chain of one catalogue field, or of a part's field and a field of that part (not a list of parts, which no property read reaches into): (owner type, property names).</summary>
        public static TheoryData<string, string[]> Chains()
        {
            var data = new TheoryData<string, string[]>();
            foreach (ObjectShape shape in DocumentShapes.Objects)
            {
                foreach (FieldShape field in shape.Fields)
                {
                    string name = PropertyOf(shape.Type, field).Name;
                    data.Add(shape.Type.AssemblyQualifiedName!, new[] { name });
                    if (DocumentShapes.Of(field.PartType) is ObjectShape part && field.ValueType == part.Type)
                    {
                        foreach (FieldShape inner in part.Fields)
                        {
                            data.Add(shape.Type.AssemblyQualifiedName!, new[] { name, PropertyOf(part.Type, inner).Name });
                        }
                    }
                }
            }

            return data;
        }

        /// <summary>
        /// Every chain of property reads the readers, rules, sections and comparer name their fields by (round 25
        /// turned them from lambdas into <c>nameof</c> lists, so no expression tree is built at start-up), as the lambda
        /// each site wrote before and the names it writes now — among them the three-step chains of the annual report
        /// (<c>r =&gt; r.Applications!.Outcomes!.Total</c>) that <see cref="Chains"/> does not reach.
        /// </summary>
        private static readonly (LambdaExpression Read, Type Owner, string[] Names)[] Sites =
        {
                Site<AnnualReport>(r => r.AgencyKind, nameof(AnnualReport.AgencyKind)),
                Site<AnnualReport>(r => r.AgencyName, nameof(AnnualReport.AgencyName)),
                Site<AnnualReport>(r => r.Applications!.CarriedForward, nameof(AnnualReport.Applications), nameof(ApplicationTable.CarriedForward)),
                Site<AnnualReport>(r => r.Applications!.CarriedOver, nameof(AnnualReport.Applications), nameof(ApplicationTable.CarriedOver)),
                Site<AnnualReport>(r => r.Applications!.NewlyReceived, nameof(AnnualReport.Applications), nameof(ApplicationTable.NewlyReceived)),
                Site<AnnualReport>(r => r.Applications!.Outcomes!.OtherProcessing, nameof(AnnualReport.Applications), nameof(ApplicationTable.Outcomes), nameof(ApplicationOutcomes.OtherProcessing)),
                Site<AnnualReport>(r => r.Applications!.Outcomes!.Total, nameof(AnnualReport.Applications), nameof(ApplicationTable.Outcomes), nameof(ApplicationOutcomes.Total)),
                Site<AnnualReport>(r => r.Applications!.Outcomes, nameof(AnnualReport.Applications), nameof(ApplicationTable.Outcomes)),
                Site<AnnualReport>(r => r.Applications, nameof(AnnualReport.Applications)),
                Site<AnnualReport>(r => r.ApplicationsText, nameof(AnnualReport.ApplicationsText)),
                Site<AnnualReport>(r => r.Format, nameof(AnnualReport.Format)),
                Site<AnnualReport>(r => r.OtherMatters, nameof(AnnualReport.OtherMatters)),
                Site<AnnualReport>(r => r.OverallSituation, nameof(AnnualReport.OverallSituation)),
                Site<AnnualReport>(r => r.ProactiveDisclosure2019, nameof(AnnualReport.ProactiveDisclosure2019)),
                Site<AnnualReport>(r => r.ProactiveDisclosure2021, nameof(AnnualReport.ProactiveDisclosure2021)),
                Site<AnnualReport>(r => r.ProactiveDisclosureText, nameof(AnnualReport.ProactiveDisclosureText)),
                Site<AnnualReport>(r => r.ProblemsAndImprovements, nameof(AnnualReport.ProblemsAndImprovements)),
                Site<AnnualReport>(r => r.PublishedOn, nameof(AnnualReport.PublishedOn)),
                Site<AnnualReport>(r => r.ReviewAndLitigation, nameof(AnnualReport.ReviewAndLitigation)),
                Site<AnnualReport>(r => r.ReviewAndLitigationText, nameof(AnnualReport.ReviewAndLitigationText)),
                Site<AnnualReport>(r => r.Year, nameof(AnnualReport.Year)),
                Site<ApplicationOutcomes>(o => o.Disclosed, nameof(ApplicationOutcomes.Disclosed)),
                Site<ApplicationOutcomes>(o => o.NotProcessed, nameof(ApplicationOutcomes.NotProcessed)),
                Site<ApplicationOutcomes>(o => o.OtherProcessing, nameof(ApplicationOutcomes.OtherProcessing)),
                Site<ApplicationOutcomes>(o => o.PartiallyDisclosed, nameof(ApplicationOutcomes.PartiallyDisclosed)),
                Site<ApplicationOutcomes>(o => o.UnableToProvide, nameof(ApplicationOutcomes.UnableToProvide)),
                Site<ApplicationOutcomes>(o => o.Withheld, nameof(ApplicationOutcomes.Withheld)),
                Site<ApplicationOutcomes>(x => x.Total, nameof(ApplicationOutcomes.Total)),
                Site<ApplicationTable>(t => t.Outcomes, nameof(ApplicationTable.Outcomes)),
                Site<ApplicationTable>(x => x.CarriedForward, nameof(ApplicationTable.CarriedForward)),
                Site<ApplicationTable>(x => x.CarriedOver, nameof(ApplicationTable.CarriedOver)),
                Site<ApplicationTable>(x => x.NewlyReceived, nameof(ApplicationTable.NewlyReceived)),
                Site<GovDisclosure.Standard.Calendar.TimePeriod>(p => p.Count, nameof(GovDisclosure.Standard.Calendar.TimePeriod.Count)),
                Site<GovDisclosure.Standard.Calendar.TimePeriod>(p => p.Unit, nameof(GovDisclosure.Standard.Calendar.TimePeriod.Unit)),
                Site<ContentElement>(e => e.Name, nameof(ContentElement.Name)),
                Site<ContentElement>(e => e.Requirement, nameof(ContentElement.Requirement)),
                Site<CatalogueEntry>(e => e.FirstLevelItem, nameof(CatalogueEntry.FirstLevelItem)),
                Site<CatalogueEntry>(e => e.SecondLevelItem, nameof(CatalogueEntry.SecondLevelItem)),
                Site<CatalogueEntry>(e => e.ThirdLevelItem, nameof(CatalogueEntry.ThirdLevelItem)),
                Site<DocumentCounts2021>(c => c.InForce, nameof(DocumentCounts2021.InForce)),
                Site<ItemCounts2019>(c => c.NetChange, nameof(ItemCounts2019.NetChange)),
                Site<ProactiveDisclosure2021>(t => t.NormativeDocuments, nameof(ProactiveDisclosure2021.NormativeDocuments)),
                Site<ProactiveDisclosure2021>(t => t.Rules, nameof(ProactiveDisclosure2021.Rules)),
                Site<RemedyOutcomeCounts>(c => c.Total, nameof(RemedyOutcomeCounts.Total)),
                Site<RemedyOutcomeCounts>(c => c.Upheld, nameof(RemedyOutcomeCounts.Upheld)),
                Site<ReviewAndLitigationTable>(t => t.AdministrativeReconsideration, nameof(ReviewAndLitigationTable.AdministrativeReconsideration)),
                Site<ReviewAndLitigationTable>(t => t.LitigationAfterReconsideration, nameof(ReviewAndLitigationTable.LitigationAfterReconsideration)),
                Site<ReviewAndLitigationTable>(t => t.LitigationWithoutReconsideration, nameof(ReviewAndLitigationTable.LitigationWithoutReconsideration)),
                Site<ServiceGuide>(g => g.Conditions, nameof(ServiceGuide.Conditions)),
                Site<ServiceGuide>(g => g.ContactPhone, nameof(ServiceGuide.ContactPhone)),
                Site<ServiceGuide>(g => g.Fees, nameof(ServiceGuide.Fees)),
                Site<ServiceGuide>(g => g.HandlingBody, nameof(ServiceGuide.HandlingBody)),
                Site<ServiceGuide>(g => g.HandlingPlace, nameof(ServiceGuide.HandlingPlace)),
                Site<ServiceGuide>(g => g.IsCharged, nameof(ServiceGuide.IsCharged)),
                Site<ServiceGuide>(g => g.LegalBasis, nameof(ServiceGuide.LegalBasis)),
                Site<ServiceGuide>(g => g.LegalTimeLimit, nameof(ServiceGuide.LegalTimeLimit)),
                Site<ServiceGuide>(g => g.Materials, nameof(ServiceGuide.Materials)),
                Site<ServiceGuide>(g => g.OfficeHours, nameof(ServiceGuide.OfficeHours)),
                Site<ServiceGuide>(g => g.Procedure, nameof(ServiceGuide.Procedure)),
                Site<ServiceGuide>(g => g.PromisedTimeLimit, nameof(ServiceGuide.PromisedTimeLimit)),
                Site<ServiceMaterial>(m => m.Copies, nameof(ServiceMaterial.Copies)),
                Site<ServiceMaterial>(m => m.Necessity, nameof(ServiceMaterial.Necessity)),
        };

        /// <summary>The index of every site in <see cref="Sites"/>.</summary>
        public static TheoryData<int> SiteIndexes()
        {
            var data = new TheoryData<int>();
            for (int i = 0; i < Sites.Length; i++)
            {
                data.Add(i);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Chains))]
        public void A_path_by_property_names_is_the_path_of_the_same_property_reads(string ownerName, string[] properties)
        {
            Type owner = Type.GetType(ownerName, throwOnError: true)!;

            // The expression tree a lambda such as r => r.Applications!.Outcomes gives, built by hand.
            ParameterExpression parameter = Expression.Parameter(owner, "r");
            Expression body = parameter;
            foreach (string property in properties)
            {
                body = Expression.Property(body, body.Type.GetProperty(property)!);
            }

            LambdaExpression lambda = Expression.Lambda(Expression.Convert(body, typeof(object)), parameter);
            FieldPath byExpression = FieldPaths.Of(owner, lambda);
            FieldPath byName = FieldPaths.Of(owner, properties);

            Assert.Equal(byExpression.Pointer, byName.Pointer);
            Assert.Equal(byExpression.Path, byName.Path);
            Assert.Equal(byExpression.Steps, byName.Steps);
        }

        [Theory]
        [MemberData(nameof(SiteIndexes))]
        public void A_site_named_by_property_names_has_the_path_its_former_lambda_gave(int site)
        {
            (LambdaExpression read, Type owner, string[] names) = Sites[site];

            FieldPath byExpression = FieldPaths.Of(owner, read);
            FieldPath byName = FieldPaths.Of(owner, names);

            Assert.Equal(byExpression.Pointer, byName.Pointer);
            Assert.Equal(byExpression.Path, byName.Path);
            Assert.Equal(byExpression.Steps, byName.Steps);
            Assert.Same(byExpression.Field, byName.Field);
        }

        [Fact]
        public void A_name_the_catalogue_does_not_list_fails_as_a_property_read_does()
        {
            Assert.Throws<ArgumentException>(() => FieldPaths.Of(typeof(GovDisclosure.Standard.Catalogue.CatalogueEntry), "NoSuchProperty"));
            Assert.Throws<ArgumentException>(() => FieldPaths.Of(typeof(GovDisclosure.Standard.Catalogue.CatalogueEntry)));
        }

        /// <summary>A site: the lambda it wrote (<paramref name="read"/>) and the property names it writes now (<paramref name="names"/>).</summary>
        /// <typeparam name="TOwner">The shaped type the site's path starts from.</typeparam>
        private static (LambdaExpression Read, Type Owner, string[] Names) Site<TOwner>(Expression<Func<TOwner, object?>> read, params string[] names) =>
            (read, typeof(TOwner), names);

        private static PropertyInfo PropertyOf(Type type, FieldShape field) =>
            type.GetProperties().Single(p => string.Equals(p.Name, field.Name, StringComparison.OrdinalIgnoreCase));
    }
}
