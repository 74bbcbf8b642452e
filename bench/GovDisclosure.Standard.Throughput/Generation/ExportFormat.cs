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
        private ExportFormat(string name, DocumentKind kind, InputFormat format, string extension, Encoding encoding, string description)
        {
            Name = name;
            Kind = kind;
            Format = format;
            Extension = extension;
            Encoding = encoding;
            Description = description;
        }

        /// <summary>Every format, in the order they are run.</summary>
        public static IReadOnlyList<ExportFormat> All { get; } = new[]
        {
            new ExportFormat("catalogue-json", DocumentKind.CatalogueEntry, InputFormat.Json, ".json", new UTF8Encoding(false), "catalogue entries, indented JSON array, UTF-8"),
            new ExportFormat("catalogue-jsonl", DocumentKind.CatalogueEntry, InputFormat.JsonLines, ".jsonl", new UTF8Encoding(false), "catalogue entries, JSON Lines, UTF-8"),
            new ExportFormat("catalogue-csv", DocumentKind.CatalogueEntry, InputFormat.Csv, ".csv", new UTF8Encoding(true), "catalogue entries, CSV with Chinese headers, UTF-8 with BOM"),
            new ExportFormat("catalogue-csv-gb18030", DocumentKind.CatalogueEntry, InputFormat.Csv, ".csv", TextEncodingDetector.Gb18030, "catalogue entries, CSV with Chinese headers, GB18030 (no BOM, detected)"),
            new ExportFormat("guides-json", DocumentKind.ServiceGuide, InputFormat.Json, ".json", new UTF8Encoding(false), "service guides, indented JSON array, UTF-8"),
            new ExportFormat("reports-jsonl", DocumentKind.AnnualReport, InputFormat.JsonLines, ".jsonl", new UTF8Encoding(false), "annual reports (2021 format), JSON Lines, one agency per two records"),
        };

        /// <summary>The formats run when <c>--formats</c> is not given.</summary>
        public static IReadOnlyList<ExportFormat> Default => All;

        public string Name { get; }

        public DocumentKind Kind { get; }

        public InputFormat Format { get; }

        public string Extension { get; }

        public Encoding Encoding { get; }

        public string Description { get; }

        public static ExportFormat Find(string name) =>
            All.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Unknown format '{name}'. Known: {string.Join(", ", All.Select(f => f.Name))}.");
    }
}
