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
            : base(new RuleDescriptor(
                "GD-DIR-001",
                FindingSeverity.Error,
                FindingCategory.Completeness,
                DocumentKind.DirectoryItem,
                new BilingualText("公开目录缺少第十二条要求的信息", "Directory item lacks an Article 12 field"),
                new BilingualText(
                    "条例第十二条：政府信息公开目录应当包括政府信息的索引、名称、内容概述、生成日期等内容。",
                    "Article 12 of the Regulations: a disclosure directory gives, per item, its index number, name, summary and date created.")))
        {
        }

        protected override BilingualText Requirement => new BilingualText("条例第十二条", "Article 12 of the Regulations");

        protected override IEnumerable<RequiredField<DirectoryItem>> FieldsOf(DirectoryItem document) => Fields;
    }
}
