namespace GovDisclosure.Standard.Input
{
    /// <summary>The file formats the input readers understand (输入格式).</summary>
    public enum InputFormat
    {
        /// <summary>JSON: a top-level array of records, an object holding one array of records, or one record object.</summary>
        Json = 0,

        /// <summary>JSON Lines: one record object per line (<c>.jsonl</c>, <c>.ndjson</c>).</summary>
        JsonLines = 1,

        /// <summary>CSV with a header row in the standard Chinese column names or the canonical field codes.</summary>
        Csv = 2,

        /// <summary>An Excel workbook (<c>.xlsx</c>) with a header row on the chosen sheet.</summary>
        Xlsx = 3,

        /// <summary>A published annual report's web page (<c>.html</c>, <c>.htm</c>): one <see cref="DocumentKind.AnnualReport"/> read from its tables and section headings.</summary>
        Html = 4,

        /// <summary>A published annual report as a PDF (<c>.pdf</c>) with a text layer: one <see cref="DocumentKind.AnnualReport"/> read from its section headings; its tables are noted as not read.</summary>
        Pdf = 5,

        /// <summary>An Excel 97–2003 workbook (<c>.xls</c>, BIFF8) with a header row on the chosen sheet, read like <see cref="Xlsx"/>.</summary>
        Xls = 6,
    }
}
