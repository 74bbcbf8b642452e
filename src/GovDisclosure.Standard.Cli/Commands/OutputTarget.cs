using System;
using System.Collections.Generic;
using System.IO;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>
    /// What an output path really names, decided before anything is written: a symlink is followed to the file it
    /// points at (written through, never replaced), a folder is refused, a device or FIFO is written into directly
    /// (never deleted or replaced), and an output that is one of the inputs is refused before the input is read.
    /// </summary>
    internal sealed class OutputTarget
    {
        private OutputTarget(string path, bool existing)
        {
            Path = path;
            Existing = existing;
        }

        /// <summary>The file written: the output path with every symlink resolved.</summary>
        public string Path { get; }

        /// <summary>
        /// <c>true</c> when something is already there: a file keeps its owner, mode and links (it is overwritten in place
        /// once the new content is complete in a sibling temporary file); a device or FIFO is written into, never replaced.
        /// </summary>
        public bool Existing { get; }

        public static OutputTarget Of(string output, IEnumerable<string>? inputs = null)
        {
            string full = Resolve(output);
            if (Directory.Exists(full))
            {
                throw new CommandFailure($"{output}：这是一个文件夹，请给出要写入的文件名。", $"{output}: this is a folder; give the name of the file to write.");
            }

            foreach (string input in inputs ?? Array.Empty<string>())
            {
                if (input != StandardInput.Path && File.Exists(input) && string.Equals(Resolve(input), full, StringComparison.Ordinal))
                {
                    throw new CommandFailure($"{output}：输出文件就是输入文件，写入会毁掉输入；请换一个输出文件名。", $"{output}: the output is one of the inputs, and writing it would destroy the input; choose another output file.");
                }
            }

            if (!File.Exists(full))
            {
                string? directory = System.IO.Path.GetDirectoryName(full);
                if (directory != null && File.Exists(directory))
                {
                    throw new CommandFailure($"{output}：{directory} 是文件，不是文件夹。", $"{output}: {directory} is a file, not a folder.");
                }

                return new OutputTarget(full, false);
            }

            return new OutputTarget(full, true);
        }

        private static string Resolve(string path)
        {
            string full = System.IO.Path.GetFullPath(path);
            try
            {
                FileSystemInfo? target = File.ResolveLinkTarget(full, true);
                return target is null ? full : System.IO.Path.GetFullPath(target.FullName);
            }
            catch (IOException)
            {
                return full;
            }
        }
    }
}
