using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>GD-AR-001: the report names its year, format and agency, and has its sections.</summary>
    internal sealed class HeaderAndSectionsRule : RequiredFieldsRule<AnnualReport>
    {
        public static readonly HeaderAndSectionsRule Instance = new HeaderAndSectionsRule();

        private static readonly RequiredField[] Fields = RequiredField.AllOf<AnnualReport>();

        private HeaderAndSectionsRule()
            : base(RuleDescriptors.HeaderAndSections)
        {
        }

        protected override IEnumerable<RequiredField> FieldsOf(AnnualReport document) => Fields;
    }
}
