using System;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// What the first bytes of an input say it is when it is none of the formats read (文件类型识别): an empty file,
    /// an image, a PDF, an archive, an old Office 97–2003 file (.xls, .doc) or an encrypted workbook, a ZIP that
    /// is no workbook. Each gets its own message instead of "no header row".
    /// </summary>
    internal static class ContentSignature
    {
        /// <summary>How many bytes are looked at.</summary>
        public const int HeadLength = 16;

        private static readonly (byte[] Magic, string Chinese, string English)[] Known =
        {
            (new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "PNG 图片", "a PNG image"),
            (new byte[] { 0xFF, 0xD8, 0xFF }, "JPEG 图片", "a JPEG image"),
            (new byte[] { 0x47, 0x49, 0x46, 0x38 }, "GIF 图片", "a GIF image"),
            (new byte[] { 0x49, 0x49, 0x2A, 0x00 }, "TIFF 图片", "a TIFF image"),
            (new byte[] { 0x4D, 0x4D, 0x00, 0x2A }, "TIFF 图片", "a TIFF image"),
            (new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "PDF 文档", "a PDF document"),
            (new byte[] { 0x1F, 0x8B }, "gzip 压缩包", "a gzip archive"),
            (new byte[] { 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C }, "7z 压缩包", "a 7z archive"),
            (new byte[] { 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07 }, "RAR 压缩包", "a RAR archive"),
            (new byte[] { 0x42, 0x5A, 0x68 }, "bzip2 压缩包", "a bzip2 archive"),
            (new byte[] { 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00 }, "xz 压缩包", "an xz archive"),
        };

        private static readonly byte[] Ole2 = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

        private static readonly byte[] Zip = { 0x50, 0x4B, 0x03, 0x04 };

        private static readonly byte[] Pdf = { 0x25, 0x50, 0x44, 0x46, 0x2D };

        /// <summary>Refuses, with its own message, an input that is empty or whose first bytes name a format that is not read.</summary>
        /// <param name="content">The input at its start; it must seek, and is left at its start.</param>
        /// <param name="name">The file name, whose extension tells an encrypted .xlsx from an old .xls.</param>
        /// <param name="where">Where to say the problem is.</param>
        /// <exception cref="InputException">The input is empty or is not a format that is read.</exception>
        public static void Check(Stream content, string name, SourceLocation where)
        {
            long start = content.Position;
            byte[] head = new byte[HeadLength];
            int count = 0;
            int read;
            while (count < head.Length && (read = content.Read(head, count, head.Length - count)) > 0)
            {
                count += read;
            }

            bool zip = StartsWith(head, count, Zip);
            bool workbook = zip && IsWorkbook(content, start);
            content.Position = start;
            if (count == 0)
            {
                throw new InputException(where, new BilingualText("文件是空的（0 字节），没有可读取的记录。", "The file is empty (0 bytes): there are no records to read."));
            }

            if (count < head.Length && IsBlank(head, count))
            {
                throw new InputException(where, new BilingualText("文件只有字节顺序标记（BOM）或空白，没有可读取的记录。", "The file holds only a byte-order mark or blanks: there are no records to read."));
            }

            if (StartsWith(head, count, Ole2) && Path.GetExtension(name).ToLowerInvariant() != ".xls")
            {
                string extension = Path.GetExtension(name).ToLowerInvariant();
                throw new InputException(where, extension == ".xlsx" || extension == ".xlsm"
                    ? new BilingualText(
                        "这是一个加密（设有打开密码）的工作簿，或是以 .xlsx 为扩展名保存的旧版 Excel 97-2003 文件，无法读取；请取消密码或另存为“Excel 工作簿（*.xlsx）”。",
                        "This is an encrypted (password-protected) workbook, or an old Excel 97-2003 file saved with a .xlsx extension, and cannot be read; remove the password or save it as an Excel Workbook (*.xlsx).")
                    : new BilingualText(
                        "这是旧版 Excel 97-2003 工作簿（.xls）或其他 Office 97-2003 文件，不能直接读取；请在 Excel 或 WPS 中另存为“Excel 工作簿（*.xlsx）”或 CSV（UTF-8）。",
                        "This is an old Excel 97-2003 workbook (.xls) or another Office 97-2003 file, which is not read; save it from Excel or WPS as an Excel Workbook (*.xlsx) or as CSV (UTF-8)."));
            }

            if (zip && !workbook)
            {
                throw new InputException(where, new BilingualText(
                    "这是一个 ZIP 压缩包（或 Word 等其他 Office 文档），不是 Excel 工作簿；请解压后给出其中的 JSON、CSV 或 XLSX 文件。",
                    "This is a ZIP archive (or a Word or other Office document), not an Excel workbook; extract it and name the JSON, CSV or XLSX files inside."));
            }

            if (StartsWith(head, count, Pdf) && string.Equals(Path.GetExtension(name), ".pdf", System.StringComparison.OrdinalIgnoreCase))
            {
                // A .pdf is read as a published annual report (its text layer); a PDF under another name is refused below.
                return;
            }

            foreach ((byte[] magic, string chinese, string english) in Known)
            {
                if (StartsWith(head, count, magic))
                {
                    throw new InputException(where, new BilingualText(
                        $"这是{chinese}，不是数据文件；请给出 JSON、JSON Lines、CSV 或 XLSX 文件。",
                        $"This is {english}, not a data file; give a JSON, JSON Lines, CSV or XLSX file."));
                }
            }
        }

        private static bool IsBlank(byte[] head, int count)
        {
            int from = StartsWith(head, count, new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : StartsWith(head, count, new byte[] { 0xFF, 0xFE }) || StartsWith(head, count, new byte[] { 0xFE, 0xFF }) ? 2 : 0;
            return head.Skip(from).Take(count - from).All(b => b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x00);
        }

        private static bool StartsWith(byte[] head, int count, byte[] magic) =>
            count >= magic.Length && head.Take(magic.Length).SequenceEqual(magic);

        /// <summary><c>true</c> when a ZIP holds a workbook part (or cannot be listed: the workbook reader then says what is wrong).</summary>
        private static bool IsWorkbook(Stream content, long start)
        {
            content.Position = start;
            try
            {
                using var archive = new ZipArchive(new BorrowedStream(content), ZipArchiveMode.Read, leaveOpen: true);
                return archive.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.OrdinalIgnoreCase));
            }
            catch (Exception e) when (e is InvalidDataException || e is IOException || e is NotSupportedException || e is ArgumentException)
            {
                return true;
            }
        }
    }
}
