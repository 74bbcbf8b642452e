using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Throughput.Generation
{
    /// <summary>One kind of export file the harness generates and validates (a document kind in a file format and encoding).</summary>
    internal sealed class ExportFormat
    {
        private ExportFormat(string name, DocumentKind kind, InputFormat format, string extension, Encoding encoding, RecordMistakes mistakes, bool indented, string description)
        {
            Name = name;
            Kind = kind;
            Format = format;
            Extension = extension;
            Encoding = encoding;
            Mistakes = mistakes;
            Indented = indented;
            Description = description;
        }

        /// <summary>Every format, in the order they are run.</summary>
        public static IReadOnlyList<ExportFormat> All { get; } = new[]
        {
            new ExportFormat("clean-json", DocumentKind.CatalogueEntry, InputFormat.Json, ".json", new UTF8Encoding(false), RecordMistakes.None, false, "clean catalogue entries, minified JSON array (as systems export it), UTF-8"),
            new ExportFormat("clean-jsonl", DocumentKind.CatalogueEntry, InputFormat.JsonLines, ".jsonl", new UTF8Encoding(false), RecordMistakes.None, false, "clean catalogue entries, JSON Lines, UTF-8"),
            new ExportFormat("findings-jsonl", DocumentKind.CatalogueEntry, InputFormat.JsonLines, ".jsonl", new UTF8Encoding(false), RecordMistakes.Every, false, "catalogue entries, every one with a finding, JSON Lines, UTF-8"),
            new ExportFormat("catalogue-json", DocumentKind.CatalogueEntry, InputFormat.Json, ".json", new UTF8Encoding(false), RecordMistakes.Typical, true, "catalogue entries, indented JSON array, UTF-8"),
            new ExportFormat("catalogue-jsonl", DocumentKind.CatalogueEntry, InputFormat.JsonLines, ".jsonl", new UTF8Encoding(false), RecordMistakes.Typical, false, "catalogue entries, JSON Lines, UTF-8"),
            new ExportFormat("catalogue-csv", DocumentKind.CatalogueEntry, InputFormat.Csv, ".csv", new UTF8Encoding(true), RecordMistakes.Typical, false, "catalogue entries, CSV with Chinese headers, UTF-8 with BOM"),
            new ExportFormat("clean-csv", DocumentKind.CatalogueEntry, InputFormat.Csv, ".csv", new UTF8Encoding(true), RecordMistakes.None, false, "clean catalogue entries, CSV with Chinese headers, UTF-8 with BOM (an extra measure: the rows' reading and binding with no findings to report; catalogue-csv is the CSV target's file)"),
            new ExportFormat("catalogue-csv-gb18030", DocumentKind.CatalogueEntry, InputFormat.Csv, ".csv", TextEncodingDetector.Gb18030, RecordMistakes.Typical, false, "catalogue entries, CSV with Chinese headers, GB18030 (no BOM, detected)"),
            new ExportFormat("catalogue-xlsx", DocumentKind.CatalogueEntry, InputFormat.Xlsx, ".xlsx", new UTF8Encoding(false), RecordMistakes.Typical, false, "catalogue entries, Excel workbook with a shared-strings table as Excel writes it"),
            new ExportFormat("guides-json", DocumentKind.ServiceGuide, InputFormat.Json, ".json", new UTF8Encoding(false), RecordMistakes.Typical, true, "service guides, indented JSON array, UTF-8"),
            new ExportFormat("reports-jsonl", DocumentKind.AnnualReport, InputFormat.JsonLines, ".jsonl", new UTF8Encoding(false), RecordMistakes.Typical, false, "annual reports (2021 format), JSON Lines, one agency per two records"),
        };

        /// <summary>The formats run when <c>--formats</c> is not given: all but the extra measure <c>clean-csv</c>.</summary>
        public static IReadOnlyList<ExportFormat> Default { get; } = All.Where(f => f.Name != "clean-csv").ToArray();

        public string Name { get; }

        public DocumentKind Kind { get; }

        public InputFormat Format { get; }

        public string Extension { get; }

        public Encoding Encoding { get; }

        /// <summary>Which records carry a mistake (catalogue entries only; guides and reports have their typical ones).</summary>
        public RecordMistakes Mistakes { get; }

        /// <summary>Whether a JSON array is written indented (as a person saves it) or minified (as a system exports it).</summary>
        public bool Indented { get; }

        public string Description { get; }

        public static ExportFormat Find(string name) =>
            All.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Unknown format '{name}'. Known: {string.Join(", ", All.Select(f => f.Name))}.");
    }
}
