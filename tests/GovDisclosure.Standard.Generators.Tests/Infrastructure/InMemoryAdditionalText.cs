using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GovDisclosure.Standard.Generators.Tests.Infrastructure
{
    /// <summary>An additional file held in memory, as MSBuild would pass it to the compiler.</summary>
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText text;

        public InMemoryAdditionalText(string path, string content)
        {
            Path = path;
            text = SourceText.From(content, System.Text.Encoding.UTF8);
        }

        /// <summary>A file as the compiler decoded it (its encoding, and any characters the decoder substituted).</summary>
        public InMemoryAdditionalText(string path, SourceText decoded)
        {
            Path = path;
            text = decoded;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
