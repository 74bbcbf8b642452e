using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Reporting.Comparison;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.ServiceGuides.Comparison;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Validation.Comparison;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.ServiceGuides.Comparison
{
    /// <summary>
    /// The consistency check of service guides published in several places, on the real pair (the 姓名变更、更正登记 guide on
    /// yynanhu.yueyang.gov.cn and on the 岳阳市 portal) and on a copy with documented changes; the expected differences are
    /// written down in tests/RealDocuments/service-guides/*.source.md.
    /// </summary>
    public sealed class ServiceGuideComparisonTests
    {
        private static readonly Gen<string> Names = Gen.Elements(
            "姓名变更、更正登记办事指南", "姓名变更、更正登记（非行政许可事项）", "1.临时救助（急难型）", "其它 证明", "出生登记服务指南", "（一）户口迁移", "ＡＢ　１")
            .SelectMany(a => Gen.Elements("", "办事指南", "(行政确认)", " ", "、").Select(b => a + b));

        [Fact]
        public void The_two_published_copies_differ_in_basis_conditions_and_fees_and_the_city_copy_ends_before_place_body_hours_and_procedure()
        {
            ComparisonReport report = Compare("yueyang-nanhu-name-change.json", "yueyang-city-name-change.json");

            ServiceGuideSourcePair pair = Assert.Single(report.Guides);
            Assert.Equal(ServiceGuideMatchKind.Name, Assert.Single(pair.Comparison.Matches).Kind);
            Assert.Equal(
                new[]
                {
                    ("GD-CMP-009", "/legalBasis"), ("GD-CMP-009", "/conditions"), ("GD-CMP-010", "/handlingPlace"), ("GD-CMP-010", "/handlingBody"),
                    ("GD-CMP-009", "/fees"), ("GD-CMP-010", "/officeHours"), ("GD-CMP-010", "/procedure"),
                },
                report.Findings.Select(f => (f.RuleId, f.Location.JsonPointer)));
            Assert.All(report.Findings, f => Assert.Equal("yueyang-city-name-change.json", Assert.Single(f.RelatedLocations).File));
            Assert.Contains("《中华人民共和国户口登记条例》", report.Findings[0].Message.Chinese);
            Assert.Equal(0, report.ExitCode(FindingSeverity.Error));
            Assert.Equal(1, report.ExitCode(FindingSeverity.Warning));
        }

        [Fact]
        public void A_copy_with_documented_changes_gives_each_change_and_nothing_else_with_both_cells()
        {
            ComparisonReport report = Compare("yueyang-nanhu-name-change.json", "yueyang-nanhu-name-change-edited.csv");

            Assert.Equal(
                new[]
                {
                    ("GD-CMP-008", "/materials/1", "/materials"), ("GD-CMP-008", "/materials", "/materials/1"), ("GD-CMP-009", "/officeHours", "/officeHours"),
                    ("GD-CMP-010", "/contactPhone", "/contactPhone"), ("GD-CMP-010", "/promisedTimeLimit", "/promisedTimeLimit"),
                },
                report.Findings.Select(f => (f.RuleId, f.Location.JsonPointer, f.RelatedLocations[0].JsonPointer)));
            Assert.Equal("办理时间", report.Findings[2].RelatedLocations[0].Cell);
            Assert.Equal(2, report.Findings[2].RelatedLocations[0].Line);
        }

        [Fact]
        public void Every_corpus_guide_compared_with_itself_has_no_difference()
        {
            foreach (string file in new[] { "yueyang-nanhu-name-change.json", "yueyang-city-name-change.json", "shangluo-temporary-assistance.json", "yaoan-temporary-assistance.json" })
            {
                ComparisonReport report = Compare(file, file);
                Assert.Single(Assert.Single(report.Guides).Comparison.Matches);
                Assert.Empty(report.Findings);
            }
        }

        [Fact]
        public void Items_in_one_source_only_are_listed_with_the_other_source_related()
        {
            var a = new ServiceGuide { ItemName = "临时救助", ImplementingBody = "甲县民政局" };
            var b = new ServiceGuide { ItemName = "临时救助", ImplementingBody = "乙县民政局" };
            var c = new ServiceGuide { ItemName = "出生登记", BasicCode = "000123" };
            var d = new ServiceGuide { ItemName = "新生儿出生登记", BasicCode = "000123" };

            ServiceGuideComparison comparison = ServiceGuideComparison.Compare(new[] { a, c }, new[] { b, d });

            Assert.Equal(ServiceGuideMatchKind.BasicCode, Assert.Single(comparison.Matches).Kind);
            Assert.Equal((a, b), (Assert.Single(comparison.OnlyInFirst), Assert.Single(comparison.OnlyInSecond)));
            IReadOnlyList<Finding> findings = ServiceGuideComparisonFindings.Of(
                comparison, (g, p) => new SourceLocation { File = g == a || g == c ? "a.json" : "b.json", JsonPointer = p }, new SourceLocation { File = "a.json" }, new SourceLocation { File = "b.json" });
            Assert.Equal(new[] { ("GD-CMP-007", "a.json", "b.json"), ("GD-CMP-007", "b.json", "a.json") }, findings.Select(f => (f.RuleId, f.Location.File!, f.RelatedLocations[0].File!)));
        }

        [Fact]
        public void Time_limits_compare_by_period_and_bases_by_the_documents_they_cite()
        {
            var first = new ServiceGuide
            {
                ItemName = "x",
                LegalTimeLimit = TimePeriod.WorkingDays(20),
                PromisedTimeLimit = TimePeriod.WorkingDays(5),
                LegalBasis = new[] { "《中华人民共和国户口登记条例》第十八条" },
                Fees = new[] { new ServiceFee { Standard = "8元", Basis = "湘价费〔2008〕63号" } },
            };
            var second = first with
            {
                PromisedTimeLimit = TimePeriod.WorkingDays(3),
                LegalBasis = new[] { "《中华人民共和国户口登记条例》" },
                Fees = new[] { new ServiceFee { Standard = "8 元", Basis = "省物价局、省财政厅《通知》（湘价费[2008]63号）" } },
            };

            IReadOnlyList<ServiceGuideDifference> differences = ServiceGuideComparer.Compare(new ServiceGuideMatch(first, second, ServiceGuideMatchKind.Name));

            ServiceGuideDifference only = Assert.Single(differences);
            Assert.Equal((ServiceGuideElement.PromisedTimeLimit, ServiceGuideDifferenceKind.Differs), (only.Element, only.Kind));
        }

        [Fact]
        public void Item_names_drop_the_guide_suffix_and_a_bracketed_item_type_but_keep_other_brackets()
        {
            Assert.Equal(ServiceItemName.Normalize("姓名变更、更正登记办事指南"), ServiceItemName.Normalize("姓名变更、更正登记(非行政许可事项)"));
            Assert.NotEqual(ServiceItemName.Normalize("临时救助（急难型）"), ServiceItemName.Normalize("临时救助（支出型）"));
        }

        [Fact]
        public void Item_name_normalisation_is_idempotent() =>
            Prop.ForAll(Names.ToArbitrary(), name => ServiceItemName.Normalize(ServiceItemName.Normalize(name)) == ServiceItemName.Normalize(name))
                .QuickCheckThrowOnFailure();

        [Fact]
        public void Comparable_text_is_idempotent_and_blind_to_width_spacing_and_punctuation()
        {
            Prop.ForAll(Names.ToArbitrary(), text => ComparableText.Prose(ComparableText.Prose(text)) == ComparableText.Prose(text) && ComparableText.Name(ComparableText.Name(text)) == ComparableText.Name(text))
                .QuickCheckThrowOnFailure();
            Assert.Equal(ComparableText.Prose("上午:8:00—12:00；下午"), ComparableText.Prose("上午：８:00-12:00; 下午"));
        }

        private static ComparisonReport Compare(string first, string second) =>
            ComparisonRun.CompareServiceGuides(new[] { Source(first), Source(second) });

        private static ValidationSource Source(string file) =>
            ValidationSource.FromFile(RepositoryFiles.PathOf("tests", "RealDocuments", "service-guides", file), new InputOptions { DisplayName = file });
    }
}
