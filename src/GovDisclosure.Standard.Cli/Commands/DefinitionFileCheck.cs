using System;
using System.IO;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>
    /// Refuses, before <c>diff</c> reads it whole, a definition file that is a device, a pipe or larger than
    /// <see cref="Limit"/>: catalogue definitions, schemas and API listings are a few hundred kilobytes, and <c>/dev/zero</c> never ends.
    /// </summary>
    internal static class DefinitionFileCheck
    {
        /// <summary>The largest definition file read: 64 MiB.</summary>
        public const long Limit = 64L << 20;

        public static void Ensure(string path)
        {
            if (Directory.Exists(path) || !File.Exists(path))
            {
                return;
            }

            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
                if (!stream.CanSeek || (stream.Length == 0 && stream.ReadByte() >= 0))
                {
                    throw new CommandFailure($"{path}：不是普通文件（设备、管道或 FIFO）。", $"{path}: not an ordinary file (a device, pipe or FIFO).");
                }

                if (stream.Length > Limit)
                {
                    throw new CommandFailure($"{path}：文件超过 {Limit >> 20} MiB，不是定义文件。", $"{path}: larger than {Limit >> 20} MiB: not a definition file.");
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new CommandFailure($"{path}: {e.Message}");
            }
        }
    }
}
