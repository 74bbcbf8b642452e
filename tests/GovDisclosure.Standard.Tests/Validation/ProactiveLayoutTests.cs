using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.AnnualReports;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// The precomputed layout of table 二 (<see cref="ProactiveLayout"/>) lists the same cells, with the same names, values
    /// and signs, as the table read field by field through the field catalogue by reflection (the way it was read before),
    /// in either format and whichever rows are absent.
    /// </summary>
    public class ProactiveLayoutTests
    {
        private static readonly Gen<int?> Count = Gen.Frequency(
            (4, Gen.Choose(0, 50).Select(v => (int?)v)),
            (1, Gen.Constant((int?)null)),
            (1, Gen.Choose(-3, -1).Select(v => (int?)v)));

        private static readonly Gen<decimal?> Amount = Gen.Frequency(
            (4, Gen.Choose(0, 100_000).Select(v => (decimal?)(v / 100m))),
            (1, Gen.Constant((decimal?)null)));

        internal static readonly Gen<ProactiveDisclosure2019> Tables2019 =
            from v in Count.ArrayOf(20)
            from amount in Amount
            from absent in Gen.Elements(true, false, false).ArrayOf(8)
            select new ProactiveDisclosure2019
            {
                Rules = absent[0] ? null : new DocumentCounts2019 { NewlyMade = v[0], NewlyPublished = v[1], TotalPublished = v[2] },
                NormativeDocuments = absent[1] ? null : new DocumentCounts2019 { NewlyMade = v[3], NewlyPublished = v[4], TotalPublished = v[5] },
                AdministrativeLicensing = absent[2] ? null : new ItemCounts2019 { PreviousYearItems = v[6], NetChange = v[7], Decisions = v[8] },
                OtherExternalServices = absent[3] ? null : new ItemCounts2019 { PreviousYearItems = v[9], NetChange = v[10], Decisions = v[11] },
                AdministrativePenalties = absent[4] ? null : new ItemCounts2019 { PreviousYearItems = v[12], NetChange = v[13], Decisions = v[14] },
                AdministrativeCompulsion = absent[5] ? null : new ItemCounts2019 { PreviousYearItems = v[15], NetChange = v[16], Decisions = v[17] },
                AdministrativeFees = absent[6] ? null : new FeeItemCounts2019 { PreviousYearItems = v[18], NetChange = v[19] },
                CentralisedProcurement = absent[7] ? null : new ProcurementCounts2019
                {
                    ProjectCount = v[0],
                    TotalAmount = amount is decimal a ? ReportAmount.Unitless(a) : null,
                },
            };

        internal static readonly Gen<ProactiveDisclosure2021> Tables2021 =
            from v in Count.ArrayOf(9)
            from amount in Amount
            from absent in Gen.Elements(true, false, false).ArrayOf(2)
            select new ProactiveDisclosure2021
            {
                Rules = absent[0] ? null : new DocumentCounts2021 { Issued = v[0], Repealed = v[1], InForce = v[2] },
                NormativeDocuments = absent[1] ? null : new DocumentCounts2021 { Issued = v[3], Repealed = v[4], InForce = v[5] },
                LicensingDecisions = v[6],
                PenaltyDecisions = v[7],
                CompulsionDecisions = v[8],
                FeeAmountTenThousandYuan = amount,
            };

        internal static readonly Gen<AnnualReport> Reports =
            from t2019 in Tables2019
            from t2021 in Tables2021
            from which in Gen.Choose(0, 3)
            select new AnnualReport
            {
                ProactiveDisclosure2019 = (which & 1) != 0 ? t2019 : null,
                ProactiveDisclosure2021 = (which & 2) != 0 ? t2021 : null,
            };

        [Property(MaxTest = 300)]
        public Property The_layout_lists_the_cells_that_the_field_catalogue_gives_table_II()
        {
            return Prop.ForAll(Reports.ToArbitrary(), report =>
            {
                var expected = new List<ReportCells.Entry>();
                if (report.ProactiveDisclosure2019 != null)
                {
                    expected.AddRange(ByReflection(report.ProactiveDisclosure2019, ReportCells.Proactive2019));
                }

                if (report.ProactiveDisclosure2021 != null)
                {
                    expected.AddRange(ByReflection(report.ProactiveDisclosure2021, ReportCells.Proactive2021));
                }

                return ReportCells.All(report).SequenceEqual(expected);
            });
        }

        [Fact]
        public void Only_the_net_change_column_may_be_negative()
        {
            var report = new AnnualReport
            {
                ProactiveDisclosure2019 = new ProactiveDisclosure2019 { AdministrativeLicensing = new ItemCounts2019 { PreviousYearItems = 1, NetChange = -1, Decisions = 2 } },
            };

            ReportCells.Entry[] licensing = ReportCells.All(report).Where(c => c.Pointer.Contains("/administrativeLicensing/")).ToArray();

            Assert.Equal(3, licensing.Length);
            Assert.Equal(new[] { false, true, false }, licensing.Select(c => c.MayBeNegative));
            Assert.Equal(-1m, licensing[1].Value);
        }

        /// <summary>Table 二 read field by field by reflection, as it was read before the layout (the oracle).</summary>
        private static IEnumerable<ReportCells.Entry> ByReflection(object table, string tablePointer)
        {
            string netChange = FieldPaths.Of<ItemCounts2019>(c => c.NetChange).Field.Name;
            foreach (FieldShape row in DocumentShapes.Of(table.GetType())!.Fields)
            {
                string pointer = JsonPointer.Append(tablePointer, row.Name);
                BilingualText name = ReportTable.Label(row);
                object? value = row.ValueOf(table);
                ObjectShape? columns = DocumentShapes.Of(Nullable.GetUnderlyingType(row.ValueType) ?? row.ValueType);
                if (columns is null)
                {
                    yield return new ReportCells.Entry(tablePointer, pointer, name.Chinese, name.English, Number(value), false, false);
                }
                else if (value is null)
                {
                    yield return new ReportCells.Entry(tablePointer, pointer, name.Chinese, name.English, null, false, true);
                }
                else
                {
                    foreach (FieldShape column in columns.Fields)
                    {
                        yield return new ReportCells.Entry(
                            tablePointer,
                            JsonPointer.Append(pointer, column.Name),
                            name.Chinese + "·" + column.Title.Chinese,
                            name.English + ", " + column.Title.English,
                            Number(column.ValueOf(value)),
                            column.Name == netChange,
                            false);
                    }
                }
            }
        }

        private static decimal? Number(object? value) => value switch
        {
            null => null,
            int count => count,
            decimal amount => amount,
            ReportAmount amount => amount.Amount,
            _ => throw new InvalidOperationException(value.GetType().Name),
        };
    }
}
