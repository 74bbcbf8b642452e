using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;
using GovDisclosure.Standard.Json;
using Xunit;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// <see cref="SourceInput.Envelope"/> of a workbook opened before gives the envelope found at opening while the file's
    /// bytes are those opened, and reads the workbook afresh once they are not.
    /// </summary>
    public class XlsxEnvelopeReuseTests
    {
        private const string Record = "{\"firstLevelItem\":\"综合业务\",\"secondLevelItem\":\"政策法规文件\",\"timeLimit\":\"信息形成或变更之日起20个工作日内\"}";

        [Fact]
        public void The_envelope_of_an_unchanged_workbook_is_the_one_a_fresh_reader_finds()
        {
            string path = Path.Combine(Path.GetTempPath(), "govdisclosure-envelope-" + Guid.NewGuid().ToString("N") + ".xlsx");
            try
            {
                File.WriteAllBytes(path, Workbook("青山县人民政府办公室"));
                SourceInput input = SourceInput.Open(path);
                DocumentEnvelope? first = input.Envelope();
                Assert.Single(input.Records());
                DocumentEnvelope? second = input.Envelope();
                using var fresh = new XlsxRecordReader(File.OpenRead(path), new InputOptions { DisplayName = path });
                Assert.Equal(Publisher(fresh.Envelope), Publisher(first));
                Assert.Equal("青山县人民政府办公室", Publisher(second));
                Assert.Equal(fresh.Envelope!.RecordsMember, first!.RecordsMember);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void The_envelope_of_a_workbook_changed_since_it_was_opened_is_read_afresh()
        {
            string path = Path.Combine(Path.GetTempPath(), "govdisclosure-envelope-" + Guid.NewGuid().ToString("N") + ".xlsx");
            try
            {
                File.WriteAllBytes(path, Workbook("青山县人民政府办公室"));
                SourceInput input = SourceInput.Open(path);
                File.WriteAllBytes(path, Workbook("绿水镇人民政府"));
                Assert.Equal("绿水镇人民政府", Publisher(input.Envelope()));
            }
            finally
            {
                File.Delete(path);
            }
        }

        private static byte[] Workbook(string publisher)
        {
            using JsonDocument members = JsonDocument.Parse("{\"publisher\":\"" + publisher + "\"}");
            var envelope = new DocumentEnvelope("entries", 1, members.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, JsonElement>(p.Name, p.Value.Clone())).ToList());
            var workbook = new MemoryStream();
            using (JsonDocument record = JsonDocument.Parse(Record))
            {
                TabularWriter.WriteXlsx(workbook, DocumentKind.CatalogueEntry, new[] { record.RootElement }, null, null, envelope);
            }

            return workbook.ToArray();
        }

        private static string? Publisher(DocumentEnvelope? envelope) =>
            envelope?.Members.Single(m => m.Key == "publisher").Value.GetString();
    }
}
