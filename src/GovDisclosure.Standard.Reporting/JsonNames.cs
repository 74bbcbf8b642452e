using System.Text.Json;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// The property names the JSON and SARIF reports write for every finding and location, encoded once: plain ASCII
    /// names that need no escaping, so the writer copies their bytes instead of transcoding and checking a string each time.
    /// </summary>
    internal static class JsonNames
    {
        public static readonly JsonEncodedText Accepted = JsonEncodedText.Encode("accepted");

        public static readonly JsonEncodedText Arguments = JsonEncodedText.Encode("arguments");

        public static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");

        public static readonly JsonEncodedText Cell = JsonEncodedText.Encode("cell");

        public static readonly JsonEncodedText Column = JsonEncodedText.Encode("column");

        public static readonly JsonEncodedText ColumnLabel = JsonEncodedText.Encode("columnLabel");

        public static readonly JsonEncodedText ElementPath = JsonEncodedText.Encode("elementPath");

        public static readonly JsonEncodedText En = JsonEncodedText.Encode("en");

        public static readonly JsonEncodedText File = JsonEncodedText.Encode("file");

        public static readonly JsonEncodedText JsonPointer = JsonEncodedText.Encode("jsonPointer");

        public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");

        public static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");

        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");

        public static readonly JsonEncodedText MessageId = JsonEncodedText.Encode("messageId");

        public static readonly JsonEncodedText Messages = JsonEncodedText.Encode("messages");

        public static readonly JsonEncodedText Page = JsonEncodedText.Encode("page");

        public static readonly JsonEncodedText Record = JsonEncodedText.Encode("record");

        public static readonly JsonEncodedText RecordNumber = JsonEncodedText.Encode("recordNumber");

        public static readonly JsonEncodedText RecordStatus = JsonEncodedText.Encode("recordStatus");

        public static readonly JsonEncodedText RelatedLocations = JsonEncodedText.Encode("relatedLocations");

        public static readonly JsonEncodedText Row = JsonEncodedText.Encode("row");

        public static readonly JsonEncodedText RowLabel = JsonEncodedText.Encode("rowLabel");

        public static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");

        public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");

        public static readonly JsonEncodedText Sheet = JsonEncodedText.Encode("sheet");

        public static readonly JsonEncodedText SpanLength = JsonEncodedText.Encode("spanLength");

        public static readonly JsonEncodedText SpanStart = JsonEncodedText.Encode("spanStart");

        public static readonly JsonEncodedText Table = JsonEncodedText.Encode("table");

        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

        public static readonly JsonEncodedText Zh = JsonEncodedText.Encode("zh");
    }
}
