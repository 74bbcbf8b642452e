using System;
using System.Collections.Generic;
using System.IO;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>Writes an output file all at once or not at all: into a temporary file beside it, moved into place (or, over an existing file, copied in place) when complete.</summary>
    internal static class OutputFiles
    {
        public static void Write(string path, Action<Stream> write, IEnumerable<string>? inputs = null)
        {
            OutputTarget target = OutputTarget.Of(path, inputs);
            string full = target.Path;
            string? directory = Path.GetDirectoryName(full);
            if (directory != null)
            {
                Directory.CreateDirectory(directory);
            }

            string temporary = Path.Combine(directory ?? ".", "." + Path.GetFileName(full) + ".tmp-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            try
            {
                FileStream created;
                try
                {
                    created = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite);
                }
                catch (UnauthorizedAccessException) when (target.Existing)
                {
                    // An existing file or device in a folder we may not write to (/dev/null): its content is copied in, so the temporary file can live elsewhere.
                    temporary = Path.Combine(Path.GetTempPath(), "govdisclosure-" + Guid.NewGuid().ToString("N"));
                    created = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite);
                }

                using (var stream = created)
                {
                    write(stream);
                }

                if (!target.Existing)
                {
                    File.Move(temporary, full);
                    return;
                }

                // Overwritten in place, never deleted: a file keeps its owner, mode and hard links; a device stays a device.
                using var source = new FileStream(temporary, FileMode.Open, FileAccess.Read);
                using var destination = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.Read);
                // A character device (/dev/null, /dev/full) is seekable but cannot be truncated (EINVAL); it has no length either.
                if (destination.CanSeek && destination.Length > 0)
                {
                    destination.SetLength(0);
                }

                source.CopyTo(destination);
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
