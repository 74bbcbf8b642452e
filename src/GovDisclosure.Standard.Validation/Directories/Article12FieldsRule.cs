using System.Collections.Generic;
using GovDisclosure.Standard.Directories;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.Directories
{
    /// <summary>GD-DIR-001: a directory item gives the four fields Art. 12 requires.</summary>
    internal sealed class Article12FieldsRule : RequiredFieldsRule<DirectoryItem>
    {
        public static readonly Article12FieldsRule Instance = new Article12FieldsRule();

        private static readonly RequiredField[] Fields = RequiredField.AllOf<DirectoryItem>();

        private Article12FieldsRule()
            : base(RuleDescriptors.DirectoryArticle12Fields)
        {
        }

        protected override IEnumerable<RequiredField> FieldsOf(DirectoryItem document) => Fields;
    }
}
