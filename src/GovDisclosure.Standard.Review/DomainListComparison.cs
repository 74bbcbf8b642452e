using System.Linq;
using System.Text.Json;

namespace GovDisclosure.Standard.Review
{
    /// <summary>
    /// Compares two versions of <c>catalog/domains.json</c>: domains by code. A domain's Chinese name
    /// and number are what its code means (the number is the code list's value); aliases are accepted
    /// input, so removing one breaks readers; English name, ministries and guideline are editorial.
    /// </summary>
    internal static class DomainListComparison
    {
        private static readonly (string Name, string Chinese)[] EditorialFields =
        {
            ("englishName", "英文名称"), ("ministries", "主管部门"), ("guideline", "标准指引"),
        };

        public static void Compare(JsonElement before, JsonElement after, ChangeCollector changes)
        {
            FieldComparison.Editorial(before, after, "$schema", string.Empty, "模式引用", changes);
            FieldComparison.Editorial(before, after, "version", string.Empty, "版本", changes);
            foreach (string name in CatalogueComparison.OtherFields(before, after, new[] { "$schema", "version", "domains" }))
            {
                FieldComparison.Unknown(before, after, name, string.Empty, changes);
            }

            KeyedItemsComparison.Compare(
                JsonValues.Property(before, "domains") ?? default,
                JsonValues.Property(after, "domains") ?? default,
                "/domains",
                "Domain",
                "领域",
                EditorialFields.Select(f => f.Name).ToList(),
                changes,
                (o, n, pointer) => CompareDomain(o, n, pointer, changes));
        }

        private static void CompareDomain(JsonElement before, JsonElement after, string pointer, ChangeCollector changes)
        {
            string code = JsonValues.String(after, "code")!;
            FieldComparison.Meaning(before, after, "name", pointer, "领域名称", code, changes);
            FieldComparison.Meaning(before, after, "number", pointer, "领域序号", code, changes);
            FieldComparison.ValueSet(before, after, "aliases", pointer, "别名", changes);
            foreach (var (name, chinese) in EditorialFields)
            {
                FieldComparison.Editorial(before, after, name, pointer, chinese, changes);
            }

            foreach (string name in CatalogueComparison.OtherFields(before, after, new[] { "code", "name", "number", "aliases" }.Concat(EditorialFields.Select(f => f.Name))))
            {
                FieldComparison.Unknown(before, after, name, pointer, changes);
            }
        }
    }
}
