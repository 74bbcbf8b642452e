using System.IO;
using System.Text;
using GovDisclosure.Standard.Generators.Diagnostics;
using GovDisclosure.Standard.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace GovDisclosure.Standard.Generators.Reading
{
    /// <summary>
    /// Whether an additional file was read as Unicode text. The compiler decodes an additional file as UTF-8 and,
    /// when its bytes are not UTF-8, falls back to a Western code page: a catalogue saved as GB18030 would then
    /// generate garbled item names without any error. Such a file is refused with GDGEN014.
    /// </summary>
    internal static class Utf8TextCheck
    {
        private const char ReplacementCharacter = '\uFFFD';

        /// <summary>The GDGEN014 diagnostic for <paramref name="text"/>, or <c>null</c> when it is Unicode text.</summary>
        public static DiagnosticInfo? Problem(string path, SourceText? text)
        {
            if (text is null)
            {
                return null;
            }

            string name = Path.GetFileName(path);
            Encoding? encoding = text.Encoding;
            if (encoding != null && !IsUnicode(encoding))
            {
                return DiagnosticInfo.At(GeneratorDiagnostics.NotUtf8, path, SourceSpan.None, name,
                    $"its bytes are not valid UTF-8, so the compiler read it as {encoding.WebName} (code page {encoding.CodePage})");
            }

            string content = text.ToString();
            int at = content.IndexOf(ReplacementCharacter);
            if (at < 0)
            {
                return null;
            }

            LinePosition start = text.Lines.GetLinePosition(at);
            var span = new SourceSpan(at, 1, start.Line, start.Character, start.Line, start.Character + 1);
            return DiagnosticInfo.At(GeneratorDiagnostics.NotUtf8, path, span, name,
                $"at {span.Describe()} it holds U+FFFD, the character a decoder puts for bytes that are not UTF-8");
        }

        private static bool IsUnicode(Encoding encoding) =>
            encoding.CodePage == 65001 || encoding.CodePage == 1200 || encoding.CodePage == 1201 || encoding.CodePage == 12000 || encoding.CodePage == 12001;
    }
}
