using System.Text.Json;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// The property names (and the one constant value) the SARIF report writes for every result and location, encoded
    /// once, as <see cref="JsonNames"/> are for the JSON report: the writer copies their bytes instead of checking a string each time.
    /// </summary>
    internal static class SarifNames
    {
        public static readonly JsonEncodedText Arguments = JsonEncodedText.Encode("arguments");

        public static readonly JsonEncodedText ArtifactLocation = JsonEncodedText.Encode("artifactLocation");

        public static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");

        public static readonly JsonEncodedText Cell = JsonEncodedText.Encode("cell");

        public static readonly JsonEncodedText ColumnLabel = JsonEncodedText.Encode("columnLabel");

        public static readonly JsonEncodedText ElementPath = JsonEncodedText.Encode("elementPath");

        public static readonly JsonEncodedText FullyQualifiedName = JsonEncodedText.Encode("fullyQualifiedName");

        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

        public static readonly JsonEncodedText JsonPointer = JsonEncodedText.Encode("jsonPointer");

        public static readonly JsonEncodedText Justification = JsonEncodedText.Encode("justification");

        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");

        public static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");

        public static readonly JsonEncodedText LineOnPage = JsonEncodedText.Encode("lineOnPage");

        public static readonly JsonEncodedText Locations = JsonEncodedText.Encode("locations");

        public static readonly JsonEncodedText LogicalLocations = JsonEncodedText.Encode("logicalLocations");

        public static readonly JsonEncodedText Member = JsonEncodedText.Encode("member");

        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");

        public static readonly JsonEncodedText MessageEn = JsonEncodedText.Encode("messageEn");

        public static readonly JsonEncodedText MessageZh = JsonEncodedText.Encode("messageZh");

        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

        public static readonly JsonEncodedText Page = JsonEncodedText.Encode("page");

        public static readonly JsonEncodedText PhysicalLocation = JsonEncodedText.Encode("physicalLocation");

        public static readonly JsonEncodedText Properties = JsonEncodedText.Encode("properties");

        public static readonly JsonEncodedText RecordNumber = JsonEncodedText.Encode("recordNumber");

        public static readonly JsonEncodedText RecordStatus = JsonEncodedText.Encode("recordStatus");

        public static readonly JsonEncodedText Region = JsonEncodedText.Encode("region");

        public static readonly JsonEncodedText RelatedLocations = JsonEncodedText.Encode("relatedLocations");

        public static readonly JsonEncodedText Row = JsonEncodedText.Encode("row");

        public static readonly JsonEncodedText RowLabel = JsonEncodedText.Encode("rowLabel");

        public static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");

        public static readonly JsonEncodedText RuleIndex = JsonEncodedText.Encode("ruleIndex");

        public static readonly JsonEncodedText Sheet = JsonEncodedText.Encode("sheet");

        public static readonly JsonEncodedText StartColumn = JsonEncodedText.Encode("startColumn");

        public static readonly JsonEncodedText StartLine = JsonEncodedText.Encode("startLine");

        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");

        public static readonly JsonEncodedText Suppressions = JsonEncodedText.Encode("suppressions");

        public static readonly JsonEncodedText Table = JsonEncodedText.Encode("table");

        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");

        public static readonly JsonEncodedText Uri = JsonEncodedText.Encode("uri");

        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    }
}
