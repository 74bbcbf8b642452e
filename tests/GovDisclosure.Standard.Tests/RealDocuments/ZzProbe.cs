using System.IO;
using System.Linq;
using GovDisclosure.Standard.Input.AnnualReports;

namespace GovDisclosure.Standard.Tests.RealDocuments
{
    public class ZzProbe
    {
        [Fact]
        public void Probe()
        {
            foreach (string f in new[] { "pdfs/huaian-city-2024.pdf", "pages/shanghai-municipal-government-office-2019.pdf" })
            {
                var text = PdfParagraphs.Of(File.ReadAllBytes(PublishedReportPdfTableTests.PdfPath(f)), out _, out _)!;
                var tables = PdfTables.Recover(text.Lines, !f.Contains("2019"));
                File.WriteAllText("/tmp/r3/" + Path.GetFileNameWithoutExtension(f) + ".lines.txt", string.Join("\n", text.Lines.Select(l => string.Join(" | ", l.Runs.Select(r => r.ToString() + " s" + r.Size.ToString("0.0"))))));
                File.WriteAllText("/tmp/r3/" + Path.GetFileNameWithoutExtension(f) + ".tables.html", string.Join("\n\n", tables.Select(t => t.Key + "\n" + t.Value.Replace("<tr>", "\n<tr>"))));
            }
        }
    }
}
