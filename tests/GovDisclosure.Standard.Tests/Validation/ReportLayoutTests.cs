using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation.AnnualReports;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// The precomputed layout of tables 三 and 四 (<see cref="ReportLayout"/>), shared by every report of the same shape,
    /// and a report's values read by it (<see cref="ReportValues"/>) name the same rows and cells, with the same values, as
    /// the tables read row by row (<see cref="ReportTable.AllRows"/>), whichever groups are absent and whichever report
    /// first made the layout.
    /// </summary>
    public class ReportLayoutTests
    {
        private static readonly Gen<int?> Count = Gen.Frequency(
            (4, Gen.Choose(0, 50).Select(v => (int?)v)),
            (1, Gen.Constant((int?)null)),
            (1, Gen.Choose(-3, -1).Select(v => (int?)v)));

        private static readonly Gen<ApplicantCounts?> Counts = OrNull(Count.ArrayOf(7).Select(v => new ApplicantCounts
        {
            NaturalPerson = v[0],
            CommercialEnterprise = v[1],
            ResearchInstitution = v[2],
            PublicInterestOrganisation = v[3],
            LegalServiceAgency = v[4],
            OtherOrganisation = v[5],
            Total = v[6],
        }));

        private static readonly Gen<RemedyOutcomeCounts?> Remedy = OrNull(Count.ArrayOf(5).Select(v => new RemedyOutcomeCounts
        {
            Upheld = v[0],
            Corrected = v[1],
            Other = v[2],
            Pending = v[3],
            Total = v[4],
        }));

        private static readonly Gen<ApplicationOutcomes?> Outcomes =
            from rows in Counts.ArrayOf(22)
            from present in Gen.Elements(true, false).ArrayOf(5)
            select present[0] ? null : new ApplicationOutcomes
            {
                Disclosed = rows[0],
                PartiallyDisclosed = rows[1],
                Withheld = present[1] ? null : new WithheldCounts
                {
                    StateSecret = rows[2], ProhibitedByLaw = rows[3], EndangersSecurityOrStability = rows[4], ThirdPartyInterests = rows[5],
                    InternalAffairs = rows[6], ProcessInformation = rows[7], EnforcementCaseFiles = rows[8], AdministrativeQuery = rows[9],
                },
                UnableToProvide = present[2] ? null : new UnableToProvideCounts { NotHeld = rows[10], NeedsCreation = rows[11], UnclearAfterCorrection = rows[12] },
                NotProcessed = present[3] ? null : new NotProcessedCounts
                {
                    PetitionOrComplaint = rows[13], RepeatedApplication = rows[14], PublicationRequested = rows[15], UnreasonableMassRequests = rows[16], ConfirmationOrReissue = rows[17],
                },
                OtherProcessing = present[4] ? null : new OtherProcessingCounts { OverdueCorrection = rows[18], OverdueFee = rows[19], Other = rows[20] },
                Total = rows[21],
            };

        internal static readonly Gen<AnnualReport> Reports =
            from format in Gen.Elements(AnnualReportFormat.Format2019, AnnualReportFormat.Format2021, null)
            from rows in Counts.ArrayOf(3)
            from outcomes in Outcomes
            from remedies in Remedy.ArrayOf(3)
            from tables in Gen.Elements(true, false).ArrayOf(2)
            select new AnnualReport
            {
                Format = format,
                Applications = tables[0] ? null : new ApplicationTable { NewlyReceived = rows[0], CarriedOver = rows[1], Outcomes = outcomes, CarriedForward = rows[2] },
                ReviewAndLitigation = tables[1] ? null : new ReviewAndLitigationTable
                {
                    AdministrativeReconsideration = remedies[0], LitigationWithoutReconsideration = remedies[1], LitigationAfterReconsideration = remedies[2],
                },
            };

        [Property(MaxTest = 300)]
        public Property The_layout_names_and_reads_the_cells_that_the_rows_of_table_III_and_IV_have()
        {
            return Prop.ForAll(Reports.ToArbitrary(), report =>
            {
                ReportValues values = ReportValues.Of(report);
                ReportLayout layout = values.Layout;
                List<ReportTable.Row> rows = report.Applications is null ? new List<ReportTable.Row>() : ReportTable.AllRows(report.Applications, report.Format).ToList();
                bool same = rows.Count == layout.Rows.Count;
                for (int r = 0; same && r < rows.Count; r++)
                {
                    same = rows[r].Pointer == layout.Rows[r].Pointer && rows[r].Chinese == layout.Rows[r].Chinese && rows[r].English == layout.Rows[r].English
                        && values.IsPresent(r) == (rows[r].Counts != null);
                    for (int c = 0; same && c < ReportTable.Columns.Count; c++)
                    {
                        Cell cell = rows[r].CellOf(ReportTable.Columns[c]);
                        int index = ReportLayout.CellOf(r, c);
                        same = layout.Names[index] == (cell.Pointer, cell.Chinese, cell.English) && values[index] == cell.Value;
                    }
                }

                for (int g = 0; same && g < ReportTable.RemedyGroups.Count; g++)
                {
                    RemedyOutcomeCounts? counts = report.ReviewAndLitigation is null ? null : ReportTable.RemedyGroups[g].Get(report.ReviewAndLitigation);
                    same = values.IsPresent(layout.RemedyGroup(g)) == (counts != null);
                    for (int i = 0; same && i < ReportTable.RemedyCells.Count; i++)
                    {
                        int index = layout.RemedyCell(g, i);
                        same = layout.Names[index] == ReportCells.RemedyCell(g, i) && values[index] == (counts is null ? null : ReportTable.RemedyCells[i].Get(counts));
                    }
                }

                return same;
            });
        }

        [Fact]
        public void Reports_of_the_same_shape_share_one_layout_and_each_is_read_with_its_own_values()
        {
            // A thread reads each report into the one instance it keeps (ReportValuesReuseTests): a report's values are
            // good until the thread reads another's.
            var first = new AnnualReport { Applications = new ApplicationTable { NewlyReceived = new ApplicantCounts { Total = 5 } } };
            var second = new AnnualReport { Applications = new ApplicationTable { NewlyReceived = new ApplicantCounts { Total = 7 } } };
            int total = ReportLayout.CellOf(0, ReportTable.Columns.Count - 1);

            ReportLayout layout = ReportValues.Of(first).Layout;
            Assert.Equal(5, ReportValues.Of(first)[total]);
            Assert.Same(layout, ReportValues.Of(second).Layout);
            Assert.Equal(7, ReportValues.Of(second)[total]);
            Assert.Equal(5, ReportValues.Of(first)[total]);
        }

        private static Gen<T?> OrNull<T>(Gen<T> gen)
            where T : class => Gen.Frequency((5, gen.Select(v => (T?)v)), (1, Gen.Constant((T?)null)));
    }
}
