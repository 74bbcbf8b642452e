using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Tests.Json;
using GovDisclosure.Standard.Tests.Validation.Binding;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// What <c>govdisclosure convert</c> does to a document of any kind a table holds (catalogue entries, service guides,
    /// disclosure guides, directory items, enforcement disclosures): written as CSV or as a workbook
    /// (<see cref="TabularWriter"/>) and read back, every generated document (<see cref="DocumentGenerators"/>: Chinese
    /// and characters beyond the Basic Multilingual Plane, quotes, markup, line breaks, spaces, fields outside the
    /// schema, nested ones too) binds to the document its JSON binds to, the CSV in UTF-8 and in GB18030 alike. Two things a table cannot say are left out of
    /// the comparison: a field given as null (a table has only a blank cell), and, in a CSV catalogue, an item level
    /// left blank below a filled one (read as the merged cell it stands for, <see cref="ItemCarryDown"/>).
    /// </summary>
    public sealed class TableRoundTripTests
    {
        private static readonly DisclosureValidator Validator = new DisclosureValidator();

        private static Gen<(DocumentKind Kind, string Format, object[] Documents)> Tables =>
            from kind in Gen.Elements(TabularLayout.All.Select(l => l.Kind).ToArray())
            from format in Gen.Elements("csv", "csv-gb18030", "xlsx")
            from count in Gen.Choose(1, 8)
            from documents in Gen.ArrayOf(DocumentGenerators.For(kind), count)
            select (kind, format, documents);

        [Property(MaxTest = 120)]
        public Property Documents_written_as_a_table_and_read_back_bind_as_their_json_binds()
        {
            return Prop.ForAll(Tables.ToArbitrary(), table =>
            {
                (DocumentKind kind, string format, object[] documents) = table;
                string json = "[" + string.Join(",", documents.Select(d => JsonSerializer.Serialize(d, d.GetType(), CanonicalJson.Options))) + "]";
                SourceRecord[] asJson = new JsonRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(json)), new InputOptions { DisplayName = "t.json", Kind = kind }).Read().ToArray();
                SourceRecord[] fromTable = ReadBack(kind, format, json);
                if (fromTable.Length != asJson.Length)
                {
                    return false.Label($"{fromTable.Length} rows read back for {asJson.Length} records");
                }

                IReadOnlyList<string> itemLevels = format != "xlsx" ? TabularLayout.For(kind)!.ItemLevels.Select(c => c.Path).ToArray() : Array.Empty<string>();
                for (int i = 0; i < asJson.Length; i++)
                {
                    JsonObject? expected = Document(asJson[i], kind);
                    JsonObject? read = Document(fromTable[i], kind);
                    if (expected != null && read != null)
                    {
                        foreach (string level in itemLevels.Where(level => !expected.ContainsKey(level)))
                        {
                            read.Remove(level);
                        }
                    }

                    string a = expected?.ToJsonString() ?? "(none)";
                    string b = read?.ToJsonString() ?? "(none)";
                    if (a != b)
                    {
                        return false.Label($"{kind.Code} as {format}, record {i + 1}:\n json:  {a}\n table: {b}");
                    }
                }

                return true.ToProperty().Classify(format == "xlsx", "workbook").Classify(format == "csv-gb18030", "GB18030");
            });
        }

        /// <summary>The records of <paramref name="json"/> written as a table of <paramref name="format"/>, read back.</summary>
        private static SourceRecord[] ReadBack(DocumentKind kind, string format, string json)
        {
            using JsonDocument parsed = JsonDocument.Parse(json);
            JsonElement[] records = parsed.RootElement.EnumerateArray().ToArray();
            IReadOnlyList<string> additional = TabularWriter.AdditionalColumns(kind, records);
            var table = new MemoryStream();
            var options = new InputOptions { DisplayName = format == "xlsx" ? "t.xlsx" : "t.csv", Kind = kind };
            if (format != "xlsx")
            {
                // A GB18030 file has no byte-order mark: the reader tells its encoding from its bytes.
                TabularWriter.WriteCsv(table, kind, records, additional, format == "csv-gb18030" ? TextEncodingDetector.Gb18030 : null);
                table.Position = 0;
                return new CsvRecordReader(table, options).Read().ToArray();
            }

            TabularWriter.WriteXlsx(table, kind, records, additional);
            table.Position = 0;
            return new XlsxRecordReader(table, options).Read().ToArray();
        }

        /// <summary>The document the validator binds from <paramref name="record"/>, with its null members left out, at any depth.</summary>
        private static JsonObject? Document(SourceRecord record, DocumentKind kind)
        {
            string canonical = BindingDescription.Canonical(Validator.ValidateRecord(kind, record).Document);
            return canonical == "(none)" ? null : (JsonObject)WithoutNulls(JsonNode.Parse(canonical))!;
        }

        private static JsonNode? WithoutNulls(JsonNode? node) => node switch
        {
            JsonObject o => new JsonObject(o.Where(m => m.Value != null).Select(m => KeyValuePair.Create(m.Key, WithoutNulls(m.Value)))),
            JsonArray a => new JsonArray(a.Select(WithoutNulls).ToArray()),
            _ => node?.DeepClone(),
        };
    }
}
