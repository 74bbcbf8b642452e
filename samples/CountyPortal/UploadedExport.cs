using System;
using System.IO;
using System.Threading.Tasks;
using GovDisclosure.Standard.Input;

namespace Bailuwan.CountyPortal
{
    /// <summary>
    /// An uploaded export (上传的导出文件) as a seekable stream, with the name the person gave it and the
    /// format its name or content type declares (<c>null</c>: told from the content).
    /// </summary>
    internal sealed class UploadedExport : IAsyncDisposable
    {
        public UploadedExport(Stream content, string displayName, long length, InputFormat? declaredFormat)
        {
            Content = content;
            DisplayName = displayName;
            Length = length;
            DeclaredFormat = declaredFormat;
        }

        /// <summary>The upload's bytes, seekable.</summary>
        public Stream Content { get; }

        /// <summary>The file name as uploaded.</summary>
        public string DisplayName { get; }

        /// <summary>The size in bytes.</summary>
        public long Length { get; }

        /// <summary>The format the name or content type declares.</summary>
        public InputFormat? DeclaredFormat { get; }

        public ValueTask DisposeAsync() => Content.DisposeAsync();
    }
}
