using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;
using static GovDisclosure.Standard.Tests.Validation.Samples;

namespace GovDisclosure.Standard.Tests.Validation
{
    public class RuleSetTests
    {
        private sealed class ItemNameHasNoLatinLetters : DocumentRule<ServiceGuide>
        {
            public ItemNameHasNoLatinLetters()
                : base(new RuleDescriptor("CQ-SG-001", FindingSeverity.Warning, FindingCategory.Wording, DocumentKind.ServiceGuide, new BilingualText("事项名称含英文字母", "Item name has Latin letters"), new BilingualText("重庆规则示例。", "A Chongqing rule, for example.")))
            {
            }

            public override IEnumerable<Finding> Check(ServiceGuide document, RuleContext context)
            {
                if (document.ItemName != null && document.ItemName.Any(c => c < 128 && char.IsLetter(c)))
                {
                    yield return Report(context, "/itemName", new BilingualText("事项名称含英文字母。", "The item name has Latin letters."), document.ItemName);
                }
            }
        }

        private sealed class Throwing : DocumentRule<ServiceGuide>
        {
            public Throwing()
                : base(new RuleDescriptor("X-001", FindingSeverity.Error, FindingCategory.Structure, DocumentKind.ServiceGuide, new BilingualText("抛出", "Throws"), new BilingualText("抛出异常。", "Throws.")))
            {
            }

            public override IEnumerable<Finding> Check(ServiceGuide document, RuleContext context) => throw new InvalidOperationException("boom");
        }

        [Fact]
        public void Users_add_their_own_rules_to_a_named_set_without_forking()
        {
            RuleSet chongqing = RuleSet.Standard.With(new ItemNameHasNoLatinLetters()).Named("chongqing");
            var validator = new DisclosureValidator(chongqing);

            Assert.Equal("chongqing", validator.RunInfo.RuleSetName);
            Assert.Contains("CQ-SG-001", validator.RunInfo.RuleIds);
            Assert.Equal(new[] { "CQ-SG-001" }, validator.Validate(Guide() with { ItemName = "ABC证明" }).Select(f => f.RuleId));
            Assert.Empty(validator.Validate(Guide()));
            Assert.DoesNotContain(RuleSet.Standard.Rules, r => r.Id == "CQ-SG-001");
        }

        [Fact]
        public void Stricter_set_raises_a_warning_to_an_error_and_without_removes_a_rule()
        {
            ServiceGuide vague = Guide() with { HandlingBody = "有关部门" };

            Assert.Equal(FindingSeverity.Warning, new DisclosureValidator().Validate(vague).Single().Severity);
            Assert.Equal(FindingSeverity.Error, new DisclosureValidator(RuleSet.Standard.WithSeverity("GD-SG-003", FindingSeverity.Error)).Validate(vague).Single().Severity);
            Assert.Equal(FindingSeverity.Error, new DisclosureValidator(RuleSet.Strict).Validate(vague).Single().Severity);
            Assert.Empty(new DisclosureValidator(RuleSet.Standard.Without("GD-SG-003")).Validate(vague));
            Assert.Equal(FindingSeverity.Error, RuleSet.Strict.Describe().Single(d => d.Id == "GD-SG-003").Severity);
        }

        [Fact]
        public void Misspelt_rule_id_and_removing_the_unreadable_record_rule_are_errors()
        {
            Assert.Throws<ArgumentException>(() => RuleSet.Standard.Without("GD-SG-999"));
            Assert.Throws<InvalidOperationException>(() => RuleSet.Standard.Without("GD-STR-001"));
            Assert.Throws<ArgumentException>(() => RuleSet.Standard.WithSeverity("GD-XX-001", FindingSeverity.Error));
        }

        [Fact]
        public void Built_in_sets_are_found_by_name()
        {
            Assert.Same(RuleSet.Standard, RuleSet.FindBuiltIn("Standard"));
            Assert.Same(RuleSet.Strict, RuleSet.FindBuiltIn("strict"));
            Assert.Null(RuleSet.FindBuiltIn("lenient"));
        }

        [Fact]
        public void Built_in_names_are_the_names_of_the_built_in_sets_and_each_finds_its_set()
        {
            Assert.Equal(RuleSet.BuiltIn.Select(s => s.Name), RuleSet.BuiltInNames);
            foreach (RuleSet set in RuleSet.BuiltIn)
            {
                Assert.Same(set, RuleSet.FindBuiltIn(" " + set.Name.ToUpperInvariant() + " "));
            }
        }

        [Fact]
        public void Failing_rule_becomes_a_finding_and_the_other_rules_still_run()
        {
            var validator = new DisclosureValidator(RuleSet.Standard.With(new Throwing()));

            IReadOnlyList<Finding> findings = validator.Validate(Guide() with { HandlingBody = "有关部门" });

            Assert.Contains(findings, f => f.RuleId == "X-001" && f.Message.English.Contains("boom"));
            Assert.Contains(findings, f => f.RuleId == "GD-SG-003");
        }

        [Fact]
        public void Run_info_names_the_library_version_calendar_years_and_value_set_version()
        {
            ValidationRunInfo info = new DisclosureValidator().RunInfo;

            Assert.StartsWith("0.1.0", info.LibraryVersion);
            Assert.Contains("/sha256:", info.CodelistVersion);
            Assert.Equal(Enumerable.Range(2020, 7), info.CalendarYears);
            Assert.Equal("standard", info.RuleSetName);
            Assert.Equal(RuleSet.Standard.Rules.Select(r => r.Id), info.RuleIds);
        }
    }
}
