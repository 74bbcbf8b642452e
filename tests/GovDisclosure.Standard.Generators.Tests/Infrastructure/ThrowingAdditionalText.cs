using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GovDisclosure.Standard.Generators.Tests.Infrastructure
{
    /// <summary>An additional file whose text cannot be read: the generator must turn the failure into GDGEN010.</summary>
    internal sealed class ThrowingAdditionalText : AdditionalText
    {
        public ThrowingAdditionalText(string path)
        {
            Path = path;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("the file cannot be read");
    }
}
