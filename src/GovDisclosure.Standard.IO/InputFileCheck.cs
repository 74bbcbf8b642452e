using System;
using System.IO;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Tells, before any reading, whether a path names an ordinary file that can be read more than once:
    /// a folder and a device (<c>/dev/zero</c> reads forever) are refused with their own message; a pipe or FIFO
    /// (read once, then gone) is read once into an <see cref="InputSpool"/>.
    /// </summary>
    internal static class InputFileCheck
    {
        /// <summary>Checks the path; returns <c>null</c> for an ordinary file, or the spooled content of a pipe or FIFO.</summary>
        public static Stream? Open(string path, SourceLocation where)
        {
            if (Directory.Exists(path))
            {
                throw new InputException(where, new BilingualText("这是一个文件夹，不是文件；请给出文件夹中的文件。", "This is a folder, not a file; name the files in it."));
            }

            if (!File.Exists(path))
            {
                throw new InputException(where, new BilingualText("文件不存在。", "The file does not exist."));
            }

            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
                if (!stream.CanSeek)
                {
                    // Opened once only: a FIFO's writer may write once, and a second open would wait for ever.
                    return InputSpool.Copy(stream, where);
                }

                // A regular file of length 0 is empty; a device reports 0 and still yields bytes (/dev/zero, /dev/urandom).
                if (stream.Length == 0 && stream.ReadByte() >= 0)
                {
                    throw NotOrdinary(where, "设备或特殊文件", "a device or special file");
                }

                return null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new InputException(where, new BilingualText("无法打开文件：" + e.Message, "Cannot open the file: " + e.Message), e);
            }
        }

        private static InputException NotOrdinary(SourceLocation where, string chinese, string english) => new InputException(where, new BilingualText(
            "这是" + chinese + "，不是普通文件，读取不会结束；请把内容存为文件。",
            "This is " + english + ", not an ordinary file, and reading it would not end; save the content to a file."));
    }
}
