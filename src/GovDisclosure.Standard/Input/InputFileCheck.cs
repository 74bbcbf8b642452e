using System;
using System.IO;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Tells, before any reading, whether a path names an ordinary file that can be read more than once:
    /// a folder, a device (<c>/dev/zero</c> reads forever) and a pipe or FIFO (read once, then gone) are refused with their own message.
    /// </summary>
    internal static class InputFileCheck
    {
        public static void Ensure(string path, SourceLocation where)
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
                    throw NotOrdinary(where, "管道或 FIFO", "a pipe or FIFO");
                }

                // A regular file of length 0 is empty; a device reports 0 and still yields bytes (/dev/zero, /dev/urandom).
                if (stream.Length == 0 && stream.ReadByte() >= 0)
                {
                    throw NotOrdinary(where, "设备或特殊文件", "a device or special file");
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new InputException(where, new BilingualText("无法打开文件：" + e.Message, "Cannot open the file: " + e.Message), e);
            }
        }

        private static InputException NotOrdinary(SourceLocation where, string chinese, string english) => new InputException(where, new BilingualText(
            "这是" + chinese + "，不是普通文件，不能多次读取；请把内容存为文件，或用 - 从标准输入读取。",
            "This is " + english + ", not an ordinary file, and cannot be read more than once; save it to a file, or read it from standard input with -."));
    }
}
