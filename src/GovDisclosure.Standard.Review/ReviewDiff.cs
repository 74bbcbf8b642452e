using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace GovDisclosure.Standard.Review
{
    /// <summary>
    /// Compares two versions of a file schema reviewers approve — a standard catalogue definition, the
    /// domain list, a JSON Schema or a public API listing — and classifies every change as breaking,
    /// additive or editorial (README.md (Versioning and review)). The kind of file is told from its content.
    /// </summary>
    public static class ReviewDiff
    {
        /// <summary>Compares two files on disk.</summary>
        /// <param name="oldPath">The version before.</param>
        /// <param name="newPath">The version after.</param>
        /// <exception cref="UnreadableReviewInputException">A file cannot be read or compared; the message names it.</exception>
        public static DiffResult CompareFiles(string oldPath, string newPath)
        {
            string oldText = Read(oldPath);
            string newText = Read(newPath);
            try
            {
                return Compare(oldText, newText);
            }
            catch (UnreadableReviewInputException e) when (e.Data["file"] is string which)
            {
                string path = which == "old" ? oldPath : newPath;
                throw new UnreadableReviewInputException(new BilingualText(path + "：" + e.Bilingual.Chinese, path + ": " + e.Bilingual.English), e);
            }
        }

        /// <summary>Compares two versions given as text.</summary>
        /// <param name="oldText">The version before.</param>
        /// <param name="newText">The version after.</param>
        /// <exception cref="UnreadableReviewInputException">A text is not a reviewed kind of file, is not well formed, or the two are of different kinds.</exception>
        public static DiffResult Compare(string oldText, string newText)
        {
            if (oldText is null)
            {
                throw new ArgumentNullException(nameof(oldText));
            }

            if (newText is null)
            {
                throw new ArgumentNullException(nameof(newText));
            }

            ReviewedFileKind oldKind = Tagged("old", () => DetectKind(oldText));
            ReviewedFileKind newKind = Tagged("new", () => DetectKind(newText));
            if (oldKind != newKind)
            {
                throw new UnreadableReviewInputException(new BilingualText(
                    $"两个文件类型不同（{oldKind} 与 {newKind}），无法比较",
                    $"The two files are of different kinds ({oldKind} and {newKind}) and cannot be compared"));
            }

            var changes = new ChangeCollector();
            if (oldKind == ReviewedFileKind.ApiListing)
            {
                ApiListing before = Tagged("old", () => ApiListing.Parse(oldText));
                ApiListing after = Tagged("new", () => ApiListing.Parse(newText));
                ApiListingComparison.Compare(before, after, changes);
                return new DiffResult(oldKind, changes.Changes);
            }

            using (JsonDocument before = Tagged("old", () => ParseJson(oldText)))
            using (JsonDocument after = Tagged("new", () => ParseJson(newText)))
            {
                switch (oldKind)
                {
                    case ReviewedFileKind.Catalogue:
                        Tagged("old", () => KeyedItemsComparison.Validate(JsonValues.Property(before.RootElement, "entries") ?? default, "/entries"));
                        Tagged("new", () => KeyedItemsComparison.Validate(JsonValues.Property(after.RootElement, "entries") ?? default, "/entries"));
                        CatalogueComparison.Compare(before.RootElement, after.RootElement, changes);
                        break;
                    case ReviewedFileKind.DomainList:
                        Tagged("old", () => KeyedItemsComparison.Validate(JsonValues.Property(before.RootElement, "domains") ?? default, "/domains"));
                        Tagged("new", () => KeyedItemsComparison.Validate(JsonValues.Property(after.RootElement, "domains") ?? default, "/domains"));
                        DomainListComparison.Compare(before.RootElement, after.RootElement, changes);
                        break;
                    default:
                        JsonSchemaComparison.Compare(before.RootElement, after.RootElement, changes);
                        break;
                }
            }

            return new DiffResult(oldKind, changes.Changes);
        }

        /// <summary>
        /// Tells the kind of a file from its content: a JSON object with <c>entries</c> and <c>domain</c> is a
        /// catalogue, one with <c>domains</c> the domain list, one naming a json-schema.org <c>$schema</c> or
        /// having <c>properties</c>, <c>$defs</c> or <c>type</c> a JSON Schema; text with <c>namespace</c>
        /// blocks or <c>[assembly:</c> lines an API listing.
        /// </summary>
        /// <param name="text">The file's content.</param>
        /// <exception cref="UnreadableReviewInputException">It is none of these.</exception>
        public static ReviewedFileKind DetectKind(string text)
        {
            string trimmed = (text ?? throw new ArgumentNullException(nameof(text))).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            if (trimmed.StartsWith("{", StringComparison.Ordinal))
            {
                using (JsonDocument document = ParseJson(trimmed))
                {
                    JsonElement root = document.RootElement;
                    string? schema = JsonValues.String(root, "$schema");
                    if (JsonValues.Property(root, "entries").HasValue && JsonValues.Property(root, "domain").HasValue)
                    {
                        return ReviewedFileKind.Catalogue;
                    }

                    if (JsonValues.Property(root, "domains") is JsonElement domains && domains.ValueKind == JsonValueKind.Array)
                    {
                        return ReviewedFileKind.DomainList;
                    }

                    if ((schema != null && schema.IndexOf("json-schema.org", StringComparison.OrdinalIgnoreCase) >= 0)
                        || JsonValues.Property(root, "properties").HasValue
                        || JsonValues.Property(root, "$defs").HasValue
                        || JsonValues.Property(root, "type").HasValue)
                    {
                        return ReviewedFileKind.JsonSchema;
                    }

                    throw new UnreadableReviewInputException(new BilingualText(
                        "这个 JSON 文件既不是标准目录定义、领域列表，也不是 JSON Schema",
                        "This JSON file is not a catalogue definition, a domain list or a JSON Schema"));
                }
            }

            if (trimmed.StartsWith("namespace ", StringComparison.Ordinal) || trimmed.StartsWith("[assembly:", StringComparison.Ordinal))
            {
                return ReviewedFileKind.ApiListing;
            }

            throw new UnreadableReviewInputException(new BilingualText(
                "无法识别文件类型：应为标准目录定义、领域列表、JSON Schema 或公共 API 清单",
                "Unknown kind of file: expected a catalogue definition, a domain list, a JSON Schema or a public API listing"));
        }

        private static JsonDocument ParseJson(string text)
        {
            try
            {
                return JsonDocument.Parse(text.TrimStart('\uFEFF'), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            }
            catch (JsonException e)
            {
                long line = (e.LineNumber ?? 0) + 1;
                long column = (e.BytePositionInLine ?? 0) + 1;
                throw new UnreadableReviewInputException(new BilingualText(
                    $"JSON 格式错误（第 {line} 行第 {column} 字节）：{e.Message}",
                    $"Malformed JSON at line {line}, byte {column}: {e.Message}"), e);
            }
        }

        private static T Tagged<T>(string which, Func<T> action)
        {
            try
            {
                return action();
            }
            catch (UnreadableReviewInputException e)
            {
                if (!e.Data.Contains("file"))
                {
                    e.Data["file"] = which;
                }

                throw;
            }
        }

        private static void Tagged(string which, Action action) => Tagged(which, () => { action(); return 0; });

        private static string Read(string path)
        {
            try
            {
                return File.ReadAllText(path, new UTF8Encoding(false, true));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is DecoderFallbackException || e is ArgumentException || e is NotSupportedException)
            {
                throw new UnreadableReviewInputException(new BilingualText($"无法读取 {path}：{e.Message}", $"Cannot read {path}: {e.Message}"), e);
            }
        }
    }
}
