using System;
using System.Linq;
using System.Reflection;
using GovDisclosure.Standard.Schema;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Tests.Schema
{
    public sealed class RequiredFieldsAgreementTests
    {
        [Theory]
        [MemberData(nameof(DocumentKindData.Codes), MemberType = typeof(DocumentKindData))]
        public void Every_field_the_schema_requires_is_reported_missing_by_the_completeness_rules(string kindCode)
        {
            DocumentKind kind = DocumentKind.Parse(kindCode);
            Type model = DocumentSchemas.ModelType(kind);
            string[] required = DocumentSchemas.For(kind)["required"]!.AsArray().Select(n => "/" + (string)n!).ToArray();
            object empty = Activator.CreateInstance(model)!;

            MethodInfo validate = typeof(DisclosureValidator).GetMethod(nameof(DisclosureValidator.Validate), new[] { Type.MakeGenericMethodParameter(0) })!
                .MakeGenericMethod(model);
            var findings = (System.Collections.Generic.IReadOnlyList<Finding>)validate.Invoke(new DisclosureValidator(), new[] { empty })!;
            string[] reported = findings.Where(f => f.Category == FindingCategory.Completeness).Select(f => f.Location.JsonPointer).ToArray();

            Assert.All(required, pointer => Assert.Contains(reported, r => r == pointer || r.StartsWith(pointer + "/", StringComparison.Ordinal)));
        }
    }
}
