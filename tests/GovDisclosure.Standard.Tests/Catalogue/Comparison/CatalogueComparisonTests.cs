using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Catalogue.Comparison;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Review;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Comparison;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Catalogue.Comparison
{
    public sealed class CatalogueComparisonTests
    {
        private static readonly Gen<string> Names = Gen.Elements(
            "1.社会保险登记", "（一）政策法规文件", "其它 政策文件", "法律法规之解读", "低保救助", "办理时间、地点", "ＡＢＣ　１２３", "12345热线", "1.1城乡居民", "其的它", "《收养证》")
            .SelectMany(a => Gen.Elements("", "的", " ", "、", "1.", "其它", "低保").Select(b => a + b));

        [Fact]
        public void Normalisation_folds_width_numbering_punctuation_particles_and_abbreviations()
        {
            Assert.Equal(CatalogueItemName.Normalize("政策法规文件"), CatalogueItemName.Normalize("1.政策 法规 文件"));
            Assert.Equal("城乡居民养老保险参保登记", CatalogueItemName.Normalize("1.1城乡居民养老保险参保登记"));
            Assert.Equal(CatalogueItemName.Normalize("其他政策文件"), CatalogueItemName.Normalize("（一）其它政策文件"));
            Assert.Equal(CatalogueItemName.Normalize("法律法规解读"), CatalogueItemName.Normalize("法律法规之解读"));
            Assert.Equal("最低生活保障救助", CatalogueItemName.Normalize("低保救助"));
            Assert.Equal("12345热线", CatalogueItemName.Normalize("12345热线"));
        }

        [Property]
        public Property Normalisation_is_idempotent() =>
            Prop.ForAll(Names.ToArbitrary(), name => CatalogueItemName.Normalize(CatalogueItemName.Normalize(name)) == CatalogueItemName.Normalize(name));

        [Fact]
        public void Every_built_in_catalogue_compared_with_itself_has_nothing_missing_added_or_weakened()
        {
            foreach (PilotDomain domain in PilotDomain.Declared)
            {
                IReadOnlyList<CatalogueEntry> standard = StandardCatalogue.For(domain);
                var copy = standard.Select(e => e with { Code = null }).ToArray();
                CatalogueStandardComparison comparison = CatalogueStandardComparison.Compare(domain, copy, standard);
                Assert.Equal((standard.Count, 0, 0, 0), (comparison.Matched, comparison.Missing, comparison.Added, comparison.Weakened));
                Assert.Empty(comparison.Differences);
            }
        }

        [Property]
        public Property A_catalogue_compared_with_any_reordering_of_itself_matches_every_entry() =>
            Prop.ForAll(Gen.Shuffle(StandardCatalogue.For(PilotDomain.Parse("socialAssistance")).ToArray()).ToArbitrary(), shuffled =>
            {
                CatalogueStandardComparison comparison = CatalogueStandardComparison.Compare(null, shuffled, StandardCatalogue.For(PilotDomain.Parse("socialAssistance")));
                return comparison.Missing == 0 && comparison.Added == 0 && comparison.Differences.Count == 0;
            });

        [Fact]
        public void A_longer_time_limit_fewer_channels_and_on_request_only_are_each_a_weakening()
        {
            CatalogueEntry standard = StandardEntry("socialAssistance", 0);
            CatalogueEntry local = standard with
            {
                Code = null,
                TimeLimit = DisclosureTimeLimit.Parse("制定或获取信息之日起20个工作日内"),
                Channels = new[] { standard.Channels[0] },
                Modes = new[] { DisclosureMode.OnRequest },
            };
            var differences = CatalogueStandardComparison.Compare(null, new[] { local }, new[] { standard }).Differences;
            Assert.Equal(
                new[] { CatalogueAspect.TimeLimit, CatalogueAspect.Channels, CatalogueAspect.Modes },
                differences.Where(d => d.Direction == CatalogueDifferenceDirection.Weaker).Select(d => d.Aspect));
        }

        [Fact]
        public void Working_days_against_calendar_days_is_not_comparable_and_a_shorter_limit_is_stronger()
        {
            CatalogueEntry standard = StandardEntry("socialAssistance", 0);
            CatalogueStandardComparison calendar = CatalogueStandardComparison.Compare(null, new[] { standard with { Code = null, TimeLimit = DisclosureTimeLimit.Parse("制定或获取信息之日起10日内") } }, new[] { standard });
            CatalogueStandardComparison shorter = CatalogueStandardComparison.Compare(null, new[] { standard with { Code = null, TimeLimit = DisclosureTimeLimit.Parse("制定或获取信息之日起5个工作日内") } }, new[] { standard });
            Assert.Equal(CatalogueDifferenceDirection.NotComparable, Assert.Single(calendar.Differences).Direction);
            Assert.Equal(CatalogueDifferenceDirection.Stronger, Assert.Single(shorter.Differences).Direction);
        }

        [Fact]
        public void A_missing_required_element_is_a_weakening()
        {
            CatalogueEntry standard = StandardEntry("socialAssistance", 1);
            CatalogueEntry local = standard with { Code = null, ContentElements = standard.ContentElements.Take(1).ToArray() };
            CatalogueEntryDifference difference = Assert.Single(CatalogueStandardComparison.Compare(null, new[] { local }, new[] { standard }).Differences);
            Assert.Equal((CatalogueAspect.ContentElements, CatalogueDifferenceDirection.Weaker, "社会救助投诉举报电话"), (difference.Aspect, difference.Direction, difference.StandardValue));
        }

        [Fact]
        public void A_truncated_name_is_a_probable_match_with_its_score_and_an_unrelated_one_an_addition()
        {
            CatalogueEntry standard = StandardEntry("socialAssistance", 0);
            CatalogueEntry truncated = standard with { Code = null, SecondLevelItem = "政策" };
            CatalogueEntry unrelated = standard with { Code = null, FirstLevelItem = "临时救助", SecondLevelItem = "救助资金发放", ContentElements = new[] { new ContentElement("发放名单") } };
            CatalogueAlignment<CatalogueEntry> alignment = CatalogueMatching.Align(new[] { truncated, unrelated }, new[] { standard }, CatalogueItemKey.Of);
            CatalogueMatch<CatalogueEntry> match = Assert.Single(alignment.Matches);
            Assert.Equal(CatalogueMatchKind.Probable, match.Kind);
            Assert.InRange(match.Score, CatalogueMatching.ProbableThreshold, 0.99);
            Assert.Same(unrelated, Assert.Single(alignment.Added));
            Assert.Empty(alignment.Missing);
        }

        [Fact]
        public void Findings_grade_missing_and_weakened_as_warnings_and_the_rest_as_information()
        {
            IReadOnlyList<Finding> findings = Compare("gaizhou-social-assistance.csv", "socialAssistance", out _);
            Assert.All(findings.Where(f => f.RuleId is "GD-CMP-001" or "GD-CMP-002"), f => Assert.Equal(FindingSeverity.Warning, f.Severity));
            Assert.All(Compare("mengtong-social-insurance.csv", "socialInsurance", out _).Where(f => f.RuleId == "GD-CMP-003"), f => Assert.Equal(FindingSeverity.Information, f.Severity));
            Assert.Equal(10, RuleRegistry.All.Count(d => d.Id.StartsWith("GD-CMP-", System.StringComparison.Ordinal)));
        }

        [Fact]
        public void Xjbz_work_safety_matches_its_five_rows_and_misses_the_five_standard_items_after_them()
        {
            Compare("xjbz-work-safety.csv", "workSafety", out CatalogueStandardComparison comparison);
            Assert.Equal((5, 5, 0, 0), (comparison.Matched, comparison.Missing, comparison.Added, comparison.Weakened));
            Assert.Equal(new[] { "重要会议", "重大政策解读", "行政许可", "行政处罚", "行政强制" }, comparison.Alignment.Missing.Select(e => e.SecondLevelItem));
        }

        [Fact]
        public void Gaizhou_social_assistance_drops_channels_of_both_rows()
        {
            Compare("gaizhou-social-assistance.csv", "socialAssistance", out CatalogueStandardComparison comparison);
            Assert.Equal((2, 10, 0, 2), (comparison.Matched, comparison.Missing, comparison.Added, comparison.Weakened));
            Assert.Equal(
                new[] { "governmentWebsite, publicReadingPoint, governmentServiceCentre", "governmentWebsite, publicReadingPoint, governmentServiceCentre, noticeBoard" },
                comparison.Differences.Select(d => d.StandardValue));
            Assert.All(comparison.Differences, d => Assert.Equal((CatalogueAspect.Channels, "governmentWebsite"), (d.Aspect, d.LocalValue)));
        }

        [Fact]
        public void Ynfq_elderly_care_keeps_every_required_element_and_channel_with_the_hall_under_its_variant_name()
        {
            // ■政府服务中心 is read as 政务服务中心, so no channel is lost.
            Compare("ynfq-elderly-care.csv", "elderlyCareServices", out CatalogueStandardComparison comparison);
            Assert.Equal((2, 4, 0, 0), (comparison.Matched, comparison.Missing, comparison.Added, comparison.Weakened));
        }

        [Fact]
        public void Qzlj_items_finer_than_the_standard_are_additions_and_mengtong_matches_the_standard_item()
        {
            Compare("mengtong-social-insurance.csv", "socialInsurance", out CatalogueStandardComparison mengtong);
            Compare("qzlj-household-registration.xlsx", "householdRegistration", out CatalogueStandardComparison qzlj);
            Assert.Equal((1, 9, 0), (mengtong.Matched, mengtong.Missing, mengtong.Added));
            Assert.Equal((0, 11, 6), (qzlj.Matched, qzlj.Missing, qzlj.Added));
        }

        [Fact]
        public void Diff_finds_a_code_rename_by_the_shared_name_matching_even_when_the_time_limit_changed()
        {
            string before = System.IO.File.ReadAllText(RepositoryFiles.PathOf("catalog", "domains", "workSafety.catalog.json"));
            string after = before.Replace("\"code\": \"majorDecisionDrafts\"", "\"code\": \"decisionDrafts\"").Replace("\"timeLimit\": \"按进展情况及时公开\"", "\"timeLimit\": \"按进展情况公开\"");
            Assert.Contains(ReviewDiff.Compare(before, after).Changes, c => c.Message.English.Contains("renamed") && c.NewValue == "decisionDrafts");
        }

        private static CatalogueEntry StandardEntry(string domain, int index) => StandardCatalogue.For(PilotDomain.Parse(domain))[index];

        private static IReadOnlyList<Finding> Compare(string file, string domain, out CatalogueStandardComparison comparison)
        {
            SourceInput input = SourceInput.Open(RepositoryFiles.PathOf("tests", "RealDocuments", "catalogues", file), new InputOptions { DisplayName = file, Kind = DocumentKind.CatalogueEntry });
            var locations = new Dictionary<CatalogueEntry, SourceLocation>(System.Collections.Generic.ReferenceEqualityComparer.Instance);
            var entries = new List<CatalogueEntry>();
            foreach (RecordValidation record in new DisclosureValidator().Validate(input.Kind, input.Records()))
            {
                entries.Add((CatalogueEntry)record.Document!);
                locations[entries[^1]] = record.Record.Origin;
            }

            comparison = CatalogueStandardComparison.CompareWithBuiltIn(PilotDomain.Parse(domain), entries);
            return CatalogueComparisonFindings.Of(comparison, e => locations.TryGetValue(e, out SourceLocation? l) ? l : new SourceLocation { File = "standard" }, new SourceLocation { File = file });
        }
    }
}
