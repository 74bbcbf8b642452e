using System;
using System.Collections.Generic;
using System.IO;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>
    /// Makes standard input (<c>-</c>), pipes, FIFOs and process substitutions readable as files: each is read
    /// once, forward only, into a private temporary file (at most <see cref="Limit"/> bytes), which the readers then open;
    /// the format is sniffed from its first bytes unless the name has an extension. The copies are deleted when the command ends.
    /// </summary>
    internal static class InputSpool
    {
        /// <summary>The most a pipe may hold: 1 GiB.</summary>
        public const long Limit = 1L << 30;

        private static readonly List<string> Copies = new List<string>();

        /// <summary>The path to read <paramref name="path"/> from: itself for an ordinary file, else a copy of what the pipe yields.</summary>
        public static string Resolve(string path)
        {
            if (path == "-")
            {
                using Stream stdin = Console.OpenStandardInput();
                return Copy(stdin, string.Empty, "-");
            }

            if (Directory.Exists(path) || !File.Exists(path))
            {
                return path;
            }

            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return path;
            }

            using (stream)
            {
                return stream.CanSeek ? path : Copy(stream, Path.GetExtension(path), path);
            }
        }

        /// <summary>Deletes the copies made.</summary>
        public static void Clean()
        {
            lock (Copies)
            {
                foreach (string copy in Copies)
                {
                    try
                    {
                        Directory.Delete(Path.GetDirectoryName(copy)!, true);
                    }
                    catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                    {
                        // A copy left in the temporary folder is harmless.
                    }
                }

                Copies.Clear();
            }
        }

        private static string Copy(Stream source, string extension, string name)
        {
            string folder = Path.Combine(Path.GetTempPath(), "govdisclosure-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            string copy = Path.Combine(folder, "input" + extension);
            lock (Copies)
            {
                Copies.Add(copy);
            }

            using (var target = new FileStream(copy, FileMode.CreateNew, FileAccess.Write))
            {
                byte[] buffer = new byte[81920];
                long total = 0;
                int read;
                while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > Limit)
                    {
                        throw new CommandFailure($"{name}: the pipe yields more than {Limit / (1 << 20)} MiB; save it to a file first. / 管道内容超过 {Limit / (1 << 20)} MiB，请先存为文件。");
                    }

                    target.Write(buffer, 0, read);
                }
            }

            return copy;
        }
    }
}
