using System;
using System.IO;
using GovDisclosure.Standard.Input;

namespace Bailuwan.CountyPortal
{
    /// <summary>
    /// An uploaded export saved to a temporary file (上传的导出文件), with the name the person gave it and
    /// the format its name or content type declares (<c>null</c>: told from the content). The file is
    /// deleted on <see cref="Dispose"/>.
    /// </summary>
    internal sealed class UploadedExport : IDisposable
    {
        public UploadedExport(string path, string displayName, long length, InputFormat? declaredFormat)
        {
            Path = path;
            DisplayName = displayName;
            Length = length;
            DeclaredFormat = declaredFormat;
        }

        public string Path { get; }

        public string DisplayName { get; }

        public long Length { get; }

        public InputFormat? DeclaredFormat { get; }

        public void Dispose()
        {
            try
            {
                File.Delete(Path);
            }
            catch (IOException)
            {
                // A temporary file that cannot be deleted now is left to the system's temp cleaner.
            }
        }
    }
}
