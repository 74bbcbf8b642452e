using System.Collections.Generic;
using System.Text.Json;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>Builds source records for tests.</summary>
    internal static class Records
    {
        public static SourceRecord Json(string json, long number = 1, IReadOnlyDictionary<string, SourceLocation>? fields = null)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return new SourceRecord(number, document.RootElement.Clone(), new SourceLocation { File = "test.json", Line = number }, fields);
        }
    }
}
