using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// Files of generated records with mistakes (<see cref="MistakenRecords"/>, always the same ones: 600 records from seed
    /// 17), one file a document kind, as a JSON array of indented records (so that lines and columns differ from record to
    /// record) or as JSON Lines.
    /// </summary>
    internal static class MistakenRecordFiles
    {
        /// <summary>Writes the files of <paramref name="format"/> (<c>json</c> or <c>jsonl</c>) into <paramref name="folder"/>.</summary>
        /// <returns>Each file's kind, path and number of records, in the order the kinds first come.</returns>
        public static IReadOnlyList<(DocumentKind Kind, string Path, int Records)> Write(string folder, string format)
        {
            var random = new Random(17);
            var byKind = new Dictionary<DocumentKind, List<string>>();
            var order = new List<DocumentKind>();
            for (int i = 0; i < 600; i++)
            {
                int[] choices = Enumerable.Range(0, 2 * random.Next(0, 6)).Select(_ => random.Next(0, 100_000)).ToArray();
                (DocumentKind kind, string json) = MistakenRecords.Make(i, choices);
                if (!byKind.TryGetValue(kind, out List<string>? list))
                {
                    byKind[kind] = list = new List<string>();
                    order.Add(kind);
                }

                list.Add(format == "json" ? Indent(json) : json);
            }

            var files = new List<(DocumentKind, string, int)>();
            foreach (DocumentKind kind in order)
            {
                List<string> records = byKind[kind];
                string path = Path.Combine(folder, kind.Code + "." + format);
                File.WriteAllText(path, format == "json" ? "[\n" + string.Join(",\n", records) + "\n]" : string.Join("\n", records) + "\n", new UTF8Encoding(false));
                files.Add((kind, path, records.Count));
            }

            return files;
        }

        private static string Indent(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false });
            try
            {
                return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            }
            catch (InvalidOperationException)
            {
                return json;
            }
        }
    }
}
