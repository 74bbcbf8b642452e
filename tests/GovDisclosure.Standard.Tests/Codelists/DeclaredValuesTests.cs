using System.Collections;
using System.Linq;
using System.Reflection;

namespace GovDisclosure.Standard.Tests.Codelists
{
    /// <summary>A code list's declared values, read from its own fields, are the values SmartEnum lists by searching the assembly.</summary>
    public sealed class DeclaredValuesTests
    {
        [Fact]
        public void Every_code_list_declares_the_values_smart_enum_lists_in_the_same_order()
        {
            Assert.NotEmpty(CodelistCatalog.Types);
            foreach (var codelist in CodelistCatalog.Types)
            {
                // SmartEnum's own list (every field of the type found by looking through the assembly), by value as before.
                var listed = ((IEnumerable)codelist.BaseType!.BaseType!.BaseType!.GetProperty("List", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!.GetValue(null)!)
                    .Cast<object>().OrderBy(CodelistCatalog.Order).ToArray();
                Assert.Equal(listed, CodelistCatalog.Declared(codelist));

                // No two values share an order, so no tie is left to the order of a search.
                Assert.Equal(listed.Length, listed.Select(CodelistCatalog.Order).Distinct().Count());
            }
        }
    }
}
