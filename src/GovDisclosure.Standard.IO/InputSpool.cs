using System;
using System.IO;
using System.Runtime.InteropServices;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Makes a forward-only input (standard input, a pipe, a FIFO, a process substitution, a network stream) readable
    /// more than once: it is read once, to its end, into a private temporary file of at most <see cref="Limit"/> bytes,
    /// which is removed when it is closed (at once on Unix, where the open file outlives its name).
    /// </summary>
    internal static class InputSpool
    {
        /// <summary>The most a forward-only input may hold: 1 GiB.</summary>
        public const long Limit = 1L << 30;

        /// <summary>Copies <paramref name="source"/> to its end into a temporary file and returns that file, positioned at its start.</summary>
        /// <exception cref="InputException">The input yields more than <see cref="Limit"/> bytes, or the copy cannot be written.</exception>
        public static Stream Copy(Stream source, SourceLocation where)
        {
            string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "govdisclosure-" + Guid.NewGuid().ToString("N") + ".spool");
            FileStream copy;
            try
            {
                copy = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
                if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
                {
                    File.Delete(path);
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new InputException(where, new BilingualText("无法建立临时文件来读取管道：" + e.Message, "Cannot make a temporary file to read the pipe into: " + e.Message), e);
            }

            try
            {
                byte[] buffer = new byte[81920];
                long total = 0;
                int read;
                while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > Limit)
                    {
                        throw new InputException(where, new BilingualText(
                            $"管道或标准输入的内容超过 {Limit >> 20} MiB，请先存为文件。",
                            $"The pipe or standard input yields more than {Limit >> 20} MiB; save it to a file first."));
                    }

                    copy.Write(buffer, 0, read);
                }

                copy.Position = 0;
                return copy;
            }
            catch (Exception e)
            {
                copy.Dispose();
                if (e is IOException io)
                {
                    throw new InputException(where, new BilingualText("读取管道中断：" + io.Message, "Reading the pipe stopped: " + io.Message), io);
                }

                throw;
            }
        }
    }
}
