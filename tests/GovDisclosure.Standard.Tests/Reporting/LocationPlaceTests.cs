using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Reporting;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// The text and HTML reports show a finding's place as its location's text without the JSON pointer. <see cref="LocationPlace"/>
    /// puts a place in a text file together directly: for every location it must say what the copy without the pointer says.
    /// </summary>
    public class LocationPlaceTests
    {
        private static readonly string?[] Texts = { null, string.Empty, "a.json", "目录 #1.jsonl", "/tmp/x:1", "表三", "r", "C7" };

        private static readonly long?[] Numbers = { null, 0, 1, 12, -3, long.MaxValue };

        [Property(MaxTest = 1000)]
        public Property A_place_is_the_location_s_text_without_its_pointer()
        {
            Gen<string?> texts = Gen.Elements(Texts);
            Gen<long?> numbers = Gen.Elements(Numbers);
            Gen<SourceLocation> locations =
                from file in texts
                from record in numbers
                from pointer in Gen.Elements(string.Empty, "/a", "/materials/2/name")
                from line in numbers
                from column in numbers
                from sheet in Gen.Frequency((4, Gen.Constant<string?>(null)), (1, texts))
                from row in numbers
                from cell in texts
                from table in Gen.Frequency((4, Gen.Constant<string?>(null)), (1, texts))
                from elementPath in Gen.Frequency((4, Gen.Constant<string?>(null)), (1, texts))
                from page in Gen.Frequency((4, Gen.Constant<int?>(null)), (1, Gen.Choose(1, 30).Select(p => (int?)p)))
                select new SourceLocation
                {
                    File = file,
                    RecordNumber = record,
                    JsonPointer = pointer,
                    Line = line,
                    Column = column,
                    Sheet = sheet,
                    Row = row,
                    Cell = cell,
                    Table = table,
                    ElementPath = elementPath,
                    Page = page,
                };
            return Prop.ForAll(locations.ToArbitrary(), location =>
            {
                string expected = (location with { JsonPointer = string.Empty }).ToString();
                string actual = LocationPlace.Of(location);
                return (expected == actual).Label(expected + " | " + actual);
            });
        }
    }
}
