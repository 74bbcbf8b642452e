using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Validation.AnnualReports;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// What the cross-year pairing keeps of where a report's cells are (GD-AR-009/015/017 related locations): the
    /// locations the record gives, unchanged, with each cell's location kept once for all the reports laid out alike,
    /// so a folder of a thousand reports of one template does not keep a thousand copies. Structural, never timings.
    /// </summary>
    public class RememberedPlacesTests
    {
        private static readonly string[] Pointers = { "/applications/carriedOver/naturalPerson", "/applications/carriedForward/naturalPerson", "/overallSituation" };

        private static readonly IReadOnlyDictionary<string, int> Slots = Pointers.Select((p, i) => (p, i)).ToDictionary(p => p.p, p => p.i);

        private static SourceRecord Page(string file, string? otherFile = null)
        {
            var fields = new Dictionary<string, SourceLocation>
            {
                ["/applications/carriedOver/naturalPerson"] = new SourceLocation { File = file, Table = "表三", RowLabel = "二、上年结转政府信息公开申请数量", ColumnLabel = "申请人情况 / 自然人", ElementPath = "html/body/div[3]/div/table[2]/tbody/tr[5]/td[3]" },
                ["/applications/carriedForward/naturalPerson"] = new SourceLocation { File = otherFile ?? file, Table = "表三", RowLabel = "四、结转下年度继续办理", ColumnLabel = "申请人情况 / 自然人", ElementPath = "html/body/div[3]/div/table[2]/tbody/tr[26]/td[3]" },
            };
            return new SourceRecord(1, JsonDocument.Parse("{}").RootElement.Clone(), new SourceLocation { File = file }, fields);
        }

        [Fact]
        public void Each_place_is_the_location_the_record_gives_for_that_cell()
        {
            SourceRecord record = Page("2023.html", otherFile: "elsewhere.html");

            var places = new RememberedPlaces(record, Pointers, Slots, new LocationPool());

            foreach (string pointer in Pointers)
            {
                Assert.True(places.TryGetValue(pointer, out SourceLocation? place));
                Assert.Equal(record.Locate(pointer), place);
            }

            Assert.False(places.TryGetValue("/applications/newlyReceived/total", out _));
            Assert.False(places.AllShared);
        }

        [Fact]
        public void Reports_laid_out_alike_share_one_copy_of_each_cell_location_whatever_their_number()
        {
            var pool = new LocationPool();

            List<RememberedPlaces> kept = Enumerable.Range(0, 1000).Select(i => new RememberedPlaces(Page($"{i:D5}.html"), Pointers, Slots, pool)).ToList();

            Assert.Equal(Pointers.Length, pool.Count);
            Assert.All(kept, places => Assert.True(places.AllShared));
            Assert.True(kept[999].TryGetValue(Pointers[1], out SourceLocation? place));
            Assert.Equal("00999.html", place!.File);
            Assert.Equal("html/body/div[3]/div/table[2]/tbody/tr[26]/td[3]", place.ElementPath);
        }
    }
}
