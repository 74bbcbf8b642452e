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

        /// <summary>The required columns, but for 公开依据 (GD-CAT-005).</summary>
        private static readonly RequiredField[] Fields = RequiredField.AllExcept<CatalogueEntry>("legalBasis");

        private ColumnsPresentRule()
            : base(new RuleDescriptor(
                "GD-CAT-001",
                FindingSeverity.Error,
                FindingCategory.Completeness,
                DocumentKind.CatalogueEntry,
                new BilingualText("标准目录栏目缺失", "Catalogue column missing"),
                new BilingualText(
                    "标准目录每一条须填写：一级事项、二级事项、公开内容（要素）、公开时限、公开主体、公开渠道和载体、公开对象、公开方式（国办发〔2019〕54号）。公开依据另见 GD-CAT-005；公开层级不属于国家最低要求，可以不填。",
                    "Every catalogue entry fills the columns first-level item, second-level item, content elements, time limit, responsible body, channels, audience and mode (国办发〔2019〕54号). The legal basis is GD-CAT-005; the levels (公开层级) are not part of the national minimum and may be left out.")))
        {
        }

        protected override BilingualText Requirement => new BilingualText("标准目录必填栏目", "a required column of the standard catalogue");

        protected override IEnumerable<RequiredField> FieldsOf(CatalogueEntry document) => Fields;
    }
}
