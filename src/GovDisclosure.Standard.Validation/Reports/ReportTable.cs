using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Reports;

namespace GovDisclosure.Standard.Validation.Reports
{
    /// <summary>
    /// The annual report's tables 三 and 四 as rows and cells with their JSON pointers and printed
    /// names, so that every rule speaks of the same cells in the same words.
    /// </summary>
    internal static class ReportTable
    {
        /// <summary>The applicant columns of table 三, then 总计.</summary>
        public static readonly IReadOnlyList<Column> Columns = new[]
        {
            new Column("naturalPerson", "自然人", "natural persons", c => c.NaturalPerson),
            new Column("commercialEnterprise", "商业企业", "commercial enterprises", c => c.CommercialEnterprise),
            new Column("researchInstitution", "科研机构", "research institutions", c => c.ResearchInstitution),
            new Column("publicInterestOrganisation", "社会公益组织", "public-interest organisations", c => c.PublicInterestOrganisation),
            new Column("legalServiceAgency", "法律服务机构", "legal service agencies", c => c.LegalServiceAgency),
            new Column("otherOrganisation", "其他（法人或其他组织）", "other organisations", c => c.OtherOrganisation),
            new Column("total", "总计", "total", c => c.Total),
        };

        /// <summary>The six applicant columns, without 总计.</summary>
        public static IReadOnlyList<Column> ApplicantColumns => Columns.Take(6).ToArray();

        /// <summary>The 总计 column.</summary>
        public static Column TotalColumn => Columns[6];

        /// <summary>The groups of table 四 and their cells.</summary>
        public static readonly IReadOnlyList<(string Key, string Chinese, string English, Func<ReviewAndLitigationTable, RemedyOutcomeCounts?> Get)> RemedyGroups = new (string, string, string, Func<ReviewAndLitigationTable, RemedyOutcomeCounts?>)[]
        {
            ("administrativeReconsideration", "行政复议", "administrative reconsideration", t => t.AdministrativeReconsideration),
            ("litigationWithoutReconsideration", "行政诉讼（未经复议直接起诉）", "litigation without reconsideration", t => t.LitigationWithoutReconsideration),
            ("litigationAfterReconsideration", "行政诉讼（复议后起诉）", "litigation after reconsideration", t => t.LitigationAfterReconsideration),
        };

        /// <summary>The cells of a group of table 四: the four results, then 总计.</summary>
        public static readonly IReadOnlyList<(string Key, string Chinese, string English, Func<RemedyOutcomeCounts, int?> Get)> RemedyCells = new (string, string, string, Func<RemedyOutcomeCounts, int?>)[]
        {
            ("upheld", "结果维持", "upheld", c => c.Upheld),
            ("corrected", "结果纠正", "corrected", c => c.Corrected),
            ("other", "其他结果", "other result", c => c.Other),
            ("pending", "尚未审结", "pending", c => c.Pending),
            ("total", "总计", "total", c => c.Total),
        };

        public static Row NewlyReceived(ApplicationTable t) => new Row("/applications/newlyReceived", "一、本年新收申请", "I. received this year", t.NewlyReceived);

        public static Row CarriedOver(ApplicationTable t) => new Row("/applications/carriedOver", "二、上年结转申请", "II. carried over from last year", t.CarriedOver);

        public static Row OutcomeTotal(ApplicationOutcomes o) => new Row("/applications/outcomes/total", "三（七）总计", "III.(7) total handled", o.Total);

        public static Row CarriedForward(ApplicationTable t) => new Row("/applications/carriedForward", "四、结转下年度继续办理", "IV. carried forward to next year", t.CarriedForward);

        /// <summary>The rows that make up 三(七), grouped as the form groups them; a group that is absent is one row with no counts.</summary>
        public static IReadOnlyList<Row> OutcomeParts(ApplicationOutcomes o, AnnualReportFormat? format)
        {
            const string p = "/applications/outcomes";
            var rows = new List<Row>
            {
                new Row(p + "/disclosed", "三（一）予以公开", "III.(1) disclosed", o.Disclosed),
                new Row(p + "/partiallyDisclosed", "三（二）部分公开", "III.(2) partially disclosed", o.PartiallyDisclosed),
            };
            if (o.Withheld is null)
            {
                rows.Add(Row.Absent(p + "/withheld", "三（三）不予公开", "III.(3) withheld"));
            }
            else
            {
                WithheldCounts w = o.Withheld;
                rows.AddRange(new[]
                {
                    new Row(p + "/withheld/stateSecret", "三（三）1.属于国家秘密", "III.(3)1 state secret", w.StateSecret),
                    new Row(p + "/withheld/prohibitedByLaw", "三（三）2.其他法律行政法规禁止公开", "III.(3)2 prohibited by law", w.ProhibitedByLaw),
                    new Row(p + "/withheld/endangersSecurityOrStability", "三（三）3.危及“三安全一稳定”", "III.(3)3 endangers security or stability", w.EndangersSecurityOrStability),
                    new Row(p + "/withheld/thirdPartyInterests", "三（三）4.保护第三方合法权益", "III.(3)4 third-party interests", w.ThirdPartyInterests),
                    new Row(p + "/withheld/internalAffairs", "三（三）5.属于三类内部事务信息", "III.(3)5 internal affairs", w.InternalAffairs),
                    new Row(p + "/withheld/processInformation", "三（三）6.属于四类过程性信息", "III.(3)6 process information", w.ProcessInformation),
                    new Row(p + "/withheld/enforcementCaseFiles", "三（三）7.属于行政执法案卷", "III.(3)7 enforcement case files", w.EnforcementCaseFiles),
                    new Row(p + "/withheld/administrativeQuery", "三（三）8.属于行政查询事项", "III.(3)8 administrative query", w.AdministrativeQuery),
                });
            }

            if (o.UnableToProvide is null)
            {
                rows.Add(Row.Absent(p + "/unableToProvide", "三（四）无法提供", "III.(4) unable to provide"));
            }
            else
            {
                UnableToProvideCounts u = o.UnableToProvide;
                rows.AddRange(new[]
                {
                    new Row(p + "/unableToProvide/notHeld", "三（四）1.本机关不掌握相关政府信息", "III.(4)1 not held", u.NotHeld),
                    new Row(p + "/unableToProvide/needsCreation", "三（四）2.没有现成信息需要另行制作", "III.(4)2 needs creating", u.NeedsCreation),
                    new Row(p + "/unableToProvide/unclearAfterCorrection", "三（四）3.补正后申请内容仍不明确", "III.(4)3 unclear after amendment", u.UnclearAfterCorrection),
                });
            }

            if (o.NotProcessed is null)
            {
                rows.Add(Row.Absent(p + "/notProcessed", "三（五）不予处理", "III.(5) not processed"));
            }
            else
            {
                NotProcessedCounts n = o.NotProcessed;
                rows.AddRange(new[]
                {
                    new Row(p + "/notProcessed/petitionOrComplaint", "三（五）1.信访举报投诉类申请", "III.(5)1 petition or complaint", n.PetitionOrComplaint),
                    new Row(p + "/notProcessed/repeatedApplication", "三（五）2.重复申请", "III.(5)2 repeated application", n.RepeatedApplication),
                    new Row(p + "/notProcessed/publicationRequested", "三（五）3.要求提供公开出版物", "III.(5)3 publication requested", n.PublicationRequested),
                    new Row(p + "/notProcessed/unreasonableMassRequests", "三（五）4.无正当理由大量反复申请", "III.(5)4 unreasonable mass requests", n.UnreasonableMassRequests),
                    new Row(p + "/notProcessed/confirmationOrReissue", "三（五）5.要求行政机关确认或重新出具已获取信息", "III.(5)5 confirmation or reissue", n.ConfirmationOrReissue),
                });
            }

            rows.AddRange(OtherProcessingRows(o, format));
            return rows;
        }

        /// <summary>The rows of 三(六): one in the 2019 format, three in the 2021 format (a 2019 report's extra rows are counted too when given).</summary>
        public static IReadOnlyList<Row> OtherProcessingRows(ApplicationOutcomes o, AnnualReportFormat? format)
        {
            const string p = "/applications/outcomes/otherProcessing";
            if (o.OtherProcessing is null)
            {
                return new[] { Row.Absent(p, "三（六）其他处理", "III.(6) other processing") };
            }

            OtherProcessingCounts x = o.OtherProcessing;
            bool threeRows = format == AnnualReportFormat.Format2021 || x.OverdueCorrection != null || x.OverdueFee != null;
            var rows = new List<Row>();
            if (threeRows)
            {
                rows.Add(new Row(p + "/overdueCorrection", "三（六）1.申请人无正当理由逾期不补正", "III.(6)1 amendment overdue", x.OverdueCorrection));
                rows.Add(new Row(p + "/overdueFee", "三（六）2.申请人逾期未按收费通知缴纳费用", "III.(6)2 fee overdue", x.OverdueFee));
            }

            rows.Add(new Row(p + "/other", threeRows ? "三（六）3.其他" : "三（六）其他处理", threeRows ? "III.(6)3 other" : "III.(6) other processing", x.Other));
            return rows;
        }

        /// <summary>Every row of table 三 that exists in the report (absent groups as one row).</summary>
        public static IEnumerable<Row> AllRows(ApplicationTable t, AnnualReportFormat? format)
        {
            yield return NewlyReceived(t);
            yield return CarriedOver(t);
            if (t.Outcomes is null)
            {
                yield return Row.Absent("/applications/outcomes", "三、本年度办理结果", "III. outcomes");
            }
            else
            {
                foreach (Row row in OutcomeParts(t.Outcomes, format))
                {
                    yield return row;
                }

                yield return OutcomeTotal(t.Outcomes);
            }

            yield return CarriedForward(t);
        }

        /// <summary>A column of table 三.</summary>
        internal sealed class Column
        {
            public Column(string key, string chinese, string english, Func<ApplicantCounts, int?> get)
            {
                Key = key;
                Chinese = chinese;
                English = english;
                Get = get;
            }

            public string Key { get; }

            public string Chinese { get; }

            public string English { get; }

            public Func<ApplicantCounts, int?> Get { get; }
        }

        /// <summary>A row of table 三: where it is, its printed name and its counts (<c>null</c> when the row is absent).</summary>
        internal sealed class Row
        {
            public Row(string pointer, string chinese, string english, ApplicantCounts? counts)
            {
                Pointer = pointer;
                Chinese = chinese;
                English = english;
                Counts = counts;
            }

            public string Pointer { get; }

            public string Chinese { get; }

            public string English { get; }

            public ApplicantCounts? Counts { get; }

            public static Row Absent(string pointer, string chinese, string english) => new Row(pointer, chinese, english, null);

            public Cell CellOf(Column column) =>
                new Cell(JsonPointer.Append(Pointer, column.Key), Chinese + "·" + column.Chinese, English + ", " + column.English, Counts is null ? null : column.Get(Counts));
        }
    }
}
