using System;
using System.IO;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>Writes an output file all at once or not at all: into a temporary file beside it, moved into place when complete.</summary>
    internal static class OutputFiles
    {
        public static void Write(string path, Action<Stream> write)
        {
            string full = Path.GetFullPath(path);
            string? directory = Path.GetDirectoryName(full);
            if (directory != null)
            {
                Directory.CreateDirectory(directory);
            }

            string temporary = full + ".tmp-" + Guid.NewGuid().ToString("N").Substring(0, 8);
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite))
                {
                    write(stream);
                }

                if (File.Exists(full))
                {
                    File.Delete(full);
                }

                File.Move(temporary, full);
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }
    }
}
