using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>
    /// GD-CAT-001: every column of the national minimum (国办发〔2019〕54号) is filled. 公开层级 is not
    /// among them: several ministries' catalogues have no level column.
    /// </summary>
    internal sealed class ColumnsPresentRule : RequiredFieldsRule<CatalogueEntry>
    {
        public static readonly ColumnsPresentRule Instance = new ColumnsPresentRule();

        private static readonly RequiredField<CatalogueEntry>[] Fields =
        {
            new RequiredField<CatalogueEntry>("/firstLevelItem", "一级事项", "first-level item", e => TextChecks.HasText(e.FirstLevelItem)),
            new RequiredField<CatalogueEntry>("/secondLevelItem", "二级事项", "second-level item", e => TextChecks.HasText(e.SecondLevelItem)),
            new RequiredField<CatalogueEntry>("/contentElements", "公开内容（要素）", "content elements", e => e.ContentElements.Any(c => TextChecks.HasText(c.Name))),
            new RequiredField<CatalogueEntry>("/timeLimit", "公开时限", "time limit", e => e.TimeLimit != null && TextChecks.HasText(e.TimeLimit.Text)),
            new RequiredField<CatalogueEntry>("/responsibleBody", "公开主体", "responsible body", e => TextChecks.HasText(e.ResponsibleBody)),
            new RequiredField<CatalogueEntry>("/channels", "公开渠道和载体", "channels", e => e.Channels.Count > 0),
            new RequiredField<CatalogueEntry>("/audiences", "公开对象", "audience", e => e.Audiences.Count > 0),
            new RequiredField<CatalogueEntry>("/modes", "公开方式", "mode", e => e.Modes.Count > 0),
        };

        private ColumnsPresentRule()
            : base(RuleDescriptors.ColumnsPresent)
        {
        }

        protected override BilingualText Requirement => new BilingualText("标准目录必填栏目", "a required column of the standard catalogue");

        protected override IEnumerable<RequiredField<CatalogueEntry>> FieldsOf(CatalogueEntry document) => Fields;
    }
}
