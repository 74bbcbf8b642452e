using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GovDisclosure.Standard.Generators.Tests
{
    /// <summary>
    /// A catalogue file saved in another encoding than UTF-8 is refused with GDGEN014 (the compiler would otherwise
    /// read its Chinese text as other characters, silently); UTF-8 with or without a byte-order mark and UTF-16 are read.
    /// </summary>
    public sealed class EncodingTests
    {
        private const string CataloguePath = "/project/catalog/socialAssistance.catalog.json";
        private const string OtherPath = "/project/catalog/health.catalog.json";

        private static readonly string Other = CatalogueText.Valid.Replace("\"socialAssistance\"", "\"health\"");

        static EncodingTests()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }

        private static byte[] Gb18030Bytes => Encoding.GetEncoding("GB18030").GetBytes(CatalogueText.Valid);

        [Fact]
        public void A_gb18030_file_the_compiler_read_in_a_western_code_page_is_refused_and_generates_nothing()
        {
            var asCompilerFallsBack = SourceText.From(Encoding.Latin1.GetString(Gb18030Bytes), Encoding.Latin1);

            GeneratorOutcome outcome = GeneratorHarness.Run(new AdditionalText[]
            {
                new InMemoryAdditionalText(CataloguePath, asCompilerFallsBack),
                new InMemoryAdditionalText(OtherPath, Other),
            });

            Diagnostic diagnostic = Assert.Single(outcome.Diagnostics);
            Assert.Equal("GDGEN014", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(CataloguePath, diagnostic.Location.GetLineSpan().Path);
            Assert.Contains("iso-8859-1", diagnostic.GetMessage(), System.StringComparison.Ordinal);
            Assert.Contains("save it as UTF-8", diagnostic.GetMessage(), System.StringComparison.Ordinal);
            Assert.DoesNotContain(outcome.Sources.Keys, k => k.Contains("SocialAssistance", System.StringComparison.Ordinal));
            Assert.Contains(outcome.Sources.Keys, k => k.Contains("HealthCatalogue", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_file_decoded_with_replacement_characters_is_refused_at_the_first_byte_that_is_not_utf8()
        {
            var decoded = SourceText.From(new MemoryStream(Gb18030Bytes));
            int first = decoded.ToString().IndexOf('\uFFFD');
            LinePosition expected = decoded.Lines.GetLinePosition(first);

            GeneratorOutcome outcome = GeneratorHarness.Run(new AdditionalText[] { new InMemoryAdditionalText(CataloguePath, decoded) });

            Diagnostic diagnostic = Assert.Single(outcome.Diagnostics);
            Assert.Equal("GDGEN014", diagnostic.Id);
            Assert.Equal(expected, diagnostic.Location.GetLineSpan().StartLinePosition);
            Assert.Contains($"line {expected.Line + 1}, column {expected.Character + 1}", diagnostic.GetMessage(), System.StringComparison.Ordinal);
            Assert.Empty(outcome.Sources);
        }

        [Fact]
        public void A_domain_list_in_another_encoding_is_refused_too()
        {
            string domains = File.ReadAllText(Repository.PathOf("catalog", "domains.json"));
            byte[] bytes = Encoding.GetEncoding("GB18030").GetBytes(domains);
            var asCompilerFallsBack = SourceText.From(Encoding.Latin1.GetString(bytes), Encoding.Latin1);

            GeneratorOutcome outcome = GeneratorHarness.Run(new AdditionalText[] { new InMemoryAdditionalText("/project/catalog/domains.json", asCompilerFallsBack) });

            Assert.Equal("GDGEN014", Assert.Single(outcome.Diagnostics).Id);
        }

        [Theory]
        [InlineData("utf-8 with a byte-order mark")]
        [InlineData("utf-16")]
        public void Unicode_files_with_a_byte_order_mark_are_read(string form)
        {
            Encoding encoding = form == "utf-16" ? Encoding.Unicode : new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
            byte[] bytes = encoding.GetPreamble().Concat(encoding.GetBytes(CatalogueText.Valid)).ToArray();

            GeneratorOutcome outcome = GeneratorHarness.Run(new AdditionalText[] { new InMemoryAdditionalText(CataloguePath, SourceText.From(new MemoryStream(bytes))) });

            Assert.Empty(outcome.Diagnostics);
            Assert.Contains(outcome.Sources.Keys, k => k.Contains("SocialAssistanceCatalogue", System.StringComparison.Ordinal));
        }
    }
}
