using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.AnnualReports;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// Builds an annual report whose tables satisfy every identity of domain-reference §7, from a
    /// stream of non-negative numbers (so FsCheck can generate them). Totals are computed; 二 (carried
    /// over) is chosen no larger than 三(七) + 四 so that 一 is never negative.
    /// </summary>
    internal static class ConsistentReports
    {
        public const int NumbersNeeded = 200;

        public static AnnualReport Build(IReadOnlyList<int> numbers, AnnualReportFormat format)
        {
            int cursor = 0;
            int Next() => Math.Abs(numbers[cursor++ % numbers.Count]);

            ApplicantCounts Row() => WithTotal(new ApplicantCounts
            {
                NaturalPerson = Next(),
                CommercialEnterprise = Next(),
                ResearchInstitution = Next(),
                PublicInterestOrganisation = Next(),
                LegalServiceAgency = Next(),
                OtherOrganisation = Next(),
            });

            var outcomes = new ApplicationOutcomes
            {
                Disclosed = Row(),
                PartiallyDisclosed = Row(),
                Withheld = new WithheldCounts
                {
                    StateSecret = Row(), ProhibitedByLaw = Row(), EndangersSecurityOrStability = Row(), ThirdPartyInterests = Row(),
                    InternalAffairs = Row(), ProcessInformation = Row(), EnforcementCaseFiles = Row(), AdministrativeQuery = Row(),
                },
                UnableToProvide = new UnableToProvideCounts { NotHeld = Row(), NeedsCreation = Row(), UnclearAfterCorrection = Row() },
                NotProcessed = new NotProcessedCounts
                {
                    PetitionOrComplaint = Row(), RepeatedApplication = Row(), PublicationRequested = Row(), UnreasonableMassRequests = Row(), ConfirmationOrReissue = Row(),
                },
                OtherProcessing = format == AnnualReportFormat.Format2021
                    ? new OtherProcessingCounts { OverdueCorrection = Row(), OverdueFee = Row(), Other = Row() }
                    : new OtherProcessingCounts { Other = Row() },
            };
            ApplicantCounts[] parts =
            {
                outcomes.Disclosed, outcomes.PartiallyDisclosed,
                outcomes.Withheld.StateSecret!, outcomes.Withheld.ProhibitedByLaw!, outcomes.Withheld.EndangersSecurityOrStability!, outcomes.Withheld.ThirdPartyInterests!,
                outcomes.Withheld.InternalAffairs!, outcomes.Withheld.ProcessInformation!, outcomes.Withheld.EnforcementCaseFiles!, outcomes.Withheld.AdministrativeQuery!,
                outcomes.UnableToProvide.NotHeld!, outcomes.UnableToProvide.NeedsCreation!, outcomes.UnableToProvide.UnclearAfterCorrection!,
                outcomes.NotProcessed.PetitionOrComplaint!, outcomes.NotProcessed.RepeatedApplication!, outcomes.NotProcessed.PublicationRequested!,
                outcomes.NotProcessed.UnreasonableMassRequests!, outcomes.NotProcessed.ConfirmationOrReissue!,
            };
            parts = parts.Concat(new[] { outcomes.OtherProcessing.OverdueCorrection, outcomes.OtherProcessing.OverdueFee, outcomes.OtherProcessing.Other }.Where(r => r != null)).ToArray()!;
            ApplicantCounts handled = Sum(parts);
            outcomes = outcomes with { Total = handled };
            ApplicantCounts forward = Row();
            ApplicantCounts over = WithTotal(new ApplicantCounts
            {
                NaturalPerson = Next() % (handled.NaturalPerson!.Value + forward.NaturalPerson!.Value + 1),
                CommercialEnterprise = Next() % (handled.CommercialEnterprise!.Value + forward.CommercialEnterprise!.Value + 1),
                ResearchInstitution = Next() % (handled.ResearchInstitution!.Value + forward.ResearchInstitution!.Value + 1),
                PublicInterestOrganisation = Next() % (handled.PublicInterestOrganisation!.Value + forward.PublicInterestOrganisation!.Value + 1),
                LegalServiceAgency = Next() % (handled.LegalServiceAgency!.Value + forward.LegalServiceAgency!.Value + 1),
                OtherOrganisation = Next() % (handled.OtherOrganisation!.Value + forward.OtherOrganisation!.Value + 1),
            });
            ApplicantCounts received = WithTotal(new ApplicantCounts
            {
                NaturalPerson = handled.NaturalPerson + forward.NaturalPerson - over.NaturalPerson,
                CommercialEnterprise = handled.CommercialEnterprise + forward.CommercialEnterprise - over.CommercialEnterprise,
                ResearchInstitution = handled.ResearchInstitution + forward.ResearchInstitution - over.ResearchInstitution,
                PublicInterestOrganisation = handled.PublicInterestOrganisation + forward.PublicInterestOrganisation - over.PublicInterestOrganisation,
                LegalServiceAgency = handled.LegalServiceAgency + forward.LegalServiceAgency - over.LegalServiceAgency,
                OtherOrganisation = handled.OtherOrganisation + forward.OtherOrganisation - over.OtherOrganisation,
            });

            RemedyOutcomeCounts Remedy()
            {
                var r = new RemedyOutcomeCounts { Upheld = Next(), Corrected = Next(), Other = Next(), Pending = Next() };
                return r with { Total = r.Upheld + r.Corrected + r.Other + r.Pending };
            }

            int year = format == AnnualReportFormat.Format2021 ? 2023 : 2020;
            var report = new AnnualReport
            {
                Year = year,
                Format = format,
                AgencyName = "某县民政局",
                AgencyKind = AgencyKind.GovernmentDepartment,
                PublishedOn = new CalendarDate(year + 1, 1, 20),
                OverallSituation = "本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。",
                Applications = new ApplicationTable { NewlyReceived = received, CarriedOver = over, Outcomes = outcomes, CarriedForward = forward },
                ReviewAndLitigation = new ReviewAndLitigationTable { AdministrativeReconsideration = Remedy(), LitigationWithoutReconsideration = Remedy(), LitigationAfterReconsideration = Remedy() },
                ProblemsAndImprovements = "公开内容的规范性有待提高，部分栏目更新不够及时；下一步将加强培训，建立栏目更新台账。",
                OtherMatters = "本年度未收取政府信息公开信息处理费。",
            };
            return format == AnnualReportFormat.Format2021
                ? report with
                {
                    ProactiveDisclosure2021 = new ProactiveDisclosure2021
                    {
                        Rules = new DocumentCounts2021 { Issued = Next(), Repealed = Next(), InForce = Next() },
                        NormativeDocuments = new DocumentCounts2021 { Issued = Next(), Repealed = Next(), InForce = Next() },
                        LicensingDecisions = Next(),
                        PenaltyDecisions = Next(),
                        CompulsionDecisions = Next(),
                        FeeAmountTenThousandYuan = Next() / 4m,
                    },
                }
                : report with
                {
                    ProactiveDisclosure2019 = new ProactiveDisclosure2019
                    {
                        Rules = new DocumentCounts2019 { NewlyMade = Next(), NewlyPublished = Next(), TotalPublished = Next() },
                        NormativeDocuments = new DocumentCounts2019 { NewlyMade = Next(), NewlyPublished = Next(), TotalPublished = Next() },
                        AdministrativeLicensing = new ItemCounts2019 { PreviousYearItems = Next(), NetChange = Next() - 10, Decisions = Next() },
                        OtherExternalServices = new ItemCounts2019 { PreviousYearItems = Next(), NetChange = Next() - 10, Decisions = Next() },
                        AdministrativePenalties = new ItemCounts2019 { PreviousYearItems = Next(), NetChange = Next() - 10, Decisions = Next() },
                        AdministrativeCompulsion = new ItemCounts2019 { PreviousYearItems = Next(), NetChange = Next() - 10, Decisions = Next() },
                        AdministrativeFees = new FeeItemCounts2019 { PreviousYearItems = Next(), NetChange = Next() - 10 },
                        CentralisedProcurement = new ProcurementCounts2019 { ProjectCount = Next(), TotalAmount = ReportAmount.Unitless(Next() * 1.5m) },
                    },
                };
        }

        public static ApplicantCounts WithTotal(ApplicantCounts c) =>
            c with { Total = c.NaturalPerson + c.CommercialEnterprise + c.ResearchInstitution + c.PublicInterestOrganisation + c.LegalServiceAgency + c.OtherOrganisation };

        private static ApplicantCounts Sum(IEnumerable<ApplicantCounts> rows)
        {
            ApplicantCounts[] all = rows.ToArray();
            return WithTotal(new ApplicantCounts
            {
                NaturalPerson = all.Sum(r => r.NaturalPerson),
                CommercialEnterprise = all.Sum(r => r.CommercialEnterprise),
                ResearchInstitution = all.Sum(r => r.ResearchInstitution),
                PublicInterestOrganisation = all.Sum(r => r.PublicInterestOrganisation),
                LegalServiceAgency = all.Sum(r => r.LegalServiceAgency),
                OtherOrganisation = all.Sum(r => r.OtherOrganisation),
            });
        }
    }
}
