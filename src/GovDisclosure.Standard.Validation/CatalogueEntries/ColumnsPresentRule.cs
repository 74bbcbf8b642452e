using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>
    /// GD-CAT-001: every column of the national minimum (国办发〔2019〕54号) is filled. 公开层级 is not
    /// among them: several ministries' catalogues have no level column.
    /// </summary>
    internal sealed class ColumnsPresentRule : RequiredFieldsRule<CatalogueEntry>
    {
        public static readonly ColumnsPresentRule Instance = new ColumnsPresentRule();


        private ColumnsPresentRule()
            : base(RuleDescriptors.ColumnsPresent)
        {
        }

        protected override IEnumerable<RequiredField> FieldsOf(CatalogueEntry document) => Required.Fields;

        /// <summary>The required columns, made when the rule first checks an entry (a run that checks none never makes them).</summary>
        private static class Required
        {
            /// <summary>The required columns, but for 公开依据 (GD-CAT-005).</summary>
            public static readonly RequiredField[] Fields = RequiredField.AllExcept<CatalogueEntry>(nameof(CatalogueEntry.LegalBasis));
        }
    }
}
