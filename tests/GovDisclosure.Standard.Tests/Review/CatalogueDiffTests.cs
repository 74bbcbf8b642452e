using System.Linq;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Review;
using static GovDisclosure.Standard.Tests.Review.ReviewSamples;

namespace GovDisclosure.Standard.Tests.Review
{
    public sealed class CatalogueDiffTests
    {
        private static DiffResult After(System.Action<JsonObject> edit) => ReviewDiff.Compare(CatalogueText, Edit(CatalogueText, edit));

        [Fact]
        public void Removing_an_entry_is_breaking()
        {
            ReviewChange change = Single(After(c => c["entries"]!.AsArray().RemoveAt(1)));
            Assert.Equal((ChangeKind.Breaking, "/entries/minimumLivingAllowanceServiceGuide", "minimumLivingAllowanceServiceGuide", (string?)null),
                (change.Kind, change.Path, change.OldValue, change.NewValue));
            Assert.Contains("removed", change.Message.English);
            Assert.Contains("删除", change.Message.Chinese);
        }

        [Fact]
        public void The_same_entry_under_another_code_is_a_breaking_rename()
        {
            ReviewChange change = Single(After(c => Entry(c, "minimumLivingAllowanceServiceGuide")["code"] = "dibaoServiceGuide"));
            Assert.Equal((ChangeKind.Breaking, "minimumLivingAllowanceServiceGuide", "dibaoServiceGuide"), (change.Kind, change.OldValue, change.NewValue));
            Assert.Contains("renamed", change.Message.English);
        }

        [Fact]
        public void A_rename_is_still_found_when_the_note_also_changed()
        {
            DiffResult report = After(c =>
            {
                JsonObject entry = Entry(c, "generalPolicyDocuments");
                entry["code"] = "policyDocuments";
                entry["note"] = "rechecked";
            });
            Assert.Contains("renamed", Single(report).Message.English);
        }

        [Fact]
        public void A_new_entry_is_additive()
        {
            DiffResult report = After(c =>
            {
                JsonObject copy = Entry(c, "minimumLivingAllowanceServiceGuide").DeepClone().AsObject();
                copy["code"] = "temporaryAssistanceServiceGuide";
                copy["firstLevelItem"] = "临时救助";
                c["entries"]!.AsArray().Add(copy);
            });
            ReviewChange change = Single(report);
            Assert.Equal((ChangeKind.Additive, "/entries/temporaryAssistanceServiceGuide"), (change.Kind, change.Path));
            Assert.False(report.HasBreakingChanges);
        }

        [Theory]
        [InlineData("firstLevelItem", "特困人员救助供养")]
        [InlineData("secondLevelItem", "审批信息")]
        [InlineData("thirdLevelItem", "申请条件")]
        public void Changing_what_a_code_means_is_breaking(string field, string value)
        {
            ReviewChange change = Single(After(c => Entry(c, "generalPolicyDocuments")[field] = value));
            Assert.Equal((ChangeKind.Breaking, "/entries/generalPolicyDocuments/" + field, value), (change.Kind, change.Path, change.NewValue));
            Assert.Contains("meaning", change.Message.English);
        }

        [Fact]
        public void Full_width_or_spacing_changes_of_an_item_are_editorial()
        {
            ReviewChange change = Single(After(c => Entry(c, "generalPolicyDocuments")["secondLevelItem"] = "政策法规 文件"));
            Assert.Equal(ChangeKind.Editorial, change.Kind);
        }

        [Theory]
        [InlineData("levels", "county")]
        [InlineData("channels", "publicReadingPoint")]
        [InlineData("audiences", "public")]
        [InlineData("modes", "proactive")]
        public void Removing_a_value_from_a_closed_set_is_breaking(string field, string value)
        {
            DiffResult report = After(c =>
            {
                JsonArray values = Entry(c, "generalPolicyDocuments")[field]!.AsArray();
                values.Remove(values.First(v => (string?)v == value));
                if (values.Count == 0)
                {
                    values.Add("specificGroup");
                }
            });
            ReviewChange change = Assert.Single(report.Changes, x => x.Kind == ChangeKind.Breaking);
            Assert.Equal((ChangeKind.Breaking, "/entries/generalPolicyDocuments/" + field, value), (change.Kind, change.Path, change.OldValue));
        }

        [Theory]
        [InlineData("levels", "village")]
        [InlineData("channels", "other:村务公开栏")]
        [InlineData("modes", "onRequest")]
        public void Adding_a_value_to_a_set_is_additive(string field, string value)
        {
            ReviewChange change = Single(After(c => Entry(c, "generalPolicyDocuments")[field]!.AsArray().Add(value)));
            Assert.Equal((ChangeKind.Additive, value), (change.Kind, change.NewValue));
        }

        [Fact]
        public void Removing_a_category_is_breaking_and_adding_one_additive()
        {
            DiffResult report = After(c => Entry(c, "generalPolicyDocuments")["categories"] = new JsonArray(11));
            Assert.Equal(new[] { (ChangeKind.Breaking, "1", (string?)null), (ChangeKind.Additive, (string?)null, "11") }.Select(t => (t.Item1, (string?)t.Item2, t.Item3)),
                report.Changes.Select(x => (x.Kind, x.OldValue, x.NewValue)));
        }

        [Fact]
        public void Making_a_content_element_required_is_breaking_and_removing_one_too()
        {
            DiffResult report = After(c =>
            {
                JsonArray elements = Entry(c, "generalPolicyDocuments")["contentElements"]!.AsArray();
                elements[1]!["requirement"] = "required";
                elements.RemoveAt(0);
            });
            Assert.Equal(new[] { ChangeKind.Breaking, ChangeKind.Breaking }, report.Changes.Select(x => x.Kind));
            Assert.Contains(report.Changes, x => x.Message.English.Contains("now required"));
            Assert.Contains(report.Changes, x => x.Message.English.Contains("was removed"));
        }

        [Fact]
        public void A_new_content_element_or_one_no_longer_required_is_additive()
        {
            DiffResult report = After(c =>
            {
                JsonArray elements = Entry(c, "generalPolicyDocuments")["contentElements"]!.AsArray();
                elements[0]!["requirement"] = "optional";
                elements.Add(new JsonObject { ["name"] = "办理流程", ["requirement"] = "optional" });
            });
            Assert.Equal(new[] { ChangeKind.Additive, ChangeKind.Additive }, report.Changes.Select(x => x.Kind));
        }

        [Fact]
        public void A_different_time_limit_is_breaking()
        {
            ReviewChange change = Single(After(c => Entry(c, "generalPolicyDocuments")["timeLimit"] = "制定或获取信息之日起5个工作日内"));
            Assert.Equal((ChangeKind.Breaking, "/entries/generalPolicyDocuments/timeLimit"), (change.Kind, change.Path));
        }

        [Fact]
        public void Changing_the_catalogues_domain_is_breaking()
        {
            ReviewChange change = Single(After(c => c["domain"] = "elderlyCareServices"));
            Assert.Equal((ChangeKind.Breaking, "/domain", "socialAssistance", "elderlyCareServices"), (change.Kind, change.Path, change.OldValue, change.NewValue));
        }

        [Fact]
        public void Notes_provenance_version_legal_basis_and_responsible_body_are_editorial()
        {
            DiffResult report = After(c =>
            {
                c["version"] = "0.1.1";
                c["coverageNote"] = "Two rows, checked.";
                c["provenance"]!["note"] = "another copy";
                JsonObject entry = Entry(c, "generalPolicyDocuments");
                entry["note"] = "rechecked";
                entry["verified"] = false;
                entry["responsibleBody"] = "乡镇人民政府";
                entry["legalBasis"]!.AsArray().Add("《社会救助暂行办法》");
            });
            Assert.Equal(7, report.Changes.Count);
            Assert.All(report.Changes, x => Assert.Equal(ChangeKind.Editorial, x.Kind));
            Assert.False(report.HasBreakingChanges);
        }

        [Fact]
        public void Confirmations_and_an_inferred_category_mapping_are_editorial()
        {
            DiffResult report = After(c =>
            {
                JsonObject entry = Entry(c, "generalPolicyDocuments");
                entry["confirmedBy"] = new JsonArray("某县人民政府 — https://example.gov.cn/a (2026-11-30)");
                entry["categoriesInferred"] = true;
            });
            Assert.Equal(2, report.Changes.Count);
            Assert.All(report.Changes, x => Assert.Equal(ChangeKind.Editorial, x.Kind));
        }

        [Fact]
        public void A_rename_is_still_found_when_the_confirmations_also_changed()
        {
            DiffResult report = After(c =>
            {
                JsonObject entry = Entry(c, "generalPolicyDocuments");
                entry["code"] = "policyDocuments";
                entry["confirmedBy"] = new JsonArray("某县人民政府 — https://example.gov.cn/a (2026-11-30)");
            });
            Assert.Contains("renamed", Single(report).Message.English);
        }

        [Fact]
        public void Adding_the_guidelines_first_level_items_is_additive_and_removing_one_breaking()
        {
            string listed = Edit(CatalogueText, c => c["firstLevelItems"] = new JsonArray(
                new JsonObject { ["name"] = "政策文件", ["source"] = "民政部 — https://example.gov.cn/b" },
                new JsonObject { ["name"] = "最低生活保障", ["source"] = "民政部 — https://example.gov.cn/b" }));
            DiffResult added = ReviewDiff.Compare(CatalogueText, listed);
            Assert.Equal(2, added.Changes.Count);
            Assert.All(added.Changes, x => Assert.Equal((ChangeKind.Additive, "/firstLevelItems"), (x.Kind, x.Path)));

            string shorter = Edit(listed, c => c["firstLevelItems"]!.AsArray().RemoveAt(1));
            ReviewChange removed = Single(ReviewDiff.Compare(listed, shorter));
            Assert.Equal((ChangeKind.Breaking, "最低生活保障"), (removed.Kind, removed.OldValue));
        }

        [Fact]
        public void A_first_level_items_source_and_the_guidelines_item_counts_are_editorial()
        {
            string listed = Edit(CatalogueText, c => c["firstLevelItems"] = new JsonArray(
                new JsonObject { ["name"] = "政策文件", ["source"] = "民政部 — https://example.gov.cn/b" }));
            string edited = Edit(listed, c =>
            {
                c["firstLevelItems"]![0]!["source"] = "民政部 — https://example.gov.cn/c";
                c["guidelineItemCounts"] = new JsonObject { ["firstLevel"] = 9, ["source"] = "民政部 — https://example.gov.cn/c" };
            });
            DiffResult report = ReviewDiff.Compare(listed, edited);
            Assert.Equal(2, report.Changes.Count);
            Assert.All(report.Changes, x => Assert.Equal(ChangeKind.Editorial, x.Kind));
        }

        [Fact]
        public void A_field_the_format_does_not_know_is_additive_when_added_and_breaking_when_removed()
        {
            string withExtra = Edit(CatalogueText, c => Entry(c, "generalPolicyDocuments")["localCode"] = "A-1");
            Assert.Equal(ChangeKind.Additive, Single(ReviewDiff.Compare(CatalogueText, withExtra)).Kind);
            Assert.Equal(ChangeKind.Breaking, Single(ReviewDiff.Compare(withExtra, CatalogueText)).Kind);
        }

        [Fact]
        public void A_duplicated_code_makes_the_file_unreadable_and_names_it()
        {
            string duplicated = Edit(CatalogueText, c => Entry(c, "minimumLivingAllowanceServiceGuide")["code"] = "generalPolicyDocuments");
            var e = Assert.Throws<UnreadableReviewInputException>(() => ReviewDiff.Compare(CatalogueText, duplicated));
            Assert.Contains("generalPolicyDocuments", e.Message);
            Assert.Equal("new", e.Data["file"]);
        }
    }
}
