using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Input
{
    public class ForwardOnlyInputTests
    {
        private const string Lines =
            "{\"firstLevelItem\":\"综合业务\",\"secondLevelItem\":\"政策法规文件\"}\n" +
            "{\"firstLevelItem\":\"综合业务\",\"secondLevelItem\":\"规划计划\"}\n";

        [Fact]
        public void A_stream_that_cannot_seek_is_read_once_and_its_records_can_be_enumerated_twice()
        {
            var stream = new NonSeekableStream(new MemoryStream(Encoding.UTF8.GetBytes(Lines)), 7);

            SourceInput input = SourceInput.Open(stream, new InputOptions { DisplayName = "-" });

            Assert.Equal(InputFormat.JsonLines, input.Format);
            Assert.Equal(DocumentKind.CatalogueEntry, input.Kind);
            Assert.Equal(2, input.Records().Count());
            Assert.Equal(2, input.Records().Count());
        }
    }
}
