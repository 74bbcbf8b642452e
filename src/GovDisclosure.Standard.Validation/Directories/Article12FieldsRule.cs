using System.Collections.Generic;
using GovDisclosure.Standard.Directories;

namespace GovDisclosure.Standard.Validation.Directories
{
    /// <summary>GD-DIR-001: a directory item gives the four fields Art. 12 requires.</summary>
    internal sealed class Article12FieldsRule : RequiredFieldsRule<DirectoryItem>
    {
        public static readonly Article12FieldsRule Instance = new Article12FieldsRule();

        private static readonly RequiredField<DirectoryItem>[] Fields =
        {
            new RequiredField<DirectoryItem>("/indexNumber", "索引号", "index number", d => TextChecks.HasText(d.IndexNumber)),
            new RequiredField<DirectoryItem>("/title", "信息名称", "title", d => TextChecks.HasText(d.Title)),
            new RequiredField<DirectoryItem>("/summary", "内容概述", "summary", d => TextChecks.HasText(d.Summary)),
            new RequiredField<DirectoryItem>("/createdOn", "生成日期", "date created", d => d.CreatedOn != null),
        };

        private Article12FieldsRule()
            : base(RuleDescriptors.DirectoryArticle12Fields)
        {
        }

        protected override BilingualText Requirement => new BilingualText("条例第十二条", "Article 12 of the Regulations");

        protected override IEnumerable<RequiredField<DirectoryItem>> FieldsOf(DirectoryItem document) => Fields;
    }
}
