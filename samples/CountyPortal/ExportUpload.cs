using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GovDisclosure.Standard.Input;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace Bailuwan.CountyPortal
{
    /// <summary>
    /// Receives an export (导出文件) either as the raw request body (name it with <c>?name=</c>) or as
    /// the first file of a multipart form, as a seekable stream (no file of ours), refusing what cannot be
    /// an export: nothing, more than <see cref="MaxBytes"/>, a workbook or another file type.
    /// </summary>
    internal static class ExportUpload
    {
        /// <summary>The largest export accepted: 5 MiB.</summary>
        public const long MaxBytes = 5L * 1024 * 1024;

        private const long MultipartOverhead = 64 * 1024;

        public static async Task<(UploadedExport? Export, Rejection? Rejection)> ReadAsync(HttpRequest request, CancellationToken cancellation)
        {
            if (request.ContentLength > MaxBytes + MultipartOverhead)
            {
                return (null, TooLarge(request.ContentLength.Value));
            }

            string name;
            string? contentType;
            Stream source;
            // A multipart form carries the file; any other body (also curl's default form type) is the file itself.
            if (request.HasFormContentType && (request.ContentType ?? string.Empty).StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxBytes + MultipartOverhead, ValueCountLimit = 16 }, cancellation);
                }
                catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
                {
                    return (null, TooLarge(null));
                }
                catch (Exception e) when (e is InvalidDataException || e is IOException || e is BadHttpRequestException)
                {
                    return (null, Rejection.Because("unreadableForm", "无法读取上传的表单：" + e.Message, "The uploaded form cannot be read: " + e.Message));
                }

                IFormFile? file = form.Files.FirstOrDefault();
                if (file is null)
                {
                    return (null, Rejection.Because("noFile", "表单中没有文件，请选择要检查的导出文件。", "The form holds no file; choose the export to check."));
                }

                name = string.IsNullOrWhiteSpace(file.FileName) ? "upload" : Path.GetFileName(file.FileName);
                contentType = file.ContentType;
                source = file.OpenReadStream();
            }
            else
            {
                name = string.IsNullOrWhiteSpace(request.Query["name"]) ? "upload" : Path.GetFileName(request.Query["name"].ToString());
                contentType = request.ContentType;
                source = request.Body;
            }

            InputFormat? declared;
            string extension = Path.GetExtension(name).ToLowerInvariant();
            switch (extension)
            {
                case ".json":
                    declared = InputFormat.Json;
                    break;
                case ".jsonl":
                case ".ndjson":
                    declared = InputFormat.JsonLines;
                    break;
                case ".csv":
                case ".txt":
                    declared = InputFormat.Csv;
                    break;
                case "":
                    declared = FromContentType(contentType);
                    break;
                default:
                    return (null, Unsupported(extension));
            }

            // The library reads a seekable stream: a form file is one (ASP.NET buffers it); a raw body is
            // buffered by ASP.NET up to the size limit. No file of our own is written.
            long length;
            try
            {
                if (!source.CanSeek)
                {
                    request.EnableBuffering(64 * 1024, MaxBytes);
                    source = request.Body;
                    await source.DrainAsync(cancellation);
                    source.Position = 0;
                }

                length = source.Length;
            }
            catch (BadHttpRequestException e)
            {
                return (null, Rejection.Because("unreadableBody", "无法读取请求内容：" + e.Message, "The request body cannot be read: " + e.Message));
            }
            catch (IOException)
            {
                // ASP.NET's buffer refuses a body over its limit with an IOException.
                return (null, TooLarge(null));
            }

            if (length > MaxBytes)
            {
                await source.DisposeAsync();
                return (null, TooLarge(length));
            }

            var export = new UploadedExport(source, name, length, declared);
            if (length == 0)
            {
                await export.DisposeAsync();
                return (null, Rejection.Because("empty", "上传的文件是空的（0 字节）。", "The uploaded file is empty (0 bytes)."));
            }

            return (export, null);
        }

        private static InputFormat? FromContentType(string? contentType)
        {
            string type = (contentType ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
            return type switch
            {
                "application/json" or "text/json" => InputFormat.Json,
                "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/jsonlines" => InputFormat.JsonLines,
                "text/csv" => InputFormat.Csv,
                _ => null,
            };
        }

        private static Rejection TooLarge(long? length) => Rejection.Because(
            "tooLarge",
            "文件过大" + (length is null ? string.Empty : "（" + length.Value.ToString(CultureInfo.InvariantCulture) + " 字节）") + "：最多 5 MB。请拆分后分批检查，或使用命令行工具。",
            "The file is too large" + (length is null ? string.Empty : " (" + length.Value.ToString(CultureInfo.InvariantCulture) + " bytes)") + ": at most 5 MB. Split it, or use the command-line tool.");

        public static Rejection Unsupported(string what) => Rejection.Because(
            "unsupportedFormat",
            "不支持的文件类型 " + what + "：请上传 JSON（.json）、JSON Lines（.jsonl）或 CSV（.csv）导出文件。",
            "Unsupported file type " + what + ": upload a JSON (.json), JSON Lines (.jsonl) or CSV (.csv) export.");
    }
}
